"""The facts the web app imports from the grader: verdicts and statuses (`grading.results`),
limit bounds (`grading.limits`), cutting text (`grading.text`), and RE2 patterns."""

from __future__ import annotations

import json

import pytest

from grading.limits import LIMIT_BOUNDS, Limits
from grading.patterns import full_match, pattern_problem
from grading.results import GradeResult, GradeStatus, TestResult, TestStatus, Verdict
from grading.text import truncate


def test_verdicts_and_statuses_are_their_stored_strings() -> None:
    assert [v.value for v in Verdict] == [
        "accepted",
        "wrong_answer",
        "runtime_error",
        "syntax_error",
        "time_limit_exceeded",
        "memory_limit_exceeded",
        "output_limit_exceeded",
    ]
    assert [s.value for s in TestStatus] == ["pass", "fail", "error", "not_run"]
    assert [s.value for s in GradeStatus] == ["completed", "error"]
    assert isinstance(Verdict.ACCEPTED, str)
    assert f"{Verdict.ACCEPTED}" == "accepted"
    assert json.dumps({"v": Verdict.WRONG_ANSWER}) == '{"v": "wrong_answer"}'


def test_a_result_read_back_from_json_has_the_enum_members() -> None:
    result = GradeResult.judged(
        Verdict.WRONG_ANSWER,
        [TestResult("a", TestStatus.PASS), TestResult("b", TestStatus.FAIL, "expected 1")],
        duration_ms=5,
    )
    again = GradeResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again == result
    assert again.verdict is Verdict.WRONG_ANSWER
    assert again.tests[1].status is TestStatus.FAIL
    assert GradeResult.from_dict({"status": "error", "verdict": None}).verdict is None


def test_an_accepted_result_scores_one_and_an_empty_one_zero() -> None:
    assert GradeResult.judged(Verdict.ACCEPTED, []).score == 1.0
    assert GradeResult.judged(Verdict.WRONG_ANSWER, []).score == 0.0


def test_the_limit_bounds_are_what_limits_clamp_to() -> None:
    assert set(LIMIT_BOUNDS) == set(Limits().to_dict())
    low = Limits(**{name: -1 for name in LIMIT_BOUNDS})
    high = Limits(**{name: 10**9 for name in LIMIT_BOUNDS})
    assert low.to_dict() == {name: bounds[0] for name, bounds in LIMIT_BOUNDS.items()}
    assert high.to_dict() == {name: bounds[1] for name, bounds in LIMIT_BOUNDS.items()}
    assert Limits.from_dict({"time_ms": "abc", "memory_mb": "128"}) == Limits(memory_mb=128)


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [("abc", 3, "abc"), ("abcd", 3, "ab…"), ("", 0, ""), ("abcdef", 1, "…")],
)
def test_truncate_keeps_the_limit_with_its_marker(text: str, limit: int, cut: str) -> None:
    assert truncate(text, limit) == cut


def test_truncate_takes_another_marker() -> None:
    assert truncate("x" * 50, 20, marker=" [cut]") == "x" * 14 + " [cut]"
    assert len(truncate("x" * 50, 20, marker=" [cut]")) == 20


def test_patterns_are_re2_full_matches_and_refused_with_a_reason() -> None:
    assert full_match("20[01]", "201")
    assert not full_match("20[01]", "2011")
    assert pattern_problem("20[01]") == ""
    assert pattern_problem("(a)\\1")
    assert "at most 500" in pattern_problem("a" * 501)
