"""Generated hidden tests: inputs drawn per exercise version, expectations from the reference
solution run in the sandbox, and one result per block."""

from __future__ import annotations

import random

import pytest

from grading import grade
from grading.generators import DEFAULT_ALPHABET, draw, draw_cases, problem
from grading.jsondata import JSONObject

ADULT = "def is_adult(age):\n    if age < 0:\n        raise ValueError(age)\n    return age >= 18\n"


def spec(**changes) -> JSONObject:
    return {
        "solution": ADULT,
        "tests": [
            {"name": "a grown-up", "call": "is_adult", "args": [30], "expect": True},
            {"name": "a child", "call": "is_adult", "args": [5], "expect": False},
        ],
        "generated": [
            {"name": "ages around the boundary", "call": "is_adult",
             "args": [{"int": [-2, 20]}], "count": 40},
        ],
        **changes,
    }  # fmt: skip


@pytest.mark.sandbox
def test_generated_cases_catch_a_boundary_the_written_tests_miss(config):
    off_by_one = ADULT.replace("age >= 18", "age > 18")
    assert grade("code", ADULT, spec(), None, config).verdict == "accepted"
    result = grade("code", off_by_one, spec(), None, config)
    assert result.verdict == "wrong_answer"
    assert [t.name for t in result.tests] == ["a grown-up", "a child", "ages around the boundary"]
    assert [t.passed for t in result.tests] == [True, True, False]
    block = result.tests[2]
    assert block.hidden
    assert block.message.startswith("failed generated case ")
    assert block.message.endswith(" of 40 (hidden test)")
    assert result.score == round(2 / 3, 4)


@pytest.mark.sandbox
def test_an_exception_of_the_reference_is_expected_of_the_answer_too(config):
    never_raises = ADULT.replace("raise ValueError(age)", "return False")
    result = grade("code", never_raises, spec(), None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[2].status == "fail"


@pytest.mark.sandbox
def test_a_reference_that_returns_no_plain_data_is_a_platform_error(config):
    odd = "def is_adult(age):\n    return object()\n"
    result = grade("code", ADULT, spec(solution=odd, tests=spec()["tests"][:1]), None, config)
    assert result.status == "error"
    assert "not plain data" in result.error


def test_draws_are_the_same_for_the_same_seed_and_differ_for_another():
    block = {"name": "b", "args": [{"int": [0, 10**6]}], "count": 5}
    assert draw_cases(block, "v1") == draw_cases(block, "v1")
    assert draw_cases(block, "v1") != draw_cases(block, "v2")


def test_each_generator_draws_what_it_names():
    rng = random.Random(7)
    generator = {
        "list": {"record": {"id": {"int": [1, 3]}, "price": {"float": [0, 5], "places": 2},
                            "tag": {"choice": ["a", None]}, "note": {"text": {"max": 6}},
                            "fixed": {"const": {"x": [1]}}}},
        "min": 1, "max": 4,
    }  # fmt: skip
    rows = draw(generator, rng)
    assert 1 <= len(rows) <= 4
    for row in rows:
        assert set(row) == {"id", "price", "tag", "note", "fixed"}
        assert row["id"] in (1, 2, 3) and 0 <= row["price"] <= 5
        assert round(row["price"], 2) == row["price"]
        assert row["tag"] in ("a", None) and len(row["note"]) <= 6
        assert set(row["note"]) <= set(DEFAULT_ALPHABET)
        assert row["fixed"] == {"x": [1]}


@pytest.mark.parametrize(
    ("generator", "reason"),
    [
        ({"int": [5, 1]}, "low <= high"),
        ({"int": [1, 2], "float": [1, 2]}, "exactly one"),
        ({"text": {"max": 10**6}}, "max <= 1000"),
        ({"list": {"int": [0, 1]}, "max": 500}, "max <= 100"),
        ([1, 2], "{list: ...}"),
        ({"choice": []}, "non-empty"),
        ({"int": [0, 1], "places": 2}, "unknown option"),
    ],
)
def test_a_generator_that_cannot_be_drawn_from_says_why(generator, reason):
    assert reason in problem(generator)


def test_a_valid_generator_has_no_problem():
    assert problem({"list": {"text": {"alphabet": "ab", "min": 0, "max": 3}}, "max": 4}) == ""


SHOP: JSONObject = {
    "schema": (
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);"
    ),
    "seed": "INSERT INTO customers VALUES (1, 'Ada'); INSERT INTO orders VALUES (1, 1, 9.5);",
    "solution": (
        "SELECT c.name, COUNT(o.id) AS orders FROM customers c "
        "LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.name, c.id"
    ),
    "ordered": True,
    "check_query": None,
    "tests": [{"name": "the sample shop"}],
    "generated": [
        {
            "name": "random shops",
            "count": 15,
            "tables": {
                "customers": {"list": {"record": {"id": {"int": [1, 6]},
                                                  "name": {"choice": ["Ada", "Bo", "Cy"]}}},
                              "min": 0, "max": 6},
                "orders": {"list": {"record": {"id": {"int": [1, 30]},
                                               "customer_id": {"int": [1, 7]},
                                               "total": {"float": [0, 50], "places": 2}}},
                           "max": 10},
            },
        }
    ],
}  # fmt: skip


@pytest.mark.sandbox
def test_random_databases_catch_an_inner_join_the_sample_cannot(config):
    assert grade("sql", SHOP["solution"], SHOP, None, config).verdict == "accepted"
    inner = SHOP["solution"].replace("LEFT JOIN", "JOIN")
    result = grade("sql", inner, SHOP, None, config)
    assert result.verdict == "wrong_answer"
    assert [t.name for t in result.tests] == ["the sample shop", "random shops"]
    assert result.tests[0].passed
    assert result.tests[1].message.startswith("failed generated case ")


def test_drawn_rows_become_literal_inserts():
    from grading.generators import draw_seeds, sql_literal, tables_problem

    assert [sql_literal(v) for v in (None, True, 3, 2.5, "it's")] == [
        "NULL", "1", "3", "2.5", "'it''s'"
    ]  # fmt: skip
    block = SHOP["generated"][0]
    assert tables_problem(block["tables"]) == ""
    scripts = draw_seeds(block, "v1")
    assert len(scripts) == 15 and scripts == draw_seeds(block, "v1")
    assert all(
        line.startswith("INSERT OR IGNORE INTO ") for s in scripts for line in s.split("\n") if line
    )
    assert "plain table name" in tables_problem({"x; DROP": block["tables"]["orders"]})
    assert "column names" in tables_problem({"t": {"list": {"record": {"a b": 1}}}})
