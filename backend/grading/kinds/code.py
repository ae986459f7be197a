"""Grading of `code` exercises: calls of learner functions (or methods of a learner object, or
trusted expressions) in the sandbox; the values come back and are compared here."""

from __future__ import annotations

from .. import runner
from ..config import SandboxConfig
from ..generators import case_name, draw_cases, exercise_seed
from ..jsondata import JSONList, JSONObject
from ..judge import Check, Test, describe_exception, is_memory_error, one_result_per_block
from ..limits import Limits
from ..references import remembered
from ..results import GradeResult, GradeStatus
from ..sandboxed import ReferenceFailed, run_and_judge, run_reference, test_ids
from ..values import Opaque, decode, equal, same_items, short

DEFAULT_TOLERANCE = 1e-6
# What a generated case inherits from its block.
CASE_KEYS = ("call", "compare", "tolerance", "type", "no_alias")


def grade_code(source: str, spec: JSONObject, limits: Limits, config: SandboxConfig) -> GradeResult:
    raw_tests = list(spec.get("tests") or [])
    if not raw_tests:
        return GradeResult.platform_error("code exercise has no tests")
    blocks = spec.get("generated") or []
    try:
        generated = generated_tests(spec, blocks, limits, config)
    except (ReferenceFailed, runner.PlatformError) as exc:
        return GradeResult.platform_error(str(exc))
    result = _grade_tests(source, spec, raw_tests + generated, limits, config)
    if not blocks or result.status != GradeStatus.COMPLETED:
        return result
    return one_result_per_block(result, len(raw_tests), blocks)


def _grade_tests(
    source: str, spec: JSONObject, raw_tests: JSONList, limits: Limits, config: SandboxConfig
) -> GradeResult:
    ids = test_ids(len(raw_tests))
    tests, frames = [], []
    for test_id, raw in zip(ids, raw_tests, strict=True):
        hidden = bool(raw.get("hidden", False))
        tests.append(Test(test_id, str(raw.get("name", test_id)), hidden, raw, test_call(raw)))
        frames.append({"id": test_id, "hidden": hidden, **_inputs(raw)})
    header = {"harness": spec.get("harness") or None}
    return run_and_judge("code", source, header, tests, frames, _check, limits, config)


# --- generated hidden tests ------------------------------------------------------------------


