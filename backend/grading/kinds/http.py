"""Grading of `http` exercises: each test imports the learner's WSGI module afresh in the
sandbox, sends the `before` requests and the `request`; status, headers and JSON body are
compared here with `expect`."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from .. import runner
from ..config import SandboxConfig
from ..generators import case_name, draw_requests, exercise_seed
from ..jsondata import JSONList, JSONObject
from ..judge import Check, Test, describe_exception, one_result_per_block
from ..limits import Limits
from ..references import remembered
from ..results import GradeResult, GradeStatus
from ..sandboxed import ReferenceFailed, run_and_judge, run_reference, test_ids
from ..values import Opaque, decode, difference, equal, short, subset


def grade_http(source: str, spec: JSONObject, limits: Limits, config: SandboxConfig) -> GradeResult:
    raw_tests = list(spec.get("tests") or [])
    if not raw_tests:
        return GradeResult.platform_error("http exercise has no tests")
    blocks = spec.get("generated") or []
    try:
        generated = generated_tests(spec, blocks, limits, config)
    except (ReferenceFailed, runner.PlatformError) as exc:
        return GradeResult.platform_error(str(exc))
    result = _grade_tests(source, raw_tests + generated, limits, config)
    if not blocks or result.status != GradeStatus.COMPLETED:
        return result
    return one_result_per_block(result, len(raw_tests), blocks)


def _grade_tests(
    source: str, raw_tests: JSONList, limits: Limits, config: SandboxConfig
) -> GradeResult:
    ids = test_ids(len(raw_tests))
    tests, frames = [], []
    for test_id, raw in zip(ids, raw_tests, strict=True):
        hidden = bool(raw.get("hidden"))
        tests.append(Test(test_id, str(raw.get("name", test_id)), hidden, raw, test_call(raw)))
        frames.append(_frame(test_id, raw))
    return run_and_judge("http", source, {}, tests, frames, _check, limits, config)


def _frame(test_id: str, raw: JSONObject) -> JSONObject:
    """What enters the sandbox for one test: its requests, never `expect`."""
    return {
        "id": test_id,
        "hidden": bool(raw.get("hidden", False)),
        "before": [wsgi_request(r) for r in raw.get("before") or []],
        "request": wsgi_request(raw["request"]),
    }


# --- generated hidden tests ------------------------------------------------------------------


def generated_tests(
    spec: JSONObject, blocks: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    """Hidden tests from the exercise's `generated` blocks: each case is a drawn sequence of
    requests; the reference application's answer to the last one is the expectation (its
    status, its media type or that it sends none, and its body: as JSON when it is JSON)."""
    if not blocks:
        return []
    seed = exercise_seed(spec)
    tests = []
    for block in blocks:
        for number, sequence in enumerate(draw_requests(block, seed), start=1):
            tests.append(
                {
                    "name": case_name(block, number),
                    "hidden": True,
                    "before": sequence[:-1],
                    "request": sequence[-1],
                }
            )
    expectations = reference_responses(spec, tests, limits, config)
    for test, expect in zip(tests, expectations, strict=True):
        test["expect"] = expect
    return tests


def reference_responses(
    spec: JSONObject, tests: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    """What the reference application answers to each test, as `expect` mappings; from a
    sandboxed run of its own, cached by what decides it."""
    return remembered(
        ["http", spec.get("solution"), tests], lambda: _run_reference(spec, tests, limits, config)
    )


def _run_reference(
    spec: JSONObject, tests: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    ids = test_ids(len(tests))
    frames = [_frame(test_id, test) for test_id, test in zip(ids, tests, strict=True)]
    outcome = run_reference("http", spec.get("solution") or "", {}, frames, limits, config)
    found = []
    for test_id, test in zip(ids, tests, strict=True):
        record = outcome.results.get(test_id) or {}
        response = decode(record.get("response")) if record.get("stage") == "done" else None
        if not isinstance(response, dict):
            why = "did not finish in time" if outcome.timed_out else "failed"
            raise ReferenceFailed(f"{test['name']}: the reference application {why}")
        found.append(_expectation(test["name"], response))
    return found


def _expectation(name: str, response: JSONObject) -> JSONObject:
    try:
        status = int(str(response.get("status")).split(" ", 1)[0])
    except ValueError:
        raise ReferenceFailed(f"{name}: the reference application sent no valid status") from None
    chunks = response.get("chunks") or []
    if any(not isinstance(c, bytes) for c in chunks):
        raise ReferenceFailed(f"{name}: the reference application's body is not bytes")
    text = b"".join(chunks).decode("utf-8", "replace")
    headers = {
        str(pair[0]).lower(): str(pair[1])
        for pair in reversed(response.get("headers") or [])
        if isinstance(pair, list) and len(pair) == 2
    }
    expect: JSONObject = {"status": status}
    content_type = headers.get("content-type")
    if content_type is None:
        expect["absent_headers"] = ["Content-Type"]
    else:
        expect["headers"] = {"Content-Type": content_type.split(";", 1)[0].strip()}
    if content_type and "json" in content_type.split(";", 1)[0]:
        try:
            expect["json"] = json.loads(text)
        except ValueError:
            expect["body"] = text
    else:
        expect["body"] = text
    return expect


def wsgi_request(req: JSONObject) -> JSONObject:
    """The parts of a PEP 3333 environ that depend on the request, built here in the worker."""
    method = str(req.get("method", "GET")).upper()
    path = str(req.get("path", "/"))
    query = req.get("query")
    if "?" in path:
        path, _, inline = path.partition("?")
        query = query or inline
    if isinstance(query, dict):
        query = urlencode(query, doseq=True)
    query = str(query or "").lstrip("?")
    body, content_type = b"", ""
    if req.get("json") is not None:
        body, content_type = json.dumps(req.get("json")).encode(), "application/json"
    elif req.get("body") is not None:
        body, content_type = str(req["body"]).encode(), "text/plain; charset=utf-8"
    environ = {"HTTP_HOST": "testserver", "CONTENT_LENGTH": str(len(body))}
    for name, value in (req.get("headers") or {}).items():
        key = str(name).upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            content_type = str(value)
        elif key == "CONTENT_LENGTH":
            # A test may send a length that disagrees with the body, or none at all (""), to
            # check how the application reads a request a client got wrong.
            if str(value) == "":
                environ.pop("CONTENT_LENGTH")
            else:
                environ["CONTENT_LENGTH"] = str(value)
        else:
            environ["HTTP_" + key] = str(value)
    if content_type:
        environ["CONTENT_TYPE"] = content_type
    return {"method": method, "path": path, "query": query, "body": body, "environ": environ}


def _describe_request(req: JSONObject) -> str:
    return f"{str(req.get('method', 'GET')).upper()} {req.get('path', '/')}"


def test_call(raw: JSONObject) -> str:
    """The requests a test sends, as a client writes them: `GET /items/?page=2`, the ones
    sent before it first."""
    return " then ".join(_request_line(req) for req in [*(raw.get("before") or []), raw["request"]])


def _request_line(req: JSONObject) -> str:
    wsgi = wsgi_request(req)
    target = wsgi["path"] + (f"?{wsgi['query']}" if wsgi["query"] else "")
    return f"{wsgi['method']} {target}"


def _check(test: Test, record: JSONObject) -> Check:
    stage = record.get("stage")
    if stage == "import":
        if record.get("missing"):
            return Check(False, "your code does not define app(environ, start_response)")
        exc = describe_exception(record.get("exc") or {})
        return Check(False, f"loading your code failed: {exc}", error=True)
    if stage == "before":
        index = int(record.get("index", 0))
        before = (test.spec.get("before") or [{}])[index]
        what = f"request {index + 1} before the test" + (
            f" ({_describe_request(before)})" if before else ""
        )
        exc = describe_exception(record.get("exc") or {})
        return Check(False, f"{what} failed: {exc}", error=True)
    if stage == "request":
        exc = describe_exception(record.get("exc") or {})
        return Check(False, f"the request failed: {exc}", error=True)
    response = decode(record.get("response"))
    if not isinstance(response, dict):
        return Check(False, "no response was reported")
    problems = compare_response(test.spec.get("expect") or {}, response)
    if not problems:
        return Check(True, "passed")
    return Check(False, "; ".join(problems))


def header_matches(name: str, expected: str, got: str) -> bool:
    """Header values compare exactly, except a Content-Type whose expected value names no
    parameters: then only the media type counts (case-insensitively), so an application that
    adds `; charset=utf-8` is right unless the exercise pins the parameters."""
    if name.lower() == "content-type" and ";" not in expected:
        return got.split(";", 1)[0].strip().lower() == expected.strip().lower()
    return got == expected


def compare_response(expect: JSONObject, response: JSONObject) -> list[str]:
    """What differs between the response and `expect`, one phrase per difference. A key whose
    value is null is not checked (stored specs spell absent optional keys that way)."""
    expect = {k: v for k, v in expect.items() if v is not None}
    problems = []
    status_line = response.get("status")
    try:
        status = int(str(status_line).split(" ", 1)[0])
    except ValueError:
        return [f"status: {short(status_line)} is not a valid status line"]
    if "status" in expect and int(expect["status"]) != status:
        problems.append(f"status: expected {expect['status']}, got {status_line}")

    headers: dict[str, str] = {}
    for pair in response.get("headers") or []:
        if isinstance(pair, list) and len(pair) == 2:
            headers.setdefault(str(pair[0]).lower(), str(pair[1]))
    for name, value in (expect.get("headers") or {}).items():
        got = headers.get(str(name).lower())
        if got is None:
            problems.append(f"headers: {name} is missing (expected {short(str(value))})")
        elif not header_matches(str(name), str(value), got):
            problems.append(f"headers: {name} expected {short(str(value))}, got {short(got)}")
    for name in expect.get("absent_headers") or []:
        got = headers.get(str(name).lower())
        if got is not None:
            problems.append(f"headers: {name} must not be sent, got {short(got)}")

    chunks = response.get("chunks") or []
    if any(not isinstance(c, bytes) for c in chunks):
        bad = next(c for c in chunks if not isinstance(c, bytes))
        kind = bad.type_name if isinstance(bad, Opaque) else type(bad).__name__
        problems.append(f"body: the application returned {kind} instead of bytes")
        return problems
    raw = b"".join(chunks)
    text = raw.decode("utf-8", "replace")
    declared = headers.get("content-length")
    if declared is not None and declared.strip() != str(len(raw)):
        # Whatever the exercise, a length that disagrees with the body breaks the response:
        # a client cuts the body short or waits for bytes that never come.
        problems.append(
            f"headers: Content-Length says {short(declared)}, but the body has {len(raw)} bytes"
        )
    if expect.get("body") == "" and chunks and text:
        problems.append(f"body: expected no body, got {short(text)}")
    elif "body" in expect and text != str(expect["body"]):
        problems.append(f"body: expected {short(str(expect['body']))}, got {short(text)}")
    if "json" in expect:
        try:
            body = json.loads(text)
        except ValueError:
            problems.append(f"body: expected JSON, got {short(text)}")
            return problems
        wanted = expect["json"]
        if expect.get("json_match", "exact") == "subset":
            if not subset(wanted, body):
                problems.append(f"body: expected at least {short(wanted)}, got {short(body)}")
        elif not equal(wanted, body):
            problems.append(f"body: {difference(wanted, body)}")
    return problems
