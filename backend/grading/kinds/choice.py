"""Grading of `choice` exercises: the chosen option ids compared as a set, in-process."""

from __future__ import annotations

from ..jsondata import JSONObject
from ..results import GradeResult, TestResult, TestStatus, Verdict

TEST_NAME = "your choice"


def grade_choice(answer: list[str] | str, spec: JSONObject) -> GradeResult:
    """Right only when the chosen set equals `correct` exactly; one option for single-answer."""
    if isinstance(answer, str):
        answer = [answer]
    chosen = {str(a) for a in (answer or [])}
    known = {str(o["id"]) for o in spec.get("options", [])}
    correct = {str(c) for c in spec.get("correct", [])}
    if not correct:
        return GradeResult.platform_error("choice exercise has no correct option")

    unknown = sorted(chosen - known)
    if unknown:
        message = f"unknown option {unknown[0]!r}"
    elif not chosen:
        message = "no option chosen"
    elif not spec.get("multiple", False) and len(chosen) > 1:
        message = "choose exactly one option"
    elif chosen == correct:
        return GradeResult.judged(
            Verdict.ACCEPTED, [TestResult(TEST_NAME, TestStatus.PASS, "correct")]
        )
    elif spec.get("multiple", False):
        message = "not the right set of options"
    else:
        message = "not the right option"
    return GradeResult.judged(
        Verdict.WRONG_ANSWER, [TestResult(TEST_NAME, TestStatus.FAIL, message)]
    )
