"""What a learner's *run* is graded against: the visible part of an exercise's tests.

A run (trying an answer before submitting it) never sees a hidden test, a generated case or,
for a `pytest` exercise, a buggy implementation: only what the learner may read already. The
results of a run therefore say nothing the exercise page does not.
"""

from __future__ import annotations

from .jsondata import JSONObject
from .kinds import KINDS

# The key of a `pytest` spec that asks for the run against the correct implementation alone.
REFERENCE_ONLY = "reference_only"


def visible_spec(kind: str, spec: JSONObject) -> JSONObject | None:
    """`spec` narrowed to its visible tests, or None when the kind has nothing to run (`choice`
    and `text`) or every test of the exercise is hidden."""
    declared = KINDS.get(kind)
    if declared is None or not declared.sandboxed:
        return None
    if kind == "pytest":
        # The learner's tests against the correct implementation: do they pass where they must?
        # Whether they catch the bugs is what a submission finds out.
        return {**spec, "bugs": [], REFERENCE_ONLY: True}
    tests = [test for test in spec.get("tests") or [] if not test.get("hidden")]
    if not tests:
        return None
    return {**spec, "tests": tests, "generated": []}
