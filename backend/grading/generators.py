"""Inputs drawn at random for the generated hidden tests of a `code` exercise.

A generator is plain data, so exercise authors write it in YAML or JSON:

    {int: [0, 100]}                          an integer in the closed range
    {float: [0, 1], places: 2}               a float in the range, optionally rounded
    {text: {alphabet: "ab c", min: 0, max: 8}}   a string of those characters
    {text: {min: 0, max: 8}}                 ... of DEFAULT_ALPHABET: letters, digits,
                                             whitespace, punctuation and non-ASCII letters
    {choice: [a, 1, null]}                   one of the listed values
    {list: <generator>, min: 0, max: 5}      a list of drawn items
    {record: {key: <generator>, ...}}        a dict with exactly these keys
    {const: <any JSON>}                      the value itself
    any scalar or null                       the value itself

Draws are deterministic: `draw_cases(block, seed)` gives the same inputs for the same block and
seed, so an exercise's generated tests change only when the exercise does. Written here rather
than taken from Hypothesis, whose strategies are meant to be drawn inside its test runner (its
`example()` is documented as not for use outside interactive exploration) and would not give a
stable sequence per seed across versions.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from typing import Any

from .jsondata import JSONObject

DEFAULT_ALPHABET = string.ascii_letters + string.digits + " \t\n-_.,!?'\"/" + "éßøÅçñüЖж日本語😀"
MAX_COUNT = 200
MAX_ITEMS = 100
MAX_TEXT = 1000
MAX_DEPTH = 8
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
KEYS = ("int", "float", "text", "choice", "list", "record", "const")


class GeneratorError(ValueError):
    """The generator is not one this module understands; the message says where and why."""


def problem(generator: Any, where: str = "generator") -> str:
    """Why `generator` cannot be drawn from, or "" when it can."""
    try:
        _check(generator, where, 0)
    except GeneratorError as exc:
        return str(exc)
    return ""


def draw(generator: Any, rng: random.Random, depth: int = 0) -> Any:
    """One value from `generator` (assumed valid)."""
    if not isinstance(generator, dict):
        return generator
    if "int" in generator:
        low, high = generator["int"]
        return rng.randint(low, high)
    if "float" in generator:
        low, high = generator["float"]
        value = rng.uniform(low, high)
        places = generator.get("places")
        return round(value, places) if places is not None else value
    if "text" in generator:
        options = generator["text"]
        alphabet = options.get("alphabet") or DEFAULT_ALPHABET
        size = rng.randint(options.get("min", 0), options.get("max", 20))
        return "".join(rng.choice(alphabet) for _ in range(size))
    if "choice" in generator:
        return rng.choice(generator["choice"])
    if "list" in generator:
        size = rng.randint(generator.get("min", 0), generator.get("max", 5))
        return [draw(generator["list"], rng, depth + 1) for _ in range(size)]
    if "record" in generator:
        return {key: draw(item, rng, depth + 1) for key, item in generator["record"].items()}
    return generator["const"]


def exercise_seed(spec: JSONObject) -> str:
    """A seed that is the same for every grading of this version of the exercise."""
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()


def case_name(block: JSONObject, number: int) -> str:
    return f"{block.get('name', 'generated')} (generated case {number})"


def draw_cases(block: JSONObject, seed: str) -> list[JSONObject]:
    """The calls of one generated block: `count` pairs of drawn `args` and `kwargs`."""
    rng = random.Random(f"{seed}:{block.get('name', '')}")
    cases = []
    for _ in range(int(block.get("count", 20))):
        args = [draw(g, rng) for g in block.get("args") or []]
        kwargs = {key: draw(g, rng) for key, g in (block.get("kwargs") or {}).items()}
        cases.append({"args": args, "kwargs": kwargs})
    return cases


def draw_seeds(block: JSONObject, seed: str) -> list[str]:
    """The seeds of one generated `sql` block: `count` scripts of INSERT statements, each
    filling the block's tables with drawn rows (after the exercise's own seed when the block
    says `keep_seed`). Rows that break a constraint, such as a repeated primary key, are
    skipped by `INSERT OR IGNORE`, which keeps a random database consistent."""
    rng = random.Random(f"{seed}:{block.get('name', '')}")
    scripts = []
    for _ in range(int(block.get("count", 20))):
        lines = []
        for table, rows in (block.get("tables") or {}).items():
            for row in draw(rows, rng):
                columns = ", ".join(row)
                values = ", ".join(sql_literal(v) for v in row.values())
                # Names are checked as plain identifiers when written, values are literals, and
                # the script only ever runs in the sandbox.
                insert = f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({values});"  # noqa: S608
                lines.append(insert)
        scripts.append("\n".join(lines))
    return scripts


def draw_requests(block: JSONObject, seed: str) -> list[list[JSONObject]]:
    """The request sequences of one generated `http` block: `count` lists of requests, each
    drawn from the block's `requests` generator (a list of records with `method`, `path` and
    optionally `query`, `headers`, `json`, `body`); an empty draw becomes one GET /."""
    rng = random.Random(f"{seed}:{block.get('name', '')}")
    sequences = []
    for _ in range(int(block.get("count", 20))):
        drawn = draw(block.get("requests"), rng) or [{"method": "GET", "path": "/"}]
        sequences.append([{k: v for k, v in r.items() if v is not None} for r in drawn])
    return sequences


def requests_problem(requests: Any) -> str:
    """Why a generated http block's `requests` cannot be drawn, or "" when they can."""
    if not (isinstance(requests, dict) and "list" in requests
            and isinstance(requests["list"], dict) and "record" in requests["list"]):  # fmt: skip
        return "requests: give them as {list: {record: {method: ..., path: ...}}}"
    fields = requests["list"]["record"]
    allowed = {"method", "path", "query", "headers", "json", "body"}
    if not isinstance(fields, dict) or not {"method", "path"} <= set(fields) <= allowed:
        return "requests: each record has method and path, and may have query, headers, json, body"
    return problem(requests, "requests")


