"""The judge (`grading.judge`): from a run's accepted records to statuses, messages and the
verdict, fed with hand-made `RunOutcome`s instead of a sandbox."""

from __future__ import annotations

import signal

from grading.jsondata import JSONObject
from grading.judge import DUPLICATED, NOT_LOADED, NOT_RUN, OUTPUT_SHOWN, Check, judge
from grading.judge import Test as Case  # "Test…" names are collected by pytest
from grading.limits import Limits
from grading.results import GradeResult, GradeStatus, TestResult, TestStatus, Verdict
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
    assert (hidden.output, hidden.duration_ms, hidden.hidden) == ("", None, True)
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


def test_a_forged_import_record_is_a_runtime_error_and_no_test_counts_as_run() -> None:
    result = run({"t1": 1, "t2": 2, "t3": 3}, tampered={""})
    assert result.verdict == Verdict.RUNTIME_ERROR
    assert result.message == "rejected: your code forged the grader's records"
    assert {t.status for t in result.tests} == {TestStatus.NOT_RUN}


def test_a_syntax_error_is_said_once_with_its_line_and_no_test_ran() -> None:
    exc = {"types": ["SyntaxError"], "message": "invalid syntax", "line": 3}
    result = run({}, import_record={"ok": False, "syntax": True, "exc": exc})
    assert result.verdict == Verdict.SYNTAX_ERROR
    assert result.score == 0.0
    assert (
        result.message
        == "SyntaxError: invalid syntax (line 3 of your code) while loading your code"
    )
    assert result.error_line == 3
    assert [t.status for t in result.tests] == [TestStatus.NOT_RUN] * 3
    assert {t.message for t in result.tests} == {NOT_LOADED}
    assert {t.duration_ms for t in result.tests} == {None}
    assert result.tests[2].real_message is None  # nothing hidden to reveal: it never ran


def test_code_that_raises_while_loading_names_the_line_too() -> None:
    exc = {"types": ["NameError"], "message": "name 'x' is not defined", "line": 7}
    result = run({}, import_record={"ok": False, "syntax": False, "exc": exc})
    assert (result.verdict, result.error_line) == (Verdict.RUNTIME_ERROR, 7)
    assert result.message.startswith("NameError: name 'x' is not defined (line 7")


def test_tests_after_a_kill_are_not_run_rather_than_failed() -> None:
    result = run({"t1": 1}, running="t2", exit_code=-signal.SIGKILL)
    assert [t.status for t in result.tests] == [
        TestStatus.PASS,
        TestStatus.ERROR,
        TestStatus.NOT_RUN,
    ]
    assert result.message == "the program was killed by SIGKILL during a test"
    timed_out = run({}, running="t1", timed_out=True, learner_ms=2002)
    assert [t.status for t in timed_out.tests][1:] == [TestStatus.NOT_RUN] * 2
    assert timed_out.message == "test 'first' was still running after 2002 ms (limit 2000 ms)"


def test_visible_tests_carry_their_measured_time_and_hidden_ones_none() -> None:
    shim = {"t1": {"value": 1, "ms": 3.14159}, "t2": {"value": 2, "ms": 0.0}}
    shim["t3"] = {"value": 3, "ms": 12.0}
    result = judge(outcome(results=shim, learner_ms=20), TESTS, by_value, Limits(), [])
    assert [t.duration_ms for t in result.tests] == [3.142, 0.001, None]  # never a made-up 0
    unbelievable = {"t1": {"value": 1, "ms": 10_000.0}}
    taken = outcome(results=unbelievable, learner_ms=20, test_ms={"t1": 2.5})
    assert judge(taken, TESTS, by_value, Limits(), []).tests[0].duration_ms == 2.5
    killed = run({"t1": 1}, running="t2", timed_out=True, test_ms={"t1": 1.0, "t2": 2002.4})
    assert [t.duration_ms for t in killed.tests] == [1.0, 2002.4, None]
    assert run({"t1": 1, "t2": 2, "t3": 3}).tests[0].duration_ms is None


