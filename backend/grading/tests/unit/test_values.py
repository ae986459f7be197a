"""Value comparison (`grading.values`): what counts as the expected value, called directly."""

from __future__ import annotations

import math

import pytest

from grading.values import (
    Opaque,
    SetValue,
    decode,
    difference,
    equal,
    first_difference,
    same_items,
    short,
    subset,
)


@pytest.mark.parametrize(
    ("expected", "got"),
    [(1, True), (True, 1), (0, False), (False, 0), (1.0, True), ("1", 1), (None, 0), (None, "")],
)
def test_booleans_strings_and_none_never_pass_for_numbers(expected: object, got: object) -> None:
    assert not equal(expected, got)


def test_an_int_equals_the_same_float_and_minus_zero_equals_zero() -> None:
    # Exact types are a test's `type:` check, reported by the shim; equality is numeric.
    assert equal(1, 1.0)
    assert equal(0.0, -0.0)
    assert equal(-0.0, 0)
    assert not equal(1, 1.0000001)


def test_nan_equals_nothing_even_itself_or_within_a_tolerance() -> None:
    nan = float("nan")
    assert not equal(nan, nan)
    assert not equal(1.0, nan, tolerance=1e9)
    assert not equal(nan, 1.0, tolerance=1e9)


def test_a_tolerance_is_absolute_and_inclusive() -> None:
    assert equal(0.3, 0.1 + 0.2, tolerance=1e-9)
    assert not equal(0.3, 0.1 + 0.2)
    assert equal(1000.0, 1000.5, tolerance=0.5)
    assert not equal(1000.0, 1000.6, tolerance=0.5)
    assert equal(math.inf, math.inf, tolerance=0.1)
    assert not equal(math.inf, -math.inf, tolerance=0.1)
    assert equal([1.0, {"a": 2.0}], [1.001, {"a": 1.999}], tolerance=0.01)


def test_a_tuple_equals_a_list_but_order_and_length_matter() -> None:
    assert equal((1, 2), [1, 2])
    assert equal([[1], (2,)], [[1], [2]])
    assert not equal([1, 2], [2, 1])
    assert not equal([1, 2], [1, 2, 3])
    assert not equal([1], 1)


def test_a_returned_set_equals_its_items_in_any_order_and_nothing_else() -> None:
    got = SetValue([3, 1, 2])
    assert equal({1, 2, 3}, got)
    assert equal([2, 3, 1], got)
    assert not equal({1, 2}, got)
    assert not equal("123", got)
    assert not equal({1, 2, 3}, [1, 2, 3, 3])
    assert equal({1, 2, 3}, [3, 2, 1])


def test_dicts_need_the_same_keys_and_equal_values() -> None:
    assert equal({"a": 1, "b": [1, 2]}, {"b": [1, 2], "a": 1})
    assert not equal({"a": 1}, {"a": 1, "b": 2})
    assert not equal({"a": 1, "b": 2}, {"a": 1, "c": 2})
    assert not equal({"a": 1}, {"a": True})
    assert not equal({"a": 1}, [("a", 1)])


def test_an_opaque_object_equals_nothing_not_even_itself() -> None:
    thing = Opaque("Liar", "<Liar>")
    assert not equal(thing, thing)
    assert thing != thing  # equal to nothing, itself included
    assert repr(thing) == "<Liar>"
    assert repr(Opaque("Thing", "")) == "<Thing object>"


def test_decoding_turns_the_tags_into_values() -> None:
    data = {
        "$d": [
            ["n", {"$f": "nan"}],
            [[1, 2], {"$s": [1, "x"]}],
            ["raw", {"$b": "6869"}],
            ["obj", {"$o": "Foo", "r": "<Foo 1>"}],
        ]
    }
    value = decode(data)
    assert math.isnan(value["n"])
    assert isinstance(value[(1, 2)], SetValue)
    assert sorted(map(str, value[(1, 2)])) == ["1", "x"]
    assert value["raw"] == b"hi"
    assert isinstance(value["obj"], Opaque)
    assert decode([{"$f": "-0.0"}])[0] == 0.0
    assert math.copysign(1, decode({"$f": "-0.0"})) == -1


def test_same_items_counts_duplicates() -> None:
    assert same_items([1, 1, 2], [2, 1, 1])
    assert not same_items([1, 1, 2], [1, 2, 2])
    assert not same_items([1, True], [1, 1])


def test_a_subset_checks_only_the_expected_keys_recursively() -> None:
    assert subset({"a": {"b": 1}}, {"a": {"b": 1, "c": 2}, "d": 3})
    assert not subset({"a": {"b": 1}}, {"a": {"b": 2}})
    assert not subset({"a": 1}, {"a": True})


def test_long_values_are_cut_in_messages_and_the_difference_is_located() -> None:
    long = list(range(100))
    text = short(long)
    assert len(text) == 80 and text.endswith("…")
    assert short("abc") == "'abc'"
    other = [*range(50), -1, *range(51, 100)]
    assert difference(long, other) == "at [50]: expected 50, got -1"
    assert difference([1, 2], [2, 3]) == "expected [1, 2], got [2, 3]"
    assert first_difference({"a": [1]}, {"a": [1, 2]}) == "at ['a']: has 2 items, expected 1"


def test_a_value_whose_repr_fails_is_still_shown() -> None:
    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no")

    assert short(Broken()) == "<value>"
