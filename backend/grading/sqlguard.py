"""What SQL the platform lets through, wherever it runs: the statements that reach past the
in-memory database of a run (ATTACH, DETACH, VACUUM INTO, PRAGMA, load_extension) are refused.

Exercise authors write schemas, seeds, solutions and check queries through the API; that text
is untrusted, like a learner's answer. It only ever runs inside the sandbox, on a connection
hardened by the shim (which keeps its own copy of `harden`, because nothing is imported into
the sandbox); `forbidden_sql_problem` refuses such text when it is written, so an author learns
at once instead of through a broken exercise.
"""

from __future__ import annotations

import re
import sqlite3

# Outside string literals and quoted identifiers, these words reach the file system or the
# engine's configuration. VACUUM only writes a file with INTO, but nothing an exercise needs
# is lost by refusing it whole.
FORBIDDEN_WORDS = ("attach", "detach", "pragma", "vacuum", "load_extension")
_FORBIDDEN = re.compile(r"\b(" + "|".join(FORBIDDEN_WORDS) + r")\b", re.IGNORECASE)
_DENIED_ACTIONS = frozenset({sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH, sqlite3.SQLITE_PRAGMA})


def code_outside_literals(sql: str) -> str:
    """`sql` with comments blanked and every quoted string or identifier replaced by `x`, so
    what is left are keywords, names and punctuation."""
    code, index, length = [], 0, len(sql)
    while index < length:
        char = sql[index]
        if sql.startswith("--", index):
            end = sql.find("\n", index)
            index = length if end < 0 else end
            continue
        if sql.startswith("/*", index):
            end = sql.find("*/", index + 2)
            index = length if end < 0 else end + 2
            code.append(" ")
            continue
        if char in "'\"`[":
            close = "]" if char == "[" else char
            end = index + 1
            while end < length:
                if sql[end] == close:
                    if end + 1 < length and sql[end + 1] == close and close != "]":
                        end += 2
                        continue
                    break
                end += 1
            code.append("x")
            index = end + 1
            continue
        code.append(char)
        index += 1
    return "".join(code)


def forbidden_sql_problem(sql: str) -> str:
    """Why `sql` may not run on the platform, or "" when it may."""
    found = _FORBIDDEN.search(code_outside_literals(sql or ""))
    if not found:
        return ""
    word = found.group(1).upper()
    return (
        f"{word} is not allowed: exercise SQL runs on a private in-memory database and may not "
        "attach files, change engine settings or load extensions"
    )


def _authorize(  # sqlite3's authorizer callback
    action: int, arg1: str | None, arg2: str | None, database: str | None, trigger: str | None
) -> int:
    if action in _DENIED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and str(arg2).lower() == "load_extension":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def harden(connection: sqlite3.Connection) -> None:
    """Refuse, on this connection, every statement that could reach outside its database."""
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    connection.set_authorizer(_authorize)
