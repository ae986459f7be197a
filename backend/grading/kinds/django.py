"""Grading of `django` exercises: a small Django project the learner completes.

The exercise ships the project's fixed files and names the files the learner writes; the
answer is those files. In the sandbox (runtime `django`) the shim writes the project, configures
Django on a private in-memory SQLite database, makes and applies the migrations of the
learner's models, and runs each test: its fixtures, then its steps, inside a transaction rolled
back at the end. A step is a request through Django's test handler (optionally signed in as a
fixture user), a call of a learner function, or a query of the database; each step reports what
came back and how many SQL statements it made. Expectations stay here: status, headers, body
or JSON (exact or subset) as for `http`, values, rows, and `max_queries`.
"""

from __future__ import annotations

from ..config import SandboxConfig
from ..jsondata import JSONObject
from ..judge import Check, Test, describe_exception
from ..limits import Limits
from ..results import GradeResult
from ..sandboxed import run_and_judge, test_ids
from ..values import decode, difference, equal, short
from .http import compare_response, wsgi_request

MAX_FILE = 64 * 1024
MAX_FILES_TOTAL = 256 * 1024


def answer_files(spec: JSONObject, answer: object) -> dict[str, str]:
    """The learner's files over the starter: only the editable paths, each a string. Raises
    ValueError for anything else (the API refuses it before it gets here)."""
    if not isinstance(answer, dict):
        raise ValueError("a django answer is a mapping of file paths to their text")
    editable = set(spec.get("editable") or [])
    unknown = sorted(set(answer) - editable)
    if unknown:
        raise ValueError(f"not files you can edit: {', '.join(unknown)}")
    files = {path: (spec.get("starter") or {}).get(path, "") for path in editable}
    for path, text in answer.items():
        if not isinstance(text, str):
            raise ValueError(f"{path}: the file's content must be text")
        files[path] = text
    return files


def grade_django(
    answer: dict[str, str], spec: JSONObject, limits: Limits, config: SandboxConfig
) -> GradeResult:
    raw_tests = list(spec.get("tests") or [])
    if not raw_tests:
        return GradeResult.platform_error("django exercise has no tests")
    try:
        learner_files = answer_files(spec, answer)
    except ValueError as exc:
        return GradeResult.platform_error(f"a django answer cannot be graded: {exc}")
    files = {**(spec.get("files") or {}), **learner_files}
    header = {
        "files": files,
        "apps": list(spec.get("apps") or []),
        "urlconf": spec.get("urlconf") or None,
        "settings": dict(spec.get("settings") or {}),
    }
    ids = test_ids(len(raw_tests))
    tests, frames = [], []
    for test_id, raw in zip(ids, raw_tests, strict=True):
        hidden = bool(raw.get("hidden", False))
        tests.append(Test(test_id, str(raw.get("name", test_id)), hidden, raw, test_call(raw)))
        frames.append(_frame(test_id, raw))
    return run_and_judge(
        "django", "", header, tests, frames, _check, limits, config,
        runtime=spec.get("runtime") or "django",
    )  # fmt: skip


def _frame(test_id: str, raw: JSONObject) -> JSONObject:
    """What enters the sandbox for one test: fixtures and the inputs of each step, never what
    is expected of them."""
    steps = []
    for step in raw.get("steps") or []:
        inputs: JSONObject = {}
        if step.get("user"):
            inputs["user"] = step["user"]
        if "request" in step:
            inputs["request"] = wsgi_request(step["request"])
        elif "call" in step:
            inputs["call"] = step["call"]
            inputs["args"] = list(step.get("args") or [])
            inputs["kwargs"] = dict(step.get("kwargs") or {})
        else:
            inputs["query"] = step["query"]
        steps.append(inputs)
    return {
        "id": test_id,
        "hidden": bool(raw.get("hidden", False)),
        "fixtures": raw.get("fixtures") or {},
        "steps": steps,
    }


def describe_step(step: JSONObject) -> str:
    if "request" in step:
        request = step["request"]
        text = f"{request.get('method', 'GET')} {request.get('path', '/')}"
        return text + (f" as {step['user']}" if step.get("user") else "")
    if "call" in step:
        return f"{step['call']}(…)"
    return f"the rows of {step['query'].get('model')}"


def test_call(raw: JSONObject) -> str:
    """A test's steps in order: `GET /orders/ as ann; shop.services.place_order(1, qty=2)`."""
    parts = []
    for step in raw.get("steps") or []:
        if "call" in step and "request" not in step:
            args = [short(a, 30) for a in step.get("args") or []]
            args += [f"{k}={short(v, 30)}" for k, v in (step.get("kwargs") or {}).items()]
            parts.append(f"{step['call']}({', '.join(args)})")
        else:
            parts.append(describe_step(step))
    return "; ".join(parts)


def _check(test: Test, record: JSONObject) -> Check:
    stage = record.get("stage")
    if stage == "fixtures":
        exc = describe_exception(record.get("exc") or {})
        return Check(False, f"loading the test's data failed: {exc}", error=True)
    steps = test.spec.get("steps") or []
    reports = record.get("steps")
    if not isinstance(reports, list):
        return Check(False, "no result was reported")
    for number, step in enumerate(steps, start=1):
        what = f"step {number} ({describe_step(step)})"
        if number > len(reports):
            return Check(False, f"{what}: did not run")
        report = reports[number - 1]  # plain JSON around the shim's tagged values
        if not isinstance(report, dict):
            return Check(False, f"{what}: no result was reported")
        problem, error = _step_problem(step, report)
        if problem:
            return Check(False, f"{what}: {problem}", error=error)
    return Check(True, "passed")


def _step_problem(step: JSONObject, report: JSONObject) -> tuple[str, bool]:
    """What is wrong with one step's report ("" when nothing), and whether it was an error."""
    if "exc" in report:
        exc = describe_exception(report.get("exc") or {})
        if "call" in step and step.get("raises"):
            types = (report.get("exc") or {}).get("types") or []
            if step["raises"] in types:
                return "", False
            return f"expected {step['raises']}, got {exc}", True
        return f"failed: {exc}", True
    if report.get("counted") is not True:
        return "the SQL statements could not be counted (the counter was switched off)", False
    queries = int(report.get("queries", 0))
    problems = []
    if "request" in step:
        response = decode(report.get("response"))
        if not isinstance(response, dict):
            return "no response was reported", False
        problems = compare_response(step.get("expect") or {}, response)
    elif "call" in step:
        value = decode(report.get("value"))
        if step.get("raises"):
            problems.append(f"expected {step['raises']} to be raised, got {short(value)}")
        elif "expect" in step and not equal(step["expect"], value):
            problems.append(difference(step["expect"], value))
    elif "expect" in step:
        rows = decode(report.get("rows"))
        if not equal(step["expect"], rows):
            problems.append(difference(step["expect"], rows))
    limit = step.get("max_queries")
    if limit is not None and queries > int(limit):
        problems.append(f"made {queries} SQL queries, at most {limit} allowed")
    return "; ".join(problems), False
