"""From a `RunOutcome` to a `GradeResult`: per-test statuses and messages, then the verdict.

Each sandboxed kind supplies `check(test, record) -> Check`, which compares one honest record
with the expectations (held only here, in the worker). Everything that is not an honest record
for a test (missing, duplicated, cut short by a limit) is a failure.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from dataclasses import dataclass

from .jsondata import JSONList, JSONObject
from .limits import Limits
from .results import GradeResult, RunFacts, TestResult, TestStatus, Verdict
from .runner import RunOutcome
from .text import truncate

OUTPUT_SHOWN = 4000  # characters of a test's captured output shown, the marker included
OUTPUT_CUT = "\n… (output truncated)"


@dataclass
class Check:
    passed: bool
    message: str = ""
    error: bool = False  # the learner's code raised (status "error" rather than "fail")
    memory: bool = False  # ... and it was a MemoryError


@dataclass
class Test:
    """A test as the judge sees it: its id in the run, its name, hidden flag and full spec,
    and what it does in the learner's terms (`slugify("Hello World")`, `GET /items/`), shown
    next to it when it fails."""

    id: str
    name: str
    hidden: bool
    spec: JSONObject
    call: str | None = None


def describe_exception(exc: JSONObject) -> str:
    """'ZeroDivisionError: division by zero (line 4 of your code)'. For a hidden test the
    judge replaces the whole message (see `conceal`), so kinds describe every test fully."""
    types = exc.get("types") or ["Exception"]
    text = str(types[0])
    if exc.get("message"):
        text += f": {truncate(str(exc['message']), 200)}"
    if exc.get("where"):  # a project of several files (django): which file, which line
        text += f" ({truncate(str(exc['where']), 200)})"
    elif exc.get("line"):
        text += f" (line {exc['line']} of your code)"
    return text


def is_memory_error(exc: JSONObject | None) -> bool:
    return exc is not None and "MemoryError" in (exc.get("types") or [])[:1]


def _shown_output(test: Test, text: str) -> str:
    if test.hidden:
        return ""
    return truncate(text, OUTPUT_SHOWN, marker=OUTPUT_CUT)


def judge(
    outcome: RunOutcome,
    tests: list[Test],
    check: Callable[[Test, JSONObject], Check],
    limits: Limits,
    warnings: list[str],
) -> GradeResult:
    extra: RunFacts = {
        "duration_ms": outcome.duration_ms,
        "peak_memory_kb": outcome.peak_memory_kb,
        "sandboxed": outcome.sandboxed,
        "warnings": list(warnings),
    }
    names = {t.id: t.name for t in tests}
    running = names.get(outcome.running) if outcome.running is not None else None
    limit_verdict, limit_message = _limit(outcome, limits, running)
    imported = outcome.import_record
    if "" in outcome.tampered or not imported or not imported.get("ok"):
        return _failed_import(outcome, tests, limit_verdict, limit_message, extra)

    import_output = str(imported.get("out", "")) + outcome.raw_output
    results, memory = [], False
    for index, test in enumerate(tests):
        record = outcome.results.get(test.id)
        output = _shown_output(test, str((record or {}).get("out", "")))
        if index == 0 and import_output:
            output = _shown_output(test, import_output + output)
        duration = _duration(outcome, test, record)
        if test.id in outcome.tampered:
            results.append(_result(test, TestStatus.FAIL, DUPLICATED, output, duration))
            continue
        if record is None:
            if test.id == outcome.running:
                message = limit_message or _exit_message(outcome)
                if test.hidden and limit_verdict is not None:
                    message = HIDDEN_LIMIT_MESSAGES.get(limit_verdict, message)
                results.append(_result(test, TestStatus.ERROR, message, output, duration))
            else:
                results.append(_result(test, TestStatus.NOT_RUN, NOT_RUN, output, None))
            continue
        if "crash" in record:
            result = Check(False, "the grader could not run this test", error=True)
        else:
            result = check(test, record)
        memory = memory or result.memory
        status = (
            TestStatus.PASS
            if result.passed
            else (TestStatus.ERROR if result.error else TestStatus.FAIL)
        )
        results.append(_result(test, status, result.message, output, duration))

    if all(t.passed for t in results) and len(results) == len(tests) and not outcome.tampered:
        return GradeResult.judged(Verdict.ACCEPTED, [_public(r) for r in results], **extra)
    verdict: Verdict
    message = ""
    failed = [r for r in results if r.status.failed]
    if limit_verdict:
        verdict = limit_verdict
        message = _limit_summary(limit_verdict, limit_message, tests, outcome.running)
    elif memory:
        verdict = Verdict.MEMORY_LIMIT_EXCEEDED
        message = "your code ran out of memory"
    elif outcome.running is not None:
        verdict = Verdict.RUNTIME_ERROR
        message = _exit_message(outcome).replace("during this test", "during a test")
        if any(t.id == outcome.running and t.hidden for t in tests):
            message = "the program ended during a hidden test"  # its exit status is the learner's
    elif failed and all(r.status == TestStatus.ERROR for r in failed):
        # Nothing came out wrong: every failing test raised.
        verdict = Verdict.RUNTIME_ERROR
        message = _raised_summary(failed)
    else:
        verdict = Verdict.WRONG_ANSWER
    extra["message"] = message
    return GradeResult.judged(verdict, [_public(r) for r in results], **extra)


def _duration(outcome: RunOutcome, test: Test, record: JSONObject | None) -> float | None:
    """A visible test's time in ms (to the microsecond, never 0): as the shim timed it, with a
    clock it took before the learner's code loaded; for a test cut short, from its start to the
    kill as the worker saw them. None for a hidden test (its timing could spell its inputs)."""
    if test.hidden:
        return None
    measured = outcome.test_ms.get(test.id)
    reported = (record or {}).get("ms")
    # The shim's clock is the precise one: the worker reads records in batches, so its own
    # figure for a quick test can be 0. A figure longer than the whole run is not believed.
    if isinstance(reported, int | float) and 0 <= reported <= outcome.learner_ms + 1000:
        measured = float(reported)
    if measured is None:
        return None
    return max(round(measured, 3), 0.001)


def _result(
    test: Test, status: TestStatus, message: str, output: str, duration: float | None
) -> TestResult:
    return TestResult(
        test.name,
        status,
        message,
        output,
        duration,
        test.hidden,
        call=test.call if status.failed else None,
    )


def _public(result: TestResult) -> TestResult:
    return conceal(result) if result.hidden else result


def _raised_summary(failed: list[TestResult]) -> str:
    """ "in test 'halves': ZeroDivisionError: division by zero (line 4 of your code)"; what a
    hidden test raised stays unsaid."""
    shown = [r for r in failed if not r.hidden]
    if not shown:
        return f"an exception was raised in {_count_tests(len(failed))} (hidden)"
    first = shown[0]
    text = f"in test {first.name!r}: {_strip_label(first.message)}"
    if len(failed) > 1:
        text += f"; {_count_tests(len(failed) - 1, 'more')} raised too"
    return text


def _strip_label(message: str) -> str:
    """The exception from a test's message, without a kind's "the request failed: " label."""
    for label in ("the request failed: ", "loading your code failed: "):
        if message.startswith(label):
            return message[len(label) :]
    return message


def _count_tests(count: int, adjective: str = "") -> str:
    words = f"{adjective} " if adjective else ""
    return f"{count} {words}test" + ("" if count == 1 else "s")


def _limit_summary(verdict: Verdict, message: str, tests: list[Test], running: str | None) -> str:
    """The limit's message, unless the test it names is hidden (no timing of a hidden test)."""
    cut = next((t for t in tests if t.id == running), None)
    if verdict == Verdict.TIME_LIMIT_EXCEEDED and cut is not None and cut.hidden:
        return "a hidden test did not finish within the time limit"
    return message


