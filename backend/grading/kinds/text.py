"""Grading of `text` exercises: exact, case-insensitive, full-match regex or number, in-process.
Patterns are matched by RE2 (see `grading/patterns.py`), in time linear in the answer."""

from __future__ import annotations

import math

from ..jsondata import JSONObject
from ..patterns import PatternError, full_match
from ..results import GradeResult, TestResult, TestStatus, Verdict
from ..text import truncate

TEST_NAME = "your answer"
MAX_ANSWER_CHARS = 1000


def grade_text(answer: str | None, spec: JSONObject) -> GradeResult:
    """Any one accepted value matching makes the answer right; whitespace around is ignored."""
    text = str(answer if answer is not None else "").strip()
    mode = spec.get("match", "exact")
    accepted = [str(a).strip() for a in spec.get("accepted", [])]
    if not accepted:
        return GradeResult.platform_error("text exercise has no accepted answer")
    if len(text) > MAX_ANSWER_CHARS:
        return _wrong(f"the answer is too long (over {MAX_ANSWER_CHARS} characters)")
    if not text:
        return _wrong("the answer is empty")

    if mode == "exact":
        ok = text in accepted
    elif mode == "case_insensitive":
        ok = text.casefold() in {a.casefold() for a in accepted}
    elif mode == "regex":
        try:
            ok = any(full_match(pattern, text) for pattern in accepted)
        except PatternError as exc:
            return GradeResult.platform_error(f"invalid accepted pattern: {exc}")
    elif mode == "number":
        number = _parse_number(text)
        if number is None:
            return _wrong(f"{_short(text)} is not a number")
        tolerance = abs(float(spec.get("tolerance") or 0))
        try:
            targets = [float(a) for a in accepted]
        except ValueError:
            return GradeResult.platform_error("text exercise accepts a value that is not a number")
        ok = any(abs(number - target) <= tolerance + 1e-12 for target in targets)
    else:
        return GradeResult.platform_error(f"unknown text match mode {mode!r}")

    if ok:
        return GradeResult.judged(
            Verdict.ACCEPTED, [TestResult(TEST_NAME, TestStatus.PASS, "correct")]
        )
    return _wrong("not the expected answer")


def _parse_number(text: str) -> float | None:
    try:
        number = float(text.replace("_", "x"))  # float() accepts "1_000"; learners mean a typo
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _short(text: str, limit: int = 40) -> str:
    return repr(truncate(text, limit + 1))


def _wrong(message: str) -> GradeResult:
    return GradeResult.judged(
        Verdict.WRONG_ANSWER, [TestResult(TEST_NAME, TestStatus.FAIL, message)]
    )
