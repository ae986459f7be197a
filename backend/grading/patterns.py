"""The regular expressions authors write for `text` exercises, compiled by RE2.

RE2 matches in time linear in the input, whatever the pattern: `(a+)+b` cannot stall a request
the way it stalls a backtracking engine. The price is a smaller syntax: no backreferences and
no lookaround, and `\\w`, `\\d`, `\\s` and `\\b` are ASCII-only (usually what a rule about
identifiers or commands means). A pattern RE2 cannot compile is refused when it is written,
with RE2's reason.
"""

from __future__ import annotations

import functools
from typing import Any

import re2

MAX_PATTERN_CHARS = 500
# RE2 bounds the memory of one compiled pattern; a pattern needing more is refused when
# written rather than failing later.
MAX_PROGRAM_BYTES = 1 << 20


class PatternError(ValueError):
    """The pattern is not one RE2 accepts; the message says why."""


@functools.lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Any:  # re2's compiled pattern; re2 has no type information
    """The compiled pattern, or `PatternError` with the reason it cannot be used."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternError(f"a pattern may have at most {MAX_PATTERN_CHARS} characters")
    options = re2.Options()
    options.log_errors = False
    options.max_mem = MAX_PROGRAM_BYTES
    try:
        return re2.compile(pattern, options=options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "invalid pattern"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None


def pattern_problem(pattern: str) -> str:
    """Why `pattern` cannot be used, or "" when it can."""
    try:
        compile_pattern(pattern)
    except PatternError as exc:
        return str(exc)
    return ""


def full_match(pattern: str, text: str) -> bool:
    return compile_pattern(pattern).fullmatch(text) is not None
