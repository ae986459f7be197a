import json

from grading import GradeResult, Limits, TestResult
from grading.results import TestStatus, Verdict


def test_limits_have_safe_defaults_and_clamp_to_hard_maximums():
    assert Limits() == Limits(time_ms=2000, memory_mb=256, output_kb=64)
    limits = Limits.from_dict({"time_ms": 999_999, "memory_mb": 4096, "output_kb": 10**6, "x": 1})
    assert limits == Limits(time_ms=10_000, memory_mb=1024, output_kb=1024)
    assert Limits.from_dict(None) == Limits()
    assert Limits.from_dict({"time_ms": "500", "memory_mb": None}).time_ms == 500


def test_a_grade_result_round_trips_through_json():
    result = GradeResult.judged(
        Verdict.WRONG_ANSWER,
        [
            TestResult("a", TestStatus.PASS, "passed"),
            TestResult("b", TestStatus.FAIL, "expected 1, got 2"),
        ],
        duration_ms=12,
        sandboxed=True,
    )
    data = json.loads(json.dumps(result.to_dict()))
    assert data["score"] == 0.5
    assert GradeResult.from_dict(data) == result


def test_a_platform_error_has_no_verdict():
    result = GradeResult.platform_error("bwrap missing")
    assert (result.status, result.verdict, result.score, result.error) == (
        "error",
        None,
        0.0,
        "bwrap missing",
    )


def test_a_long_difference_is_told_where_it_starts():
    from grading.values import first_difference

    page = [{"id": n, "title": f"book {n}" * 5} for n in range(10)]
    changed = [dict(row) for row in page]
    changed[7]["title"] = "other"
    assert first_difference(page, changed) == (
        "at [7]['title']: expected 'book 7book 7book 7book 7book 7', got 'other'"
    )
    assert first_difference(page, page[:9]) == "has 9 items, expected 10"
    assert first_difference({"a": 1}, {"a": 1, "b": 2}) == "unexpected 'b'"
    assert first_difference({"a": 1, "b": 2}, {"a": 1}) == "'b' is missing"
    assert first_difference(page, page) == ""
