"""Grading of `sql` exercises: the learner's single statement runs in the sandbox on a fresh
SQLite database; the reference solution runs here, in the worker (trusted, time-bounded), on
the same database, and the rows are compared."""

from __future__ import annotations

import math
import sqlite3
import time
from collections import Counter

from ..config import SandboxConfig
from ..judge import Check, Test
from ..limits import Limits
from ..results import FAIL, WRONG_ANSWER, GradeResult, TestResult
from ..sandboxed import run_and_judge, test_ids
from ..values import decode, short

SHOWN_ROWS = 3
REFERENCE_STEPS = 1000  # SQLite VM instructions between two deadline checks


class SolutionFailed(Exception):
    """The exercise's own solution or schema failed: a content bug, reported as platform error."""


def grade_sql(statement: str, spec: dict, limits: Limits, config: SandboxConfig) -> GradeResult:
    raw_tests = spec.get("tests") or []
    if not raw_tests:
        return GradeResult.platform_error("sql exercise has no tests")
    problem = single_statement_problem(statement)
    if problem:
        names = [(str(t.get("name", "")), bool(t.get("hidden", False))) for t in raw_tests]
        tests = [TestResult(name, FAIL, problem, "", 0, hidden) for name, hidden in names]
        return GradeResult.judged(WRONG_ANSWER, tests, sandboxed=False)

    ids = test_ids(len(raw_tests))
    tests, frames = [], []
    check_query = spec.get("check_query") or None
    for test_id, raw in zip(ids, raw_tests, strict=True):
        seed = raw["seed"] if raw.get("seed") is not None else spec.get("seed", "")
        hidden = bool(raw.get("hidden", False))
        try:
            expected = reference_rows(
                spec["schema"], seed or "", spec["solution"], check_query, limits.time_ms / 1000
            )
        except SolutionFailed as exc:
            return GradeResult.platform_error(f"test {raw.get('name')!r}: {exc}")
        test_spec = {
            "expected": expected,
            "ordered": bool(spec.get("ordered", False)),
            "check": bool(check_query),
        }
        tests.append(Test(test_id, str(raw.get("name", test_id)), hidden, test_spec))
        frames.append(
            {
                "id": test_id,
                "hidden": hidden,
                "schema": spec["schema"],
                "seed": seed or "",
                "check_query": check_query,
            }
        )
    return run_and_judge("sql", statement, {}, tests, frames, _check, limits, config)


def single_statement_problem(statement: str) -> str:
    """Why `statement` is not exactly one SQL statement, or "" when it is."""
    code, index, length = [], 0, len(statement)
    while index < length:
        char = statement[index]
        if statement.startswith("--", index):
            end = statement.find("\n", index)
            index = length if end < 0 else end
            continue
        if statement.startswith("/*", index):
            end = statement.find("*/", index + 2)
            index = length if end < 0 else end + 2
            code.append(" ")
            continue
        if char in "'\"`[":
            close = "]" if char == "[" else char
            end = index + 1
            while end < length:
                if statement[end] == close:
                    if end + 1 < length and statement[end + 1] == close and close != "]":
                        end += 2
                        continue
                    break
                end += 1
            code.append("x")
            index = end + 1
            continue
        code.append(char)
        index += 1
    parts = [p.strip() for p in "".join(code).split(";")]
    if not parts[0]:
        return "your answer holds no SQL statement"
    if any(parts[1:]):
        return "send exactly one SQL statement (found more than one, separated by ';')"
    return ""


def reference_rows(schema, seed, solution, check_query, budget_s: float) -> dict:
    """Run the trusted solution on a fresh database; its rows (or check_query's after it)."""
    con = sqlite3.connect(":memory:", isolation_level=None)
    deadline = time.monotonic() + max(budget_s, 1.0)
    con.set_progress_handler(lambda: time.monotonic() > deadline, REFERENCE_STEPS)
    try:
        con.executescript(schema)
        if seed:
            con.executescript(seed)
        cursor = con.execute(solution)
        rows = _rows_of(cursor)
        if check_query:
            rows = _rows_of(con.execute(check_query))
        return rows
    except sqlite3.Error as exc:
        raise SolutionFailed(f"the reference solution failed: {exc}") from exc
    finally:
        con.close()


def _rows_of(cursor) -> dict:
    columns = [d[0] for d in cursor.description] if cursor.description else []
    return {"columns": columns, "rows": [list(r) for r in cursor.fetchall()]}


def _check(test: Test, record: dict) -> Check:
    stage = record.get("stage")
    if stage != "done":
        exc = record.get("exc") or {}
        kind = (exc.get("types") or ["Error"])[0]
        if stage == "statement":
            if test.hidden:
                return Check(False, f"your statement failed: {kind} (hidden test)", error=True)
            return Check(False, f"your statement failed: {exc.get('message') or kind}", error=True)
        return Check(False, "the test database could not be checked", error=True)
    got = decode(record.get("rows"))
    if not isinstance(got, dict):
        return Check(False, "no rows were reported")
    if test.spec["check"]:
        got = got.get("check") or {}
    expected = test.spec["expected"]
    message = compare_rows(expected, got, ordered=test.spec["ordered"])
    if not message:
        return Check(True, "passed")
    if test.hidden:
        return Check(False, "wrong result (hidden test)")
    if test.spec["check"]:
        message = "after your statement, the check query found different data: " + message
    return Check(False, message)


def compare_rows(expected: dict, got: dict, *, ordered: bool) -> str:
    """ "" when equal, else what differs: columns (case-insensitive), missing/extra rows, order."""
    want_cols, got_cols = expected["columns"], list(got.get("columns") or [])
    if [c.lower() for c in want_cols] != [str(c).lower() for c in got_cols]:
        return f"columns differ: expected {_names(want_cols)}, got {_names(got_cols)}"
    if got.get("truncated"):
        return f"your statement returned too many rows (expected {len(expected['rows'])})"
    want = [tuple(_norm(v) for v in row) for row in expected["rows"]]
    have = [tuple(_norm(v) for v in row) for row in got.get("rows") or []]
    missing = list((Counter(want) - Counter(have)).elements())
    extra = list((Counter(have) - Counter(want)).elements())
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"{_count(len(missing))} missing, e.g. {_rows(missing)}")
        if extra:
            parts.append(f"{_count(len(extra))} not expected, e.g. {_rows(extra)}")
        return "; ".join(parts)
    if ordered and want != have:
        index = next(i for i, (a, b) in enumerate(zip(want, have, strict=True)) if a != b)
        return (
            f"the rows are in the wrong order: row {index + 1} should be "
            f"{short(want[index])}, got {short(have[index])}"
        )
    return ""


def _norm(value):
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return round(value, 9) if math.isfinite(value) else value
    return value


def _names(columns) -> str:
    return "(" + ", ".join(str(c) for c in columns) + ")"


def _count(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _rows(rows: list) -> str:
    shown = ", ".join(short(r, 60) for r in rows[:SHOWN_ROWS])
    return shown + (", …" if len(rows) > SHOWN_ROWS else "")
