"""The explanation a `choice` or `text` exercise shows after an answer.

It is Markdown written by the exercise's author, a paragraph or two saying why the right answer
is right (and, for a choice, why the tempting options are wrong). It lives in the private spec,
so it never reaches a learner before they answer. Grading never reads it; the web app and the
curriculum checker hold it to these bounds.
"""

from __future__ import annotations

from .kinds import KINDS

MAX_EXPLANATION_CHARS = 1200
EXPLAINED_KINDS = tuple(name for name, kind in KINDS.items() if kind.explained)


def explanation_problem(value: object) -> str:
    """Why `value` cannot be an exercise's explanation, or "" when it can."""
    if not isinstance(value, str):
        return "an explanation is Markdown text"
    if not value.strip():
        return "an explanation is not blank"
    if len(value.strip()) > MAX_EXPLANATION_CHARS:
        return (
            f"an explanation has at most {MAX_EXPLANATION_CHARS} characters, "
            f"not {len(value.strip())}"
        )
    return ""
