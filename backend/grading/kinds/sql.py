"""Grading of `sql` exercises: the learner's single statement runs in the sandbox on a fresh
SQLite database built from the exercise's schema and seed; so does the reference solution, in a
run of its own (exercise SQL is written through the API and is as untrusted as the answer), and
the rows are compared here. Reference rows are cached per exercise content, so an exercise pays
for its reference run once per worker process."""

from __future__ import annotations

import math
from collections import Counter

from .. import runner
from ..config import SandboxConfig
from ..generators import case_name, draw_seeds, exercise_seed
from ..jsondata import JSONList, JSONObject
from ..judge import Check, Test, one_result_per_block
from ..limits import Limits
from ..references import remembered
from ..results import GradeResult, GradeStatus, TestResult, TestStatus, Verdict
from ..sandboxed import ReferenceFailed, run_and_judge, run_reference, test_ids
from ..sqlguard import code_outside_literals
from ..values import decode, short

SHOWN_ROWS = 3


_REFERENCE_STAGES = {
    "setup": "the exercise's schema or seed",
    "statement": "the reference solution",
    "check": "the check query",
}


NOT_SENT = "not run: the statement was refused before any test"


def grade_sql(
    statement: str, spec: JSONObject, limits: Limits, config: SandboxConfig
) -> GradeResult:
    raw_tests = spec.get("tests") or []
    if not raw_tests:
        return GradeResult.platform_error("sql exercise has no tests")
    problem = single_statement_problem(statement)
    if problem:
        names = [(str(t.get("name", "")), bool(t.get("hidden", False))) for t in raw_tests]
        refused = [
            TestResult(name, TestStatus.NOT_RUN, NOT_SENT, "", None, hidden)
            for name, hidden in names
        ]
        return GradeResult.judged(Verdict.WRONG_ANSWER, refused, sandboxed=False, message=problem)

    written = len(raw_tests)
    blocks = spec.get("generated") or []
    raw_tests = list(raw_tests) + generated_tests(spec, blocks)
    ids = test_ids(len(raw_tests))
    check_query = spec.get("check_query") or None
    frames = []
    for test_id, raw in zip(ids, raw_tests, strict=True):
        seed = raw["seed"] if raw.get("seed") is not None else spec.get("seed", "")
        frames.append(
            {
                "id": test_id,
                "hidden": bool(raw.get("hidden", False)),
                "schema": spec["schema"],
                "seed": seed or "",
                "check_query": check_query,
                "ordered": bool(spec.get("ordered", False)),
            }
        )
    try:
        expected_rows = reference_rows(spec["solution"], raw_tests, frames, limits, config)
    except (ReferenceFailed, runner.PlatformError) as exc:
        return GradeResult.platform_error(str(exc))
    tests = [
        Test(
            frame["id"],
            str(raw.get("name", frame["id"])),
            frame["hidden"],
            {"expected": expected, "ordered": bool(spec.get("ordered", False)),
             "check": bool(check_query)},
            # What a SQL test does is always the same statement: its name says which data.
            f"your statement on the data of {str(raw.get('name', ''))!r}",
        )
        for frame, raw, expected in zip(frames, raw_tests, expected_rows, strict=True)
    ]  # fmt: skip
    result = run_and_judge("sql", statement, {}, tests, frames, _check, limits, config)
    if not blocks or result.status != GradeStatus.COMPLETED:
        return result
    return one_result_per_block(result, written, blocks)


def generated_tests(spec: JSONObject, blocks: JSONList) -> list[JSONObject]:
    """Hidden tests on random databases drawn from the exercise's `generated` blocks; the
    reference solution's rows on each are the expectation, like for any other test."""
    seed = exercise_seed(spec)
    tests = []
    for block in blocks:
        prefix = (spec.get("seed") or "") + "\n" if block.get("keep_seed") else ""
        for number, script in enumerate(draw_seeds(block, seed), start=1):
            tests.append(
                {"name": case_name(block, number), "hidden": True, "seed": prefix + script}
            )
    return tests


def single_statement_problem(statement: str) -> str:
    """Why `statement` is not exactly one SQL statement, or "" when it is."""
    parts = [p.strip() for p in code_outside_literals(statement).split(";")]
    if not parts[0]:
        return "your answer holds no SQL statement"
    if any(parts[1:]):
        return "send exactly one SQL statement (found more than one, separated by ';')"
    return ""


