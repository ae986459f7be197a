"""Values reported from the sandbox: decoding the shim's tagged JSON, comparing with expected
plain data (exact, approx, unordered), and short reprs for messages."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .jsondata import JSONList
from .text import ELLIPSIS, truncate

REPR_LIMIT = 80


class Opaque:
    """A value that is not plain data (an instance, a function...): equal to nothing."""

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name, self.text = type_name, text

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return self.text or f"<{self.type_name} object>"


class SetValue(list[Any]):
    """A set returned by the learner: compares equal to a list of the same items in any order."""

    def __repr__(self) -> str:
        return "{" + ", ".join(repr(v) for v in self) + "}" if self else "set()"


def decode(data: Any) -> Any:
    """Turn the shim's JSON (dicts, sets, floats... tagged) into Python values."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "$d" in data:
        result: dict[Any, Any] = {}
        for pair in data["$d"]:
            key, value = decode(pair[0]), decode(pair[1])
            result[_hashable(key)] = value
        return result
    if "$s" in data:
        return SetValue(decode(v) for v in data["$s"])
    if "$f" in data:
        return float(data["$f"])
    if "$b" in data:
        return bytes.fromhex(data["$b"])
    return Opaque(str(data.get("$o", "object")), str(data.get("r", "")))


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((repr(k), _hashable(v)) for k, v in value.items()))
    return value


def equal(expected: Any, got: Any, *, tolerance: float | None = None) -> bool:
    """Plain-data equality: a tuple equals a list, a set equals a list in any order, True is not
    1; with `tolerance`, numbers may differ by at most that much."""
    if isinstance(got, Opaque):
        return False
    if isinstance(got, SetValue):
        if not isinstance(expected, list | tuple | set | frozenset):
            return False
        return same_items(list(expected), list(got), tolerance=tolerance)
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, int | float) and isinstance(got, int | float):
        if tolerance is not None:
            return math.isclose(expected, got, rel_tol=0, abs_tol=tolerance) or expected == got
        return expected == got
    if isinstance(expected, list | tuple):
        return (
            isinstance(got, list)
            and len(expected) == len(got)
            and all(equal(e, g, tolerance=tolerance) for e, g in zip(expected, got, strict=True))
        )
    if isinstance(expected, set | frozenset):
        return isinstance(got, list) and same_items(list(expected), got, tolerance=tolerance)
    if isinstance(expected, Mapping):
        if not isinstance(got, dict) or len(got) != len(expected):
            return False
        return all(
            _hashable(k) in got and equal(v, got[_hashable(k)], tolerance=tolerance)
            for k, v in expected.items()
        )
    return type(expected) is type(got) and expected == got


def first_difference(expected: Any, got: Any, where: str = "") -> str:
    """Where two plain values first differ, in words: `at [3]["title"]: expected 'b', got 'c'`,
    or `has 4 items, expected 5`. A value too long to show whole (a page of JSON) is then still
    told apart at the point that matters. "" when they are equal."""
    if equal(expected, got):
        return ""
    here = f"at {where}: " if where else ""
    if isinstance(expected, Mapping) and isinstance(got, dict):
        for key in expected:
            if _hashable(key) not in got:
                return f"{here}{short(key)} is missing"
        for key, value in expected.items():
            inner = first_difference(value, got[_hashable(key)], f"{where}[{short(key)}]")
            if inner:
                return inner
        extra = [k for k in got if k not in {_hashable(k) for k in expected}]
        return f"{here}unexpected {short(extra[0])}" if extra else f"{here}differs"
    if isinstance(expected, list | tuple) and isinstance(got, list):
        for index, (e, g) in enumerate(zip(expected, got, strict=False)):
            inner = first_difference(e, g, f"{where}[{index}]")
            if inner:
                return inner
        return f"{here}has {len(got)} items, expected {len(expected)}"
    return f"{here}expected {short(expected)}, got {short(got)}"


def difference(expected: Any, got: Any) -> str:
    """`expected …, got …` with both values whole when they are short enough to show; else
    where they first differ (`first_difference`)."""
    whole = f"expected {short(expected)}, got {short(got)}"
    return first_difference(expected, got) if ELLIPSIS in whole else whole


def same_items(expected: JSONList, got: JSONList, *, tolerance: float | None = None) -> bool:
    """Multiset equality using `equal` for the items (quadratic; tests hold small lists)."""
    if not isinstance(got, list) or len(expected) != len(got):
        return False
    remaining = list(got)
    for item in expected:
        for index, candidate in enumerate(remaining):
            if equal(item, candidate, tolerance=tolerance):
                del remaining[index]
                break
        else:
            return False
    return True


def subset(expected: Any, got: Any) -> bool:
    """Every key of `expected` is in `got` with a matching value (recursively for mappings)."""
    if isinstance(expected, Mapping):
        return isinstance(got, dict) and all(
            k in got and subset(v, got[k]) for k, v in expected.items()
        )
    return equal(expected, got)


def short(value: object, limit: int = REPR_LIMIT) -> str:
    """repr() cut to `limit` characters."""
    try:
        text = repr(value)
    except Exception:
        text = "<value>"
    return truncate(text, limit)
