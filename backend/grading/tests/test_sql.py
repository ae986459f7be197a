"""The `sql` kind: the learner's statement in the sandbox, the reference solution in the worker."""

from __future__ import annotations

import pytest

from grading import grade
from grading.kinds.sql import single_statement_problem

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL);
"""
SEED = """
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Bob'), (3, 'Cy');
INSERT INTO orders VALUES (1, 1, 10.0), (2, 1, 5.5), (3, 2, 7.25);
"""
SOLUTION = """
SELECT c.name, COUNT(o.id) AS orders FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.name
"""


def spec(**extra):
    return {
        "schema": SCHEMA,
        "seed": SEED,
        "solution": SOLUTION,
        "ordered": True,
        "check_query": None,
        "tests": [
            {"name": "the sample shop"},
            {
                "name": "a customer without orders",
                "seed": "INSERT INTO customers VALUES (1, 'Ada');",
                "hidden": True,
            },
        ],
        **extra,
    }


def test_the_reference_solution_is_accepted(config):
    result = grade("sql", SOLUTION + ";", spec(), None, config)
    assert (result.status, result.verdict, result.score) == ("completed", "accepted", 1.0)
    assert result.sandboxed


def test_an_equivalent_statement_with_other_column_case_is_accepted(config):
    statement = (
        "select name as NAME, (select count(*) from orders where customer_id = customers.id) "
        "as Orders from customers order by name -- a comment; with a semicolon"
    )
    assert grade("sql", statement, spec(), None, config).verdict == "accepted"


def test_row_order_matters_only_when_ordered(config):
    unordered = SOLUTION.replace("ORDER BY c.name", "ORDER BY c.name DESC")
    result = grade("sql", unordered, spec(), None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message.startswith("the rows are in the wrong order: row 1 should be")
    assert grade("sql", unordered, spec(ordered=False), None, config).verdict == "accepted"


def test_column_mismatch_names_the_columns(config):
    result = grade("sql", SOLUTION.replace("AS orders", "AS n"), spec(), None, config)
    assert result.tests[0].message == "columns differ: expected (name, orders), got (name, n)"
    assert result.tests[1].message == "wrong result (hidden test)"


def test_missing_and_extra_rows_are_listed(config):
    inner = SOLUTION.replace("LEFT JOIN", "JOIN")
    result = grade("sql", inner, spec(), None, config)
    assert result.tests[0].message == "1 row missing, e.g. ('Cy', 0)"
    result = grade("sql", "SELECT name, 1 AS orders FROM customers ORDER BY name", spec())
    assert result.tests[0].message == (
        "2 rows missing, e.g. ('Ada', 2), ('Cy', 0); 2 rows not expected, e.g. ('Ada', 1), "
        "('Cy', 1)"
    )


def test_a_data_changing_statement_is_checked_through_the_check_query(config):
    update = {
        "schema": SCHEMA,
        "seed": SEED,
        "solution": "UPDATE orders SET total = total * 2 WHERE customer_id = 1",
        "ordered": True,
        "check_query": "SELECT id, total FROM orders ORDER BY id",
        "tests": [{"name": "doubles Ada's orders"}, {"name": "hidden", "hidden": True}],
    }
    good = "update orders set total = 2 * total where customer_id in (select id from customers "
    good += "where name = 'Ada')"
    assert grade("sql", good, update, None, config).verdict == "accepted"
    result = grade("sql", "UPDATE orders SET total = total * 2", update, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == (
        "after your statement, the check query found different data: "
        "1 row missing, e.g. (3, 7.25); 1 row not expected, e.g. (3, 14.5)"
    )


def test_multiple_statements_are_rejected_with_a_clear_message(config):
    result = grade("sql", "DELETE FROM orders; SELECT 1", spec(), None, config)
    assert result.verdict == "wrong_answer"
    assert "exactly one SQL statement" in result.tests[0].message
    assert single_statement_problem("SELECT ';' AS x; -- done") == ""
    assert single_statement_problem("SELECT 1; /* c */ ;") == ""
    assert single_statement_problem("  ;  ") != ""


def test_an_sql_error_is_shown_for_visible_tests_only(config):
    result = grade("sql", "SELECT nme FROM customers", spec(), None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == "your statement failed: no such column: nme"
    assert result.tests[1].message == "your statement failed: OperationalError (hidden test)"


def test_a_broken_reference_solution_is_a_platform_error(config):
    result = grade("sql", SOLUTION, spec(solution="SELECT * FROM nowhere"), None, config)
    assert result.status == "error"
    assert "reference solution failed" in result.error


def test_a_runaway_query_is_a_time_limit(config):
    from grading import Limits

    endless = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT count(*) AS name, 0 AS orders FROM n"
    )
    result = grade("sql", endless, spec(), Limits(time_ms=300), config)
    assert result.verdict == "time_limit_exceeded"