def reference_rows(
    solution: str,
    raw_tests: JSONList,
    frames: list[JSONObject],
    limits: Limits,
    config: SandboxConfig,
) -> list[JSONObject]:
    """The rows the reference solution gives for each frame (or check_query's after it), from a
    sandboxed run of its own; cached by everything that determines them."""
    return remembered(
        ["sql", solution, [[f["schema"], f["seed"], f["check_query"]] for f in frames]],
        lambda: _run_reference(solution, raw_tests, frames, limits, config),
    )


def _run_reference(
    solution: str,
    raw_tests: JSONList,
    frames: list[JSONObject],
    limits: Limits,
    config: SandboxConfig,
) -> list[JSONObject]:
    outcome = run_reference("sql", solution, {}, frames, limits, config)
    rows = []
    for frame, raw in zip(frames, raw_tests, strict=True):
        name = raw.get("name", frame["id"])
        record = outcome.results.get(frame["id"])
        if record is None:
            why = "did not finish in time" if outcome.timed_out else "gave no result"
            raise ReferenceFailed(f"test {name!r}: the reference solution {why}")
        if record.get("stage") != "done":
            exc = record.get("exc") or {}
            message = exc.get("message") or (exc.get("types") or ["an error"])[0]
            what = _REFERENCE_STAGES.get(str(record.get("stage")), "the reference solution")
            raise ReferenceFailed(f"test {name!r}: {what} failed: {message}")
        got = decode(record.get("rows"))
        if not isinstance(got, dict):
            raise ReferenceFailed(f"test {name!r}: the reference solution's rows were too large")
        if frame["check_query"]:
            got = got.get("check") or {}
        if got.get("truncated"):
            raise ReferenceFailed(f"test {name!r}: the reference solution returns too many rows")
        if "reversed" in got and got["reversed"] != got.get("rows"):
            raise ReferenceFailed(
                f"test {name!r}: the reference solution's row order is not fully determined "
                "(its rows come out in another order when tables are scanned the other way): "
                "give it an ORDER BY"
            )
        rows.append({"columns": list(got.get("columns") or []), "rows": got.get("rows") or []})
    return rows


def _check(test: Test, record: JSONObject) -> Check:
    stage = record.get("stage")
    if stage != "done":
        exc = record.get("exc") or {}
        kind = (exc.get("types") or ["Error"])[0]
        if stage == "statement":
            return Check(False, f"your statement failed: {exc.get('message') or kind}", error=True)
        return Check(False, "the test database could not be checked", error=True)
    got = decode(record.get("rows"))
    if not isinstance(got, dict):
        return Check(False, "no rows were reported")
    if test.spec["check"]:
        got = got.get("check") or {}
    expected = test.spec["expected"]
    message = compare_rows(expected, got, ordered=test.spec["ordered"])
    if not message and "reversed" in got:
        message = _undetermined_order(expected, got["reversed"])
    if not message:
        return Check(True, "passed")
    if test.spec["check"]:
        message = "after your statement, the check query found different data: " + message
    return Check(False, message)


def compare_rows(expected: JSONObject, got: JSONObject, *, ordered: bool) -> str:
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


def _undetermined_order(expected: JSONObject, reversed_rows: JSONList) -> str:
    """ "" when the statement gave the expected order on the reverse-scanning database too."""
    if compare_rows(expected, {"columns": expected["columns"], "rows": reversed_rows},
                    ordered=True) == "":  # fmt: skip
        return ""
    return (
        "the order of your rows is not fully determined: they came out in another order when "
        "SQLite scanned the tables the other way round; ORDER BY what the prompt asks for"
    )


def _norm(value: object) -> object:
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return round(value, 9) if math.isfinite(value) else value
    return value


def _names(columns: JSONList) -> str:
    return "(" + ", ".join(str(c) for c in columns) + ")"


def _count(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _rows(rows: JSONList) -> str:
    shown = ", ".join(short(r, 60) for r in rows[:SHOWN_ROWS])
    return shown + (", …" if len(rows) > SHOWN_ROWS else "")
