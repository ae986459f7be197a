"""SQL comparisons (`grading.kinds.sql`, `grading.sqlguard`): rows, columns and statements,
called directly on rows as the shim reports them."""

from __future__ import annotations

import pytest

from grading.judge import Test as Case  # "Test…" names are collected by pytest
from grading.kinds.sql import _check, compare_rows, single_statement_problem
from grading.sqlguard import code_outside_literals, forbidden_sql_problem

EXPECTED = {"columns": ["id", "name"], "rows": [[1, "ada"], [2, None], [3, "cy"]]}


def rows(*values: list[object], columns: tuple[str, ...] = ("id", "name")) -> dict[str, object]:
    return {"columns": list(columns), "rows": [list(v) for v in values]}


def test_the_same_rows_in_the_same_order_pass_either_way() -> None:
    got = rows([1, "ada"], [2, None], [3, "cy"])
    assert compare_rows(EXPECTED, got, ordered=True) == ""
    assert compare_rows(EXPECTED, got, ordered=False) == ""


def test_without_order_by_the_order_of_rows_does_not_matter() -> None:
    assert compare_rows(EXPECTED, rows([3, "cy"], [1, "ada"], [2, None]), ordered=False) == ""


def test_with_an_ordered_exercise_the_first_row_out_of_place_is_named() -> None:
    message = compare_rows(EXPECTED, rows([1, "ada"], [3, "cy"], [2, None]), ordered=True)
    assert message == "the rows are in the wrong order: row 2 should be (2, None), got (3, 'cy')"


def test_column_names_compare_case_insensitively_but_their_order_matters() -> None:
    same = rows([1, "ada"], [2, None], [3, "cy"], columns=("ID", "Name"))
    assert compare_rows(EXPECTED, same, ordered=True) == ""
    swapped = rows(["ada", 1], [None, 2], ["cy", 3], columns=("name", "id"))
    assert compare_rows(EXPECTED, swapped, ordered=False) == (
        "columns differ: expected (id, name), got (name, id)"
    )


def test_null_is_a_value_of_its_own() -> None:
    message = compare_rows(EXPECTED, rows([1, "ada"], [2, ""], [3, "cy"]), ordered=False)
    assert message == "1 row missing, e.g. (2, None); 1 row not expected, e.g. (2, '')"


def test_duplicates_count_and_missing_rows_are_shown_a_few_at_a_time() -> None:
    doubled = rows([1, "ada"], [1, "ada"], [2, None], [3, "cy"])
    assert compare_rows(EXPECTED, doubled, ordered=False) == "1 row not expected, e.g. (1, 'ada')"
    many = {"columns": ["n"], "rows": [[n] for n in range(10)]}
    assert compare_rows(many, {"columns": ["n"], "rows": []}, ordered=False) == (
        "10 rows missing, e.g. (0,), (1,), (2,), …"
    )


def test_a_whole_float_equals_the_integer_and_tiny_float_noise_is_ignored() -> None:
    expected = {"columns": ["avg"], "rows": [[2], [0.3]]}
    assert (
        compare_rows(expected, {"columns": ["avg"], "rows": [[2.0], [0.1 + 0.2]]}, ordered=True)
        == ""
    )
    assert compare_rows(expected, {"columns": ["avg"], "rows": [[2.0], [0.31]]}, ordered=True)


def test_too_many_rows_is_said_before_any_row_is_compared() -> None:
    got = {**rows([1, "ada"]), "truncated": True}
    assert compare_rows(EXPECTED, got, ordered=False) == (
        "your statement returned too many rows (expected 3)"
    )


def test_an_ordered_answer_whose_order_depends_on_the_scan_is_told_so() -> None:
    test = Case("t", "sorted", False, {"expected": EXPECTED, "ordered": True, "check": False})
    record = {
        "stage": "done",
        "rows": {"$d": [
            ["columns", ["id", "name"]],
            ["rows", [[1, "ada"], [2, None], [3, "cy"]]],
            ["reversed", [[3, "cy"], [2, None], [1, "ada"]]],
        ]},
    }  # fmt: skip
    result = _check(test, record)
    assert not result.passed
    assert result.message.startswith("the order of your rows is not fully determined")


def test_a_failing_statement_is_an_error_with_sqlite_s_message() -> None:
    test = Case("t", "t", False, {"expected": EXPECTED, "ordered": False, "check": False})
    record = {
        "stage": "statement",
        "exc": {"types": ["OperationalError"], "message": "no such table: x"},
    }
    result = _check(test, record)
    assert (result.passed, result.error) == (False, True)
    assert result.message == "your statement failed: no such table: x"


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("SELECT 1", ""),
        ("SELECT 1;", ""),
        ("SELECT ';' AS semicolon; -- done; really", ""),
        ("  ; ", "your answer holds no SQL statement"),
        (
            "SELECT 1; SELECT 2",
            "send exactly one SQL statement (found more than one, separated by ';')",
        ),
    ],
)
def test_exactly_one_statement_is_allowed(statement: str, problem: str) -> None:
    assert single_statement_problem(statement) == problem


@pytest.mark.parametrize(
    "sql_text",
    ["ATTACH 'x.db' AS x", "detach x", "PRAGMA writable_schema = 1", "VACUUM INTO '/tmp/x'",
     "SELECT load_extension('evil')", "SELECT 1; /* c */ Attach 'x' AS y"],
)  # fmt: skip
def test_statements_that_reach_outside_the_database_are_refused(sql_text: str) -> None:
    assert "is not allowed" in forbidden_sql_problem(sql_text)


@pytest.mark.parametrize(
    "sql_text",
    [
        "SELECT 'attach' AS w",
        'SELECT "pragma" FROM t',
        "SELECT 1 -- ATTACH",
        "CREATE TABLE vacuums (id)",
    ],
)
def test_the_same_words_inside_literals_names_or_comments_are_fine(sql_text: str) -> None:
    assert forbidden_sql_problem(sql_text) == ""


def test_literals_and_comments_are_blanked_with_doubled_quotes_kept_inside() -> None:
    assert code_outside_literals("SELECT 'it''s', [a b] /* x */ FROM t -- y") == (
        "SELECT x, x   FROM t "
    )
