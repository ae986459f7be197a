"""Grading of `pytest` exercises: the learner writes the tests.

The learner's test file runs once against the exercise's reference implementation, where every
test must pass, and once against each buggy implementation, each of which at least one test must
catch (fail on). Every run is a fresh sandbox of its own, so nothing passes between runs; the
implementation under test arrives as source stripped of comments and docstrings, under the same
module name and file name every time, so only its behaviour tells one from another.

The score is the share of buggy implementations caught; "accepted" needs the reference passed
and every bug caught. Feedback names the bugs caught and, for a missed one, the author's hint.
"""

from __future__ import annotations

import ast
import os
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from .. import runner
from ..config import SandboxConfig
from ..jsondata import JSONList, JSONObject
from ..judge import NOT_LOADED, OUTPUT_CUT, OUTPUT_SHOWN, describe_exception
from ..limits import Limits
from ..results import GradeResult, GradeStatus, RunFacts, TestResult, TestStatus, Verdict
from ..sandboxed import sandbox_mode, test_ids
from ..text import truncate

# Module names an exercise may not give its implementation: they would hide what the runtime or
# the grader imports.
RESERVED_MODULES = frozenset({"pytest", "_pytest", "pluggy", "django", "rest_framework",
                              "pytest_django", "test_answer", "conftest"})  # fmt: skip
NOT_TRIED = "not tried: your tests must pass on the correct implementation first"


def module_problem(name: object, project: JSONObject | None = None) -> str:
    """Why `name` cannot be the implementation's module name ("" when it can). In a Django
    project it is a dotted name inside the project (`notes.views`), whose file the project
    must not also hold."""
    parts = name.split(".") if isinstance(name, str) else [""]
    if not all(part.isidentifier() and part.isascii() for part in parts):
        return "the module name must be a Python identifier"
    if len(parts) > 1 and not project:
        return "a dotted module name needs a Django project around it"
    if parts[0] in RESERVED_MODULES or parts[0] in sys.stdlib_module_names:
        return f"{parts[0]!r} is the name of a module the tests may need; choose another"
    path = "/".join(parts) + ".py"
    if project and path in (project.get("files") or {}):
        return f"{path} is a fixed file of the project; the module under test cannot be one"
    return ""


def project_header(project: JSONObject | None) -> JSONObject | None:
    """What the sandbox needs of the Django project the tests run in (None: plain Python)."""
    if not project:
        return None
    return {
        "files": dict(project.get("files") or {}),
        "apps": list(project.get("apps") or []),
        "urlconf": project.get("urlconf") or None,
        "settings": dict(project.get("settings") or {}),
    }


def neutral_source(source: str) -> str:
    """The implementation as the sandbox gets it: the same code without comments, docstrings or
    original formatting, so the text gives away nothing the author wrote about the bug."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.unparse(tree) + "\n"


@dataclass
class Run:
    """What one run of the learner's tests against one implementation showed."""

    status: str  # passed | failed | broken | platform
    tests: JSONList = field(default_factory=list)  # [{"name", "outcome", "message"}]
    verdict: Verdict | None = None  # for a broken run: what kind of breakage
    message: str = ""
    output: str = ""
    duration_ms: int = 0
    peak_memory_kb: int = 0
    line: int | None = None  # the line of the test file a broken run points at


def grade_pytest(
    source: str, spec: JSONObject, limits: Limits, config: SandboxConfig
) -> GradeResult:
    bugs = list(spec.get("bugs") or [])
    if not bugs and not spec.get("reference_only"):  # see grading.visible
        return GradeResult.platform_error("pytest exercise has no buggy implementations")
    problem = module_problem(spec.get("module"), spec.get("project"))
    if problem:
        return GradeResult.platform_error(f"invalid pytest exercise: {problem}")
    try:
        implementations = [neutral_source(spec["reference"])]
        implementations += [neutral_source(bug["source"]) for bug in bugs]
    except SyntaxError as exc:
        return GradeResult.platform_error(f"an implementation does not parse: {exc}")
    try:
        sandboxed, warnings = sandbox_mode(config)
    except runner.PlatformError as exc:
        return GradeResult.platform_error(str(exc))
    started = time.monotonic()
    # The reference first: a file that fails there is never accepted, and its runs against the
    # bugs would mean nothing, so they are not paid for.
    reference = _run_one(source, spec, implementations[0], limits, config, sandboxed)
    bug_runs: list[Run] = []
    if reference.status == "passed":
        bug_runs = _run_all(source, spec, implementations[1:], limits, config, sandboxed)
    runs = [reference, *bug_runs]
    extra: RunFacts = {
        "duration_ms": int((time.monotonic() - started) * 1000),
        "peak_memory_kb": max(run.peak_memory_kb for run in runs),
        "sandboxed": sandboxed,
        "warnings": warnings,
    }
    broken = [run for run in runs if run.status == "platform"]
    if broken:
        return GradeResult.platform_error(broken[0].message, sandboxed=sandboxed)
    return _judge(reference, bugs, bug_runs, extra)


def _run_all(
    source: str,
    spec: JSONObject,
    implementations: list[str],
    limits: Limits,
    config: SandboxConfig,
    sandboxed: bool,
) -> list[Run]:
    """One fresh sandbox per buggy implementation, as many at once as there are cores; the order
    of the launches is shuffled so that timing says nothing about which bug is which."""
    order = list(range(len(implementations)))
    random.SystemRandom().shuffle(order)
    workers = max(1, min(len(order), os.cpu_count() or 1, config.slots))
    runs: list[Run] = [Run("platform", message="not run")] * len(implementations)

    def one(index: int) -> None:
        runs[index] = _run_one(source, spec, implementations[index], limits, config, sandboxed)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, order))
    return runs


