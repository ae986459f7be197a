"""Cutting text to a length for messages and shown output: the one helper for it, for the
grader and the web app alike (not to be confused with `grading.kinds.text`, the kind)."""

from __future__ import annotations

ELLIPSIS = "…"


def truncate(text: str, limit: int, *, marker: str = ELLIPSIS) -> str:
    """`text` unchanged when it has at most `limit` characters; else its start followed by
    `marker`, `limit` characters in all, so a reader sees that something was cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(marker))] + marker
