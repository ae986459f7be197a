"""Grading of `code` exercises: calls of learner functions (or methods of a learner object, or
trusted expressions) in the sandbox; the values come back and are compared here."""

from __future__ import annotations

from ..config import SandboxConfig
from ..judge import Check, Test, describe_exception, is_memory_error
from ..limits import Limits
from ..results import GradeResult
from ..sandboxed import run_and_judge, test_ids
from ..values import decode, equal, same_items, short

DEFAULT_TOLERANCE = 1e-6


def grade_code(source: str, spec: dict, limits: Limits, config: SandboxConfig) -> GradeResult:
    raw_tests = spec.get("tests") or []
    if not raw_tests:
        return GradeResult.platform_error("code exercise has no tests")
    ids = test_ids(len(raw_tests))
    tests, frames = [], []
    for test_id, raw in zip(ids, raw_tests, strict=True):
        hidden = bool(raw.get("hidden", False))
        tests.append(Test(test_id, str(raw.get("name", test_id)), hidden, raw))
        frames.append({"id": test_id, "hidden": hidden, **_inputs(raw)})
    header = {"harness": spec.get("harness") or None}
    return run_and_judge("code", source, header, tests, frames, _check, limits, config)


def _inputs(raw: dict) -> dict:
    """What enters the sandbox for one test: the call and its arguments, never `expect`."""
    if "object" in raw:
        obj = raw["object"] or {}
        return {
            "mode": "object",
            "object": {
                "class": str(obj.get("class", "")),
                "args": list(obj.get("args") or []),
                "kwargs": dict(obj.get("kwargs") or {}),
            },
            "steps": [
                {
                    "call": str(step.get("call", "")),
                    "args": list(step.get("args") or []),
                    "kwargs": dict(step.get("kwargs") or {}),
                }
                for step in raw.get("steps") or []
            ],
        }
    if "expr" in raw:
        return {"mode": "expr", "expr": str(raw["expr"])}
    return {
        "mode": "call",
        "call": str(raw.get("call", "")),
        "args": list(raw.get("args") or []),
        "kwargs": dict(raw.get("kwargs") or {}),
    }


def _check(test: Test, record: dict) -> Check:
    outcomes = record.get("outcomes")
    if not isinstance(outcomes, list) or not outcomes:
        return Check(False, "no result was reported")
    spec = test.spec
    if "object" not in spec:
        return _check_one(spec, outcomes[0], test.hidden, "")
    built = outcomes[0]
    if isinstance(built, dict) and "exc" in built:
        cls = spec["object"].get("class", "the class")
        message = describe_exception(built["exc"], hidden=test.hidden)
        return Check(
            False,
            f"creating {cls} failed: {message}",
            error=True,
            memory=is_memory_error(built["exc"]),
        )
    steps = spec.get("steps") or []
    # A test-level `compare`/`tolerance` applies to every step that does not set its own.
    inherited = {key: spec[key] for key in ("compare", "tolerance", "no_alias") if key in spec}
    steps = [{**inherited, **step} for step in steps]
    if len(outcomes) != len(steps) + 1:
        return Check(False, "not every step reported a result")
    for number, (step, outcome) in enumerate(zip(steps, outcomes[1:], strict=True), start=1):
        if "expect" not in step and "raises" not in step:
            if isinstance(outcome, dict) and "exc" in outcome:
                step = {**step, "raises": None}
            else:
                continue
        label = f"step {number}" if test.hidden else f"step {number}, {_call_text(step)}"
        result = _check_one(step, outcome, test.hidden, label + ": ")
        if not result.passed:
            return result
    return Check(True, "passed")


def _check_value_facts(spec: dict, outcome: dict, got, label: str) -> Check:
    """The checks beyond equality, from what the shim observed of the value: its exact type
    (`type`: `bool` is not `int`, `float` is not `int`) and that it shares no list, dict or
    set with the arguments (`no_alias`)."""
    wanted = spec.get("type")
    reported = outcome.get("type")
    if wanted and reported != wanted:
        return Check(False, label + f"expected type {wanted}, got {reported}: {short(got)}")
    if spec.get("no_alias") and outcome.get("aliases"):
        return Check(
            False,
            label + "the result shares a list, dict or set with the arguments, so changing "
            "the result would change the caller's data: build a new one",
        )
    return Check(True, "passed")


def _call_text(step: dict) -> str:
    args = [short(a, 30) for a in step.get("args") or []]
    args += [f"{k}={short(v, 30)}" for k, v in (step.get("kwargs") or {}).items()]
    return f"{step.get('call', '')}({', '.join(args)})"


def _check_one(spec: dict, outcome, hidden: bool, label: str) -> Check:
    if not isinstance(outcome, dict):
        return Check(False, label + "no result was reported")
    expected_raise = spec.get("raises")
    if "exc" in outcome:
        exc = outcome["exc"] or {}
        types = exc.get("types") or []
        if expected_raise and expected_raise in types:
            return Check(True, "passed")
        message = describe_exception(exc, hidden=hidden)
        if expected_raise and not hidden:
            message = f"expected {expected_raise}, but your code raised {message}"
        return Check(False, label + message, error=True, memory=is_memory_error(exc))
    got = decode(outcome.get("value"))
    if expected_raise:
        if hidden:
            return Check(False, label + "wrong result (hidden test)")
        return Check(False, label + f"expected {expected_raise} to be raised, got {short(got)}")
    expected = spec.get("expect")
    compare = spec.get("compare", "exact")
    if compare == "approx":
        tolerance = float(spec.get("tolerance", DEFAULT_TOLERANCE) or DEFAULT_TOLERANCE)
        ok = equal(expected, got, tolerance=tolerance)
    elif compare == "unordered" and isinstance(expected, list | tuple):
        ok = same_items(list(expected), got) if isinstance(got, list) else False
    else:
        ok = equal(expected, got)
    if ok:
        return _check_value_facts(spec, outcome, got, label)
    if hidden:
        return Check(False, label + "wrong result (hidden test)")
    message = f"expected {short(expected)}, got {short(got)}"
    if compare == "unordered":
        message += " (in any order)"
    elif compare == "approx":
        message += f" (within {spec.get('tolerance', DEFAULT_TOLERANCE)})"
    return Check(False, label + message)