def _run_one(
    source: str,
    spec: JSONObject,
    implementation: str,
    limits: Limits,
    config: SandboxConfig,
    sandboxed: bool,
) -> Run:
    (test_id,) = test_ids(1)
    header = {
        "module": spec["module"],
        "implementation": implementation,
        "plugins": list(spec.get("plugins") or []),
        "project": project_header(spec.get("project")),
    }
    try:
        outcome = runner.run(
            "pytest",
            source.encode("utf-8", "surrogateescape"),
            header,
            [{"id": test_id}],
            limits,
            config,
            sandboxed=sandboxed,
            runtime=spec.get("runtime") or "django",
        )
    except runner.PlatformError as exc:
        return Run("platform", message=str(exc))
    except (OSError, TimeoutError) as exc:
        return Run("platform", message=f"grading failed: {exc}")
    run = Run(
        "broken",
        output=outcome.raw_output,
        duration_ms=outcome.duration_ms,
        peak_memory_kb=outcome.peak_memory_kb,
    )
    imported = outcome.import_record or {}
    record = outcome.results.get(test_id)
    if imported.get("ok") is False:
        run.verdict = Verdict.SYNTAX_ERROR if imported.get("syntax") else Verdict.RUNTIME_ERROR
        run.message = describe_exception(imported.get("exc") or {})
        run.line = int((imported.get("exc") or {}).get("line") or 0) or None
    elif outcome.output_exceeded:
        run.verdict = Verdict.OUTPUT_LIMIT_EXCEEDED
        run.message = f"the output went over the limit of {limits.output_kb} KB"
    elif outcome.tampered:
        run.verdict = Verdict.RUNTIME_ERROR
        run.message = "the test run reported a result twice"
    elif record is None:
        if outcome.timed_out:
            run.verdict = Verdict.TIME_LIMIT_EXCEEDED
            run.message = f"the tests did not finish within {limits.time_ms} ms"
        else:
            run.verdict = Verdict.RUNTIME_ERROR
            run.message = f"the test run ended early (exit status {outcome.exit_code})"
    elif "crash" in record:
        return Run("platform", message="the grader could not run the tests")
    else:
        run.output = str(imported.get("out", "")) + str(record.get("out", "")) + run.output
        suite = record.get("suite") or {}
        run.tests = [t for t in suite.get("tests", []) if isinstance(t, dict)]
        errors = [str(text) for text in suite.get("errors", [])]
        if errors:
            run.verdict = Verdict.RUNTIME_ERROR
            run.message = "the test file could not be collected: " + errors[0]
        elif not run.tests:
            run.verdict = Verdict.WRONG_ANSWER
            run.message = "no tests were found: name your test functions test_…"
        else:
            failing = [t for t in run.tests if t.get("outcome") in ("failed", "error")]
            run.status = "failed" if failing else "passed"
    return run


def _judge(reference: Run, bugs: JSONList, bug_runs: list[Run], extra: RunFacts) -> GradeResult:
    """`bug_runs` is empty when the reference did not pass: the bugs were not tried."""
    results = []
    output = truncate(reference.output, OUTPUT_SHOWN, marker=OUTPUT_CUT)
    if reference.status == "broken":
        name = "your tests on the correct implementation"
        if reference.verdict == Verdict.SYNTAX_ERROR:  # said once, in the result's message
            results.append(TestResult(name, TestStatus.NOT_RUN, NOT_LOADED, output))
        else:
            results.append(TestResult(name, TestStatus.ERROR, reference.message, output))
    else:
        for index, test in enumerate(reference.tests):
            outcome = test.get("outcome")
            status = {"failed": TestStatus.FAIL, "error": TestStatus.ERROR}.get(
                outcome, TestStatus.PASS
            )
            message = str(test.get("message", ""))
            if status != TestStatus.PASS:
                message = "fails on the correct implementation: " + message
            elif outcome == "skipped":
                message = "skipped"
            results.append(
                TestResult(str(test.get("name", "")), status, message, output if not index else "")
            )
    reference_passed = reference.status == "passed"
    caught = 0
    total = len(bugs)
    if not reference_passed:
        results += [
            TestResult(f"bug {number} of {total}", TestStatus.NOT_RUN, NOT_TRIED)
            for number in range(1, total + 1)
        ]
    for number, (bug, run) in enumerate(zip(bugs, bug_runs, strict=False), start=1):
        if run.status == "passed":
            hint = str(bug.get("hint") or "look again at the rules of the specification")
            results.append(
                TestResult(f"bug {number} of {total}: not caught", TestStatus.FAIL, hint)
            )
        else:
            caught += 1
            title = str(bug.get("title") or bug.get("name") or f"bug {number}")
            results.append(TestResult(f"bug {number} of {total} caught: {title}", TestStatus.PASS))
    if not reference_passed:
        verdict = reference.verdict or Verdict.WRONG_ANSWER
        extra["message"], extra["error_line"] = reference.message, reference.line
        return GradeResult(GradeStatus.COMPLETED, verdict, 0.0, results, **extra)
    verdict = Verdict.ACCEPTED if caught == total else Verdict.WRONG_ANSWER
    # No bugs at all: a run against the correct implementation alone, which passed.
    score = round(caught / total, 4) if total else 1.0
    return GradeResult(GradeStatus.COMPLETED, verdict, score, results, **extra)
