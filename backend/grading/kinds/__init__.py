"""The exercise kinds the grader knows: each declared once, here.

A kind names its grading function (`grade_<kind>` in its own module, imported on first use so
that grading a quiz never imports the sandbox code), the key of a stored answer that holds what
the function receives, whether it runs learner code in the sandbox, and the runtime it needs.
The web app builds its own per-kind parts (serializers, admin) from this list, and a test fails
when the two sides disagree (tests/test_kind_registry.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..results import GradeResult


@dataclass(frozen=True)
class Kind:
    name: str
    answer_key: str  # the stored answer's field that holds what `grade_<name>` receives
    sandboxed: bool  # runs learner code in the bubblewrap sandbox
    answer_type: type  # what that field holds: text, a list of option ids, files by path
    runtime: str = "stdlib"  # the runtime its learner code imports from
    slow: bool = False  # one grading starts several sandboxes or a framework: sample its mutants
    explained: bool = False  # its private spec carries an explanation shown after an answer

    @property
    def grade(self) -> Callable[..., GradeResult]:
        """`grade_<name>(answer, spec[, limits, config])` from `grading.kinds.<name>`."""
        module = importlib.import_module(f"{__name__}.{self.name}")
        function: Callable[..., GradeResult] = getattr(module, f"grade_{self.name}")
        return function


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("choice", "choices", sandboxed=False, answer_type=list, explained=True),
        Kind("text", "text", sandboxed=False, answer_type=str, explained=True),
        Kind("code", "source", sandboxed=True, answer_type=str),
        Kind("sql", "query", sandboxed=True, answer_type=str),
        Kind("http", "source", sandboxed=True, answer_type=str),
        Kind("pytest", "source", sandboxed=True, answer_type=str, runtime="django", slow=True),
        Kind("django", "files", sandboxed=True, answer_type=dict, runtime="django", slow=True),
    )
}
SANDBOXED = tuple(name for name, kind in KINDS.items() if kind.sandboxed)