def test_the_summary_of_raised_tests_counts_a_block_of_generated_cases_once() -> None:
    from grading.judge import one_result_per_block

    cases = [Case(f"c{n}", f"case {n}", True, {"expect": n}) for n in range(3)]
    tests = [TESTS[0], *cases]
    records: dict[str, JSONObject] = {"t1": {"exc": "boom"}}
    records.update({case.id: {"exc": "boom"} for case in cases})
    result = judge(outcome(results=records), tests, raising, Limits(), [])
    assert result.message.endswith("; 3 more tests raised too")
    folded = one_result_per_block(result, 1, [{"name": "random titles", "count": 3}])
    assert folded.message.endswith("; 1 more test raised too")
    assert folded.tests[1].real_message == (
        "case 1 of 3: ZeroDivisionError: boom (line 2 of your code)"
    )


def test_a_hidden_test_cut_short_is_summed_up_without_its_time_or_exit_status() -> None:
    result = run({"t1": 1, "t2": 2}, running="t3", timed_out=True, learner_ms=1999)
    assert result.message == "a hidden test did not finish within the time limit"
    assert "1999" not in result.tests[2].message
    exited = run({"t1": 1, "t2": 2}, running="t3", exit_code=42)
    assert exited.message == "the program ended during a hidden test"


def raising(test: Case, record: JSONObject) -> Check:
    if "exc" in record:
        return Check(False, f"ZeroDivisionError: {record['exc']} (line 2 of your code)", error=True)
    return by_value(test, record)


def test_failing_tests_that_all_raised_are_a_runtime_error_naming_the_exception() -> None:
    results: dict[str, JSONObject] = {"t1": {"value": 1}, "t2": {"exc": "division by zero"}}
    results["t3"] = {"exc": "secret 3"}
    result = judge(outcome(results=results), TESTS, raising, Limits(), [])
    assert result.verdict == Verdict.RUNTIME_ERROR
    assert result.message == (
        "in test 'second': ZeroDivisionError: division by zero (line 2 of your code); "
        "1 more test raised too"
    )
    only_hidden = judge(
        outcome(results={"t1": {"value": 1}, "t2": {"value": 2}, "t3": {"exc": "secret 3"}}),
        TESTS,
        raising,
        Limits(),
        [],
    )
    assert only_hidden.verdict == Verdict.RUNTIME_ERROR
    assert "secret" not in only_hidden.message
    mixed = run({"t1": 1, "t2": 5, "t3": "KeyError"})
    assert mixed.verdict == Verdict.WRONG_ANSWER  # one result was simply wrong


CALLED = [
    Case("t1", "first", False, {"expect": 1}, "f(1)"),
    Case("t2", "second", False, {"expect": 2}, "f(2)"),
    Case("t3", "secret", True, {"expect": 3}, "f(3)"),
]


def test_a_failing_visible_test_carries_its_call_and_a_hidden_one_keeps_it_apart() -> None:
    results: dict[str, JSONObject] = {"t1": {"value": 1}, "t2": {"value": 5}, "t3": {"value": 4}}
    result = judge(outcome(results=results), CALLED, by_value, Limits(), [])
    first, second, secret = result.tests
    assert (first.call, second.call) == (None, "f(2)")  # a passing test needs none
    assert (secret.call, secret.message) == (None, "wrong result (hidden test)")
    assert (secret.real_call, secret.real_message) == ("f(3)", "expected 3, got 4")
    assert second.real_message is None


def test_a_stored_result_without_the_newer_fields_still_reads() -> None:
    old = {"name": "a", "status": "fail", "message": "m", "output": "", "duration_ms": 0}
    read = TestResult.from_dict({**old, "hidden": False})
    assert (read.duration_ms, read.call, read.real_message) == (None, None, None)
    assert TestResult.from_dict({**old, "duration_ms": 12}).duration_ms == 12.0
    graded = GradeResult.from_dict(
        {"status": "completed", "verdict": "wrong_answer", "tests": [old]}
    )
    assert (graded.message, graded.error_line) == ("", None)
    again = TestResult.from_dict(TestResult("b", TestStatus.NOT_RUN, real_call="g()").to_dict())
    assert (again.status, again.real_call) == (TestStatus.NOT_RUN, "g()")


def test_long_output_is_cut_with_a_note_and_counted_in_the_cap() -> None:
    results = {"t1": {"value": 1, "out": "x" * 10_000}, "t2": {"value": 2}, "t3": {"value": 3}}
    result = judge(outcome(results=results), TESTS, by_value, Limits(), [])
    shown = result.tests[0].output
    assert len(shown) == OUTPUT_SHOWN
    assert shown.endswith("\n… (output truncated)")