def generated_tests(
    spec: JSONObject, blocks: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    """The hidden tests drawn from the exercise's `generated` blocks, with the reference
    solution's outcomes as their expectations. Inputs are drawn with a seed taken from the
    exercise itself, so they change only when the exercise does."""
    if not blocks:
        return []
    seed = exercise_seed(spec)
    tests = []
    for block in blocks:
        inherited = {key: block[key] for key in CASE_KEYS if key in block}
        for number, case in enumerate(draw_cases(block, seed), start=1):
            name = case_name(block, number)
            tests.append({"name": name, "hidden": True, **inherited, **case})
    outcomes = reference_outcomes(spec, tests, limits, config)
    for test, outcome in zip(tests, outcomes, strict=True):
        test.update(outcome)
    return tests


def reference_outcomes(
    spec: JSONObject, tests: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    """What the reference solution returns (`expect`) or raises (`raises`) for each test, from
    a sandboxed run of its own (exercise code is untrusted too); cached by what decides it."""
    return remembered(
        ["code", spec.get("solution"), spec.get("harness"), tests],
        lambda: _run_reference(spec, tests, limits, config),
    )


def _run_reference(
    spec: JSONObject, tests: JSONList, limits: Limits, config: SandboxConfig
) -> JSONList:
    ids = test_ids(len(tests))
    frames = [{"id": i, "hidden": True, **_inputs(t)} for i, t in zip(ids, tests, strict=True)]
    header = {"harness": spec.get("harness") or None}
    outcome = run_reference("code", spec.get("solution") or "", header, frames, limits, config)
    imported = outcome.import_record or {}
    if not imported.get("ok"):
        raise ReferenceFailed("the reference solution did not load for the generated tests")
    found = []
    for test_id, test in zip(ids, tests, strict=True):
        record = outcome.results.get(test_id) or {}
        first = (record.get("outcomes") or [None])[0]
        if not isinstance(first, dict):
            why = "did not finish in time" if outcome.timed_out else "gave no result"
            raise ReferenceFailed(f"{test['name']}: the reference solution {why}")
        if "exc" in first:
            types = (first["exc"] or {}).get("types") or ["Exception"]
            found.append({"raises": types[0]})
            continue
        value = decode(first.get("value"))
        if _holds_opaque(value):
            raise ReferenceFailed(f"{test['name']}: the reference solution returned {value!r}, "
                                 "which is not plain data")  # fmt: skip
        found.append({"expect": value})
    return found


def _holds_opaque(value: object) -> bool:
    if isinstance(value, Opaque):
        return True
    if isinstance(value, list):
        return any(_holds_opaque(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_opaque(v) for v in value.values())
    return False


def _inputs(raw: JSONObject) -> JSONObject:
    """What enters the sandbox for one test: the call and its arguments, never `expect`; and,
    for `no_alias` tests, the request to look for containers the result shares with them."""
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
                    "aliases": bool(step.get("no_alias", raw.get("no_alias", False))),
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
        "aliases": bool(raw.get("no_alias", False)),
    }


def _check(test: Test, record: JSONObject) -> Check:
    outcomes = record.get("outcomes")
    if not isinstance(outcomes, list) or not outcomes:
        return Check(False, "no result was reported")
    spec = test.spec
    if "object" not in spec:
        return _check_one(spec, outcomes[0], "")
    built = outcomes[0]
    if isinstance(built, dict) and "exc" in built:
        cls = spec["object"].get("class", "the class")
        message = describe_exception(built["exc"])
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
        result = _check_one(step, outcome, f"step {number}, {_call_text(step)}: ")
        if not result.passed:
            return result
    return Check(True, "passed")


def _check_value_facts(spec: JSONObject, outcome: JSONObject, got: object, label: str) -> Check:
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


def test_call(raw: JSONObject) -> str:
    """What a test does, written as Python: `slugify('Hello World')`, an expression, or
    `Stack().push(1); .pop()` for the steps on an object."""
    if "object" in raw:
        obj = raw["object"] or {}
        built = _call_text({"call": obj.get("class", ""), **obj})
        steps = [_call_text(step) for step in raw.get("steps") or []]
        return "; ".join([f"x = {built}", *(f"x.{step}" for step in steps)])
    if "expr" in raw:
        return str(raw["expr"])
    return _call_text(raw)


def _call_text(step: JSONObject) -> str:
    args = [short(a, 30) for a in step.get("args") or []]
    args += [f"{k}={short(v, 30)}" for k, v in (step.get("kwargs") or {}).items()]
    return f"{step.get('call', '')}({', '.join(args)})"


def _check_one(spec: JSONObject, outcome: object, label: str) -> Check:
    if not isinstance(outcome, dict):
        return Check(False, label + "no result was reported")
    expected_raise = spec.get("raises")
    if "exc" in outcome:
        exc = outcome["exc"] or {}
        types = exc.get("types") or []
        if expected_raise and expected_raise in types:
            return Check(True, "passed")
        message = describe_exception(exc)
        if expected_raise:
            message = f"expected {expected_raise}, but your code raised {message}"
        return Check(False, label + message, error=True, memory=is_memory_error(exc))
    got = decode(outcome.get("value"))
    if expected_raise:
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
    message = f"expected {short(expected)}, got {short(got)}"
    if compare == "unordered":
        message += " (in any order)"
    elif compare == "approx":
        message += f" (within {spec.get('tolerance', DEFAULT_TOLERANCE)})"
    return Check(False, label + message)
