"""The part of a spec a run is graded against (`grading.visible`), called directly."""

from __future__ import annotations

from grading.jsondata import JSONObject
from grading.visible import REFERENCE_ONLY, visible_spec

SPEC: JSONObject = {
    "solution": "def add(a, b):\n    return a + b\n",
    "tests": [
        {"name": "shown", "call": "add", "args": [1, 2], "expect": 3},
        {"name": "secret", "call": "add", "args": [40, 2], "expect": 42, "hidden": True},
    ],
    "generated": [{"name": "random sums", "count": 10}],
}


def test_a_run_keeps_the_visible_tests_and_drops_hidden_and_generated_ones() -> None:
    for kind in ("code", "sql", "http", "django"):
        narrowed = visible_spec(kind, SPEC)
        assert narrowed is not None
        assert [test["name"] for test in narrowed["tests"]] == ["shown"]
        assert narrowed["generated"] == []
        assert narrowed["solution"] == SPEC["solution"]
    assert len(SPEC["tests"]) == 2  # the exercise's own spec is left as it was


def test_there_is_nothing_to_run_for_quizzes_or_when_every_test_is_hidden() -> None:
    assert visible_spec("choice", {"options": []}) is None
    assert visible_spec("text", {"accepted": ["x"]}) is None
    assert visible_spec("code", {"tests": [{"name": "secret", "hidden": True}]}) is None
    assert visible_spec("no-such-kind", SPEC) is None


def test_a_pytest_run_tries_the_correct_implementation_alone() -> None:
    spec: JSONObject = {"reference": "def f(): ...", "bugs": [{"name": "b", "source": "x"}]}
    narrowed = visible_spec("pytest", spec)
    assert narrowed is not None
    assert narrowed["bugs"] == []
    assert narrowed[REFERENCE_ONLY] is True
