"""The judge (`grading.judge`): from a run's accepted records to statuses, messages and the
verdict, fed with hand-made `RunOutcome`s instead of a sandbox."""

from __future__ import annotations

import signal

from grading.jsondata import JSONObject
from grading.judge import DUPLICATED, NOT_RUN, OUTPUT_SHOWN, Check, judge
from grading.judge import Test as Case  # "Test…" names are collected by pytest
from grading.limits import Limits
from grading.results import GradeResult, GradeStatus, TestStatus, Verdict
from grading.runner import RunOutcome


def by_value(test: Case, record: JSONObject) -> Check:
    """A kind's check in miniature: the record's `value` against the test's `expect`."""
    if "exc" in record:
        return Check(False, "raised", error=True, memory=record["exc"] == "MemoryError")
    if record.get("value") == test.spec["expect"]:
        return Check(True, "passed")
    return Check(False, f"expected {test.spec['expect']}, got {record.get('value')}")


TESTS = [
    Case("t1", "first", False, {"expect": 1}),
    Case("t2", "second", False, {"expect": 2}),
    Case("t3", "secret", True, {"expect": 3}),
]


def outcome(**changes: object) -> RunOutcome:
    base = RunOutcome(sandboxed=True, ready=True, import_record={"ok": True, "out": ""})
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def run(result_values: dict[str, object], **changes: object) -> GradeResult:
    results = {
        test_id: ({"exc": value} if isinstance(value, str) else {"value": value, "out": ""})
        for test_id, value in result_values.items()
    }
    return judge(outcome(results=results, **changes), TESTS, by_value, Limits(), [])


def test_every_test_passing_is_accepted_with_score_one() -> None:
    result = run({"t1": 1, "t2": 2, "t3": 3})
    assert (result.status, result.verdict, result.score) == (
        GradeStatus.COMPLETED,
        Verdict.ACCEPTED,
        1.0,
    )
    assert [t.status for t in result.tests] == [TestStatus.PASS] * 3


def test_a_wrong_value_is_a_wrong_answer_with_partial_score() -> None:
    result = run({"t1": 1, "t2": 5, "t3": 3})
    assert result.verdict == Verdict.WRONG_ANSWER
    assert result.score == round(2 / 3, 4)
    assert result.tests[1].message == "expected 2, got 5"


def test_a_hidden_test_message_never_shows_its_expectation_or_output() -> None:
    result = run({"t1": 1, "t2": 2, "t3": 4})
    hidden = result.tests[2]
    assert hidden.message == "wrong result (hidden test)"
    assert (hidden.output, hidden.duration_ms, hidden.hidden) == ("", 0, True)
    raised = run({"t1": 1, "t2": 2, "t3": "KeyError"}).tests[2]
    assert (raised.status, raised.message) == (
        TestStatus.ERROR,
        "failed with an error (hidden test)",
    )


def test_a_missing_record_fails_and_the_running_test_is_the_one_cut_short() -> None:
    result = run({"t1": 1}, running="t2", exit_code=-signal.SIGKILL)
    assert result.verdict == Verdict.RUNTIME_ERROR
    assert result.tests[1].status == TestStatus.ERROR
    assert result.tests[1].message == "the program was killed by SIGKILL during this test"
    assert result.tests[2].message == NOT_RUN


def test_the_deadline_names_the_running_test_and_its_time() -> None:
    result = run({"t1": 1}, running="t2", timed_out=True, learner_ms=2003)
    assert result.verdict == Verdict.TIME_LIMIT_EXCEEDED
    assert (
        result.tests[1].message == "test 'second' was still running after 2003 ms (limit 2000 ms)"
    )
    hidden = run({"t1": 1, "t2": 2}, running="t3", timed_out=True).tests[2]
    assert hidden.message == "did not finish within the time limit (hidden test)"


def test_the_cpu_limit_signal_is_a_time_limit_too() -> None:
    result = run({"t1": 1}, running="t2", exit_code=128 + signal.SIGXCPU)
    assert result.verdict == Verdict.TIME_LIMIT_EXCEEDED


def test_output_over_the_limit_is_its_own_verdict() -> None:
    result = run({"t1": 1}, running="t2", output_exceeded=True)
    assert result.verdict == Verdict.OUTPUT_LIMIT_EXCEEDED
    assert result.tests[1].message == "printed more than 64 KB of output"


def test_a_memory_error_in_a_test_is_a_memory_limit_verdict() -> None:
    result = run({"t1": 1, "t2": "MemoryError", "t3": 3})
    assert result.verdict == Verdict.MEMORY_LIMIT_EXCEEDED


def test_a_tampered_test_fails_even_with_an_honest_passing_record() -> None:
    result = run({"t1": 1, "t2": 2, "t3": 3}, tampered={"t1"})
    assert result.verdict == Verdict.WRONG_ANSWER
    assert (result.tests[0].status, result.tests[0].message) == (TestStatus.FAIL, DUPLICATED)


def test_a_forged_import_record_fails_every_test() -> None:
    result = run({"t1": 1, "t2": 2, "t3": 3}, tampered={""})
    assert result.verdict == Verdict.RUNTIME_ERROR
    assert {t.message for t in result.tests} == {"rejected: your code forged the grader's records"}


def test_code_that_does_not_compile_is_a_syntax_error_on_every_test() -> None:
    imported = {"ok": False, "syntax": True, "exc": {"types": ["SyntaxError"], "line": 3}}
    result = run({}, import_record=imported)
    assert result.verdict == Verdict.SYNTAX_ERROR
    assert result.score == 0.0
    assert result.tests[0].message == "SyntaxError (line 3 of your code) while loading your code"


def test_long_output_is_cut_with_a_note_and_counted_in_the_cap() -> None:
    results = {"t1": {"value": 1, "out": "x" * 10_000}, "t2": {"value": 2}, "t3": {"value": 3}}
    result = judge(outcome(results=results), TESTS, by_value, Limits(), [])
    shown = result.tests[0].output
    assert len(shown) == OUTPUT_SHOWN
    assert shown.endswith("\n… (output truncated)")