def sql_literal(value: Any) -> str:
    """`value` as an SQLite literal (drawn values are plain data: no injection is possible)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def tables_problem(tables: Any) -> str:
    """Why the `tables` of a generated sql block cannot be drawn, or "" when they can: each
    name maps to a generator of a list of records whose keys are column names."""
    if not isinstance(tables, dict) or not tables:
        return "tables: name at least one table"
    for table, rows in tables.items():
        where = f"tables.{table}"
        if not isinstance(table, str) or not IDENTIFIER.fullmatch(table):
            return f"{where}: not a plain table name"
        if not (isinstance(rows, dict) and "list" in rows and isinstance(rows["list"], dict)
                and "record" in rows["list"]):  # fmt: skip
            return f"{where}: give the rows as {{list: {{record: {{column: generator}}}}}}"
        columns = rows["list"]["record"]
        if isinstance(columns, dict) and not all(IDENTIFIER.fullmatch(str(c)) for c in columns):
            return f"{where}: column names must be plain names"
        found = problem(rows, where)
        if found:
            return found
    return ""


def _check(generator: Any, where: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise GeneratorError(f"{where}: nested more than {MAX_DEPTH} levels")
    if not isinstance(generator, dict):
        if isinstance(generator, list):
            raise GeneratorError(f"{where}: a list is written {{list: ...}} or {{const: [...]}}")
        return
    named = [key for key in KEYS if key in generator]
    if len(named) != 1:
        raise GeneratorError(f"{where}: name exactly one of {', '.join(KEYS)}")
    key = named[0]
    allowed = {key, *{"float": ["places"], "list": ["min", "max"]}.get(key, [])}
    extra = sorted(set(generator) - allowed)
    if extra:
        raise GeneratorError(f"{where}: unknown option {extra[0]!r} for {key}")
    value = generator[key]
    if key in ("int", "float"):
        _check_range(value, where, whole=key == "int")
        places = generator.get("places")
        if places is not None and (not isinstance(places, int) or not 0 <= places <= 12):
            raise GeneratorError(f"{where}: places must be a whole number from 0 to 12")
    elif key == "text":
        if not isinstance(value, dict) or set(value) - {"alphabet", "min", "max"}:
            raise GeneratorError(f"{where}: text takes alphabet, min and max")
        if "alphabet" in value and (
            not isinstance(value["alphabet"], str) or not value["alphabet"]
        ):
            raise GeneratorError(f"{where}: alphabet must be a non-empty string")
        _check_size(value.get("min", 0), value.get("max", 20), MAX_TEXT, where)
    elif key == "choice":
        if not isinstance(value, list) or not value:
            raise GeneratorError(f"{where}: choice needs a non-empty list")
    elif key == "list":
        _check_size(generator.get("min", 0), generator.get("max", 5), MAX_ITEMS, where)
        _check(value, f"{where}.list", depth + 1)
    elif key == "record":
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise GeneratorError(f"{where}: record needs a mapping of names to generators")
        for name, item in value.items():
            _check(item, f"{where}.record.{name}", depth + 1)


def _check_range(value: Any, where: str, *, whole: bool) -> None:
    kinds = (int,) if whole else (int, float)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, kinds) and not isinstance(v, bool) for v in value)
        or value[0] > value[1]
    ):
        raise GeneratorError(f"{where}: give the range as [low, high] with low <= high")


def _check_size(low: Any, high: Any, limit: int, where: str) -> None:
    if not (isinstance(low, int) and isinstance(high, int) and 0 <= low <= high <= limit):
        raise GeneratorError(f"{where}: sizes must satisfy 0 <= min <= max <= {limit}")
