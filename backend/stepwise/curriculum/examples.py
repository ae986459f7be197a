"""Visible tests rendered for learners as readable examples (hidden tests are never shown)."""

import json

from grading.text import truncate

_MAX = 400


def _short(text: str) -> str:
    return truncate(text, _MAX)


def _call(name: str, args: list, kwargs: dict) -> str:
    parts = [repr(arg) for arg in args or []]
    parts += [f"{key}={value!r}" for key, value in (kwargs or {}).items()]
    return f"{name}({', '.join(parts)})"


def _outcome(step: dict) -> str:
    if "raises" in step:
        return f"raises {step['raises']}"
    return repr(step.get("expect"))


def code_example(test: dict) -> dict:
    if "object" in test:
        obj = test["object"]
        lines = [
            f"obj = {_call(obj.get('class', '?'), obj.get('args', []), obj.get('kwargs', {}))}"
        ]
        results = []
        for step in test.get("steps", []):
            call = _call(f"obj.{step['call']}", step.get("args", []), step.get("kwargs", {}))
            if "expect" in step or "raises" in step:
                lines.append(f"{call}  # -> {_outcome(step)}")
                results.append(_outcome(step))
            else:
                lines.append(call)
        return {"input": "\n".join(lines), "expected": "; ".join(results)}
    if "expr" in test:
        return {"input": test["expr"], "expected": _outcome(test)}
    return {
        "input": _call(test.get("call", "?"), test.get("args", []), test.get("kwargs", {})),
        "expected": _outcome(test),
    }


def http_example(test: dict) -> dict:
    request = test.get("request", {})
    query = request.get("query")
    target = request.get("path", "/")
    if isinstance(query, dict) and query:
        target += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    elif isinstance(query, str) and query:
        target += "?" + query
    lines = [f"{request.get('method', 'GET')} {target}"]
    lines += [f"{name}: {value}" for name, value in (request.get("headers") or {}).items()]
    if "json" in request:
        lines.append(json.dumps(request["json"]))
    expect = test.get("expect", {})
    expected = [str(expect.get("status", ""))]
    expected += [f"{name}: {value}" for name, value in (expect.get("headers") or {}).items()]
    if "json" in expect:
        expected.append(json.dumps(expect["json"]))
    return {"input": "\n".join(lines), "expected": "\n".join(expected)}


def public_examples(kind: str, private_spec: dict) -> list[dict]:
    render = {"code": code_example, "http": http_example}.get(kind)
    if render is None:
        return []
    examples = []
    for test in private_spec.get("tests", []):
        if test.get("hidden"):
            continue
        rendered = render(test)
        examples.append(
            {
                "name": test.get("name", ""),
                "input": _short(rendered["input"]),
                "expected": _short(rendered["expected"]),
            }
        )
    return examples