NOT_RUN = "not run: the program ended before this test"
DUPLICATED = "rejected: the test reported more than one result"
# Which run-wide limit stopped a hidden test is said by the verdict already.
HIDDEN_LIMIT_MESSAGES = {
    Verdict.TIME_LIMIT_EXCEEDED: "did not finish within the time limit (hidden test)",
    Verdict.OUTPUT_LIMIT_EXCEEDED: "printed more than the output limit (hidden test)",
}
HIDDEN_MESSAGES = {
    TestStatus.PASS: "passed",
    TestStatus.FAIL: "wrong result (hidden test)",
    TestStatus.ERROR: "failed with an error (hidden test)",
    TestStatus.NOT_RUN: NOT_RUN,
}


def conceal(result: TestResult) -> TestResult:
    """A hidden test's result as the learner may see it: its name, its status and a message
    chosen by that status alone. Learner code controls everything else a result could carry
    while a hidden test's inputs are in the sandbox (the exception it raises, the exit status
    or signal it ends with, how long it takes), so any of it could spell out those inputs.
    The real message and call are kept in `real_message` and `real_call`, which only the
    people who may read the hidden tests are shown."""
    message = result.message
    if message not in (NOT_RUN, NOT_LOADED, DUPLICATED, *HIDDEN_LIMIT_MESSAGES.values()):
        message = HIDDEN_MESSAGES.get(result.status, HIDDEN_MESSAGES[TestStatus.FAIL])
    failed = result.status.failed
    return TestResult(
        result.name,
        result.status,
        message,
        "",
        None,
        True,
        call=None,
        real_message=result.message if failed else None,
        real_call=(result.call or result.real_call) if failed else None,
    )


