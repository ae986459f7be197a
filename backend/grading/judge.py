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
    """A test as the judge sees it: its id in the run, its name, hidden flag and full spec."""

    id: str
    name: str
    hidden: bool
    spec: JSONObject


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
        if test.id in outcome.tampered:
            results.append(
                TestResult(
                    test.name,
                    TestStatus.FAIL,
                    DUPLICATED,
                    output,
                    0,
                    test.hidden,
                )
            )
            continue
        if record is None:
            if test.id == outcome.running:
                message = limit_message or _exit_message(outcome)
                if test.hidden and limit_verdict is not None:
                    message = HIDDEN_LIMIT_MESSAGES.get(limit_verdict, message)
                status = TestStatus.ERROR
            else:
                message, status = NOT_RUN, TestStatus.FAIL
            results.append(TestResult(test.name, status, message, output, 0, test.hidden))
            continue
        duration = int(float(record.get("ms", 0)))
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
        results.append(TestResult(test.name, status, result.message, output, duration, test.hidden))

    results = [conceal(result) if result.hidden else result for result in results]
    if all(t.passed for t in results) and len(results) == len(tests) and not outcome.tampered:
        return GradeResult.judged(Verdict.ACCEPTED, results, **extra)
    verdict: Verdict
    if limit_verdict:
        verdict = limit_verdict
    elif memory:
        verdict = Verdict.MEMORY_LIMIT_EXCEEDED
    elif outcome.running is not None:
        verdict = Verdict.RUNTIME_ERROR
    else:
        verdict = Verdict.WRONG_ANSWER
    return GradeResult.judged(verdict, results, **extra)


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
}


def conceal(result: TestResult) -> TestResult:
    """A hidden test's result as the learner may see it: its name, its status and a message
    chosen by that status alone. Learner code controls everything else a result could carry
    while a hidden test's inputs are in the sandbox (the exception it raises, the exit status
    or signal it ends with, how long it takes), so any of it could spell out those inputs."""
    message = result.message
    if message not in (NOT_RUN, DUPLICATED, *HIDDEN_LIMIT_MESSAGES.values()):
        message = HIDDEN_MESSAGES.get(result.status, HIDDEN_MESSAGES[TestStatus.FAIL])
    return TestResult(
        result.name,
        result.status,
        message,
        "",
        0,
        True,
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
    imported = outcome.import_record
    output = str((imported or {}).get("out", "")) + outcome.raw_output
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
        results.append(TestResult(test.name, TestStatus.ERROR, message, shown, 0, test.hidden))
    return GradeResult.judged(verdict, results, **extra)


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
                TestResult(name, TestStatus.PASS, f"passed {count} generated cases", "", 0, True)
            )
        else:
            number, case = failed
            message = f"failed generated case {number} of {count} (hidden test)"
            tests.append(TestResult(name, case.status, message, "", 0, True))
    if result.verdict is None:  # a platform error: there are no cases to fold
        return result
    extra: RunFacts = {
        "duration_ms": result.duration_ms,
        "peak_memory_kb": result.peak_memory_kb,
        "sandboxed": result.sandboxed,
        "warnings": result.warnings,
    }
    return GradeResult.judged(result.verdict, tests, **extra)