def _limit(outcome: RunOutcome, limits: Limits, running: str | None) -> tuple[Verdict | None, str]:
    """A run-level limit that cut the run short, with a message naming the running test."""
    where = f"test {running!r}" if running is not None else "your code"
    sig = outcome.killed_by_signal
    if outcome.output_exceeded:
        return Verdict.OUTPUT_LIMIT_EXCEEDED, f"printed more than {limits.output_kb} KB of output"
    if outcome.timed_out or sig == signal.SIGXCPU:
        return (
            Verdict.TIME_LIMIT_EXCEEDED,
            f"{where} was still running after {outcome.learner_ms} ms (limit {limits.time_ms} ms)",
        )
    return None, ""


def _exit_message(outcome: RunOutcome) -> str:
    sig = outcome.killed_by_signal
    if sig:
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"the program was killed by {name} during this test"
    return f"the program exited during this test (exit status {outcome.exit_code})"


def _failed_import(
    outcome: RunOutcome,
    tests: list[Test],
    limit_verdict: Verdict | None,
    limit_message: str,
    extra: RunFacts,
) -> GradeResult:
    """The code did not load: said once in the result's message (with the line, when there is
    one), and no test ran."""
    imported = outcome.import_record
    output = str((imported or {}).get("out", "")) + outcome.raw_output
    line = None
    if "" in outcome.tampered:
        verdict, message = (
            Verdict.RUNTIME_ERROR,
            "rejected: your code forged the grader's records",
        )
    elif limit_verdict:
        verdict, message = limit_verdict, limit_message
    elif imported is None:
        verdict = Verdict.RUNTIME_ERROR
        message = _exit_message(outcome).replace("during this test", "while loading your code")
    else:
        exc = imported.get("exc") or {}
        # A line of the single file the learner wrote; in a project of several files the
        # message names the file and line instead (`where`).
        line = None if exc.get("where") else int(exc.get("line") or 0) or None
        if imported.get("syntax"):
            verdict = Verdict.SYNTAX_ERROR
        elif is_memory_error(exc):
            verdict = Verdict.MEMORY_LIMIT_EXCEEDED
        else:
            verdict = Verdict.RUNTIME_ERROR
        message = describe_exception(exc) + " while loading your code"
    results = []
    for index, test in enumerate(tests):
        shown = _shown_output(test, output) if index == 0 else ""
        results.append(
            TestResult(test.name, TestStatus.NOT_RUN, NOT_LOADED, shown, None, test.hidden)
        )
    extra["message"] = message
    extra["error_line"] = line
    return GradeResult.judged(verdict, results, **extra)


NOT_LOADED = "not run: your code did not load"


def one_result_per_block(result: GradeResult, written: int, blocks: JSONList) -> GradeResult:
    """A block's cases are reported as one hidden result: passed, or the first case that
    failed, by number only."""
    tests = list(result.tests[:written])
    cases = result.tests[written:]
    start = 0
    for block in blocks:
        count = int(block.get("count", 20))
        mine, start = cases[start : start + count], start + count
        name = str(block.get("name", "generated"))
        failed = next(((n, t) for n, t in enumerate(mine, start=1) if not t.passed), None)
        if failed is None:
            tests.append(
                TestResult(name, TestStatus.PASS, f"passed {count} generated cases", "", None, True)
            )
        elif not failed[1].status.failed:  # the run ended before the block's first failure
            tests.append(TestResult(name, failed[1].status, failed[1].message, "", None, True))
        else:
            number, case = failed
            message = f"failed generated case {number} of {count} (hidden test)"
            real = f"case {number} of {count}: {case.real_message or case.message}"
            tests.append(
                TestResult(
                    name, case.status, message, "", None, True,
                    real_message=real, real_call=case.real_call,
                )
            )  # fmt: skip
    if result.verdict is None:  # a platform error: there are no cases to fold
        return result
    message = result.message
    if message and message == _raised_summary([t for t in result.tests if t.status.failed]):
        message = _raised_summary([t for t in tests if t.status.failed])  # counted by block
    extra: RunFacts = {
        "message": message,
        "error_line": result.error_line,
        "duration_ms": result.duration_ms,
        "peak_memory_kb": result.peak_memory_kb,
        "sandboxed": result.sandboxed,
        "warnings": result.warnings,
    }
    return GradeResult.judged(result.verdict, tests, **extra)
