"""The `sql` kind: the learner's statement in the sandbox, the reference solution in the worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from grading import grade
from grading.jsondata import JSONObject
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
    assert "exactly one SQL statement" in result.message
    assert {t.status for t in result.tests} == {"not_run"}
    assert single_statement_problem("SELECT ';' AS x; -- done") == ""
    assert single_statement_problem("SELECT 1; /* c */ ;") == ""
    assert single_statement_problem("  ;  ") != ""


def test_an_sql_error_is_shown_for_visible_tests_only(config):
    result = grade("sql", "SELECT nme FROM customers", spec(), None, config)
    assert result.verdict == "runtime_error"  # no result was wrong: the statement failed
    assert result.message.startswith("in test 'the sample shop': your statement failed: no such")
    assert result.tests[0].message == "your statement failed: no such column: nme"
    assert result.tests[1].message == "failed with an error (hidden test)"


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


# --- exercise SQL is untrusted: it runs in the sandbox, on a hardened connection ----------


def _victim_database(path: Path) -> bytes:
    """A stand-in for the platform's own SQLite database, with a user who is not staff."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE accounts_user (id INTEGER PRIMARY KEY, is_staff INTEGER)")
    con.execute("INSERT INTO accounts_user VALUES (7, 0)")
    con.commit()
    con.close()
    return path.read_bytes()


def _attack(path) -> str:
    return (
        f"ATTACH DATABASE '{path}' AS app; UPDATE app.accounts_user SET is_staff = 1 WHERE id = 7;"
    )


@pytest.mark.parametrize("where", ["seed", "test_seed", "schema", "solution_and_check_query"])
def test_exercise_sql_cannot_attach_a_file_of_the_worker(config, tmp_path, where):
    victim = tmp_path / "db.sqlite3"
    before = _victim_database(victim)
    attack = _attack(victim)
    tests: list[JSONObject] = [{"name": "visible"}, {"name": "hidden", "hidden": True}]
    extra = {}
    if where == "seed":
        extra["seed"] = SEED + attack
    elif where == "test_seed":
        tests[1]["seed"] = SEED + attack
    elif where == "schema":
        extra["schema"] = SCHEMA + attack
    else:  # one statement each, but the attachment outlives the solution's statement
        extra["solution"] = f"ATTACH DATABASE '{victim}' AS app"
        extra["check_query"] = "UPDATE app.accounts_user SET is_staff = 1 WHERE id = 7"
    result = grade("sql", SOLUTION, spec(tests=tests, **extra), None, config)
    assert result.status == "error"
    assert victim.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_reference_solution_cannot_write_a_copy_of_its_database(config, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    result = grade("sql", SOLUTION, spec(solution=f"VACUUM INTO '{copy}'"), None, config)
    assert result.status == "error"
    assert "authoriz" in result.error
    assert not copy.exists()


def test_a_learner_statement_cannot_attach_or_change_pragmas(config):
    for statement in ("ATTACH ':memory:' AS other", "PRAGMA journal_mode = OFF"):
        result = grade("sql", statement, spec(), None, config)
        assert result.verdict == "runtime_error"
        assert "authoriz" in result.tests[0].message


def test_exercise_sql_is_refused_even_without_the_sandbox(tmp_path):
    """The rlimits-only mode runs the shim on the host's file system: the hardened connection
    is then the only thing between exercise SQL and the worker's files."""
    from grading import SandboxConfig

    degraded = SandboxConfig(bwrap=str(tmp_path / "no-bwrap"), require_sandbox=False)
    victim = tmp_path / "db.sqlite3"
    before = _victim_database(victim)
    result = grade("sql", SOLUTION, spec(seed=SEED + _attack(victim)), None, degraded)
    assert result.status == "error"
    assert "authoriz" in result.error
    assert victim.read_bytes() == before


def test_reference_rows_are_computed_once_per_exercise_content(config, monkeypatch):
    from grading.kinds import sql

    calls = []
    real = sql._run_reference

    def counted(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(sql, "_run_reference", counted)
    fresh = spec(seed=SEED + "INSERT INTO customers VALUES (4, 'Dee');")
    for _ in range(3):
        assert grade("sql", SOLUTION, fresh, None, config).verdict == "accepted"
    assert len(calls) == 1
    changed = spec(seed=SEED + "INSERT INTO customers VALUES (5, 'Eve');")
    assert grade("sql", SOLUTION, changed, None, config).verdict == "accepted"
    assert len(calls) == 2


@pytest.mark.parametrize(
    "sql_text",
    [
        "ATTACH 'x.db' AS x",
        "attach database 'x.db' as x",
        "DETACH x",
        "PRAGMA writable_schema = 1",
        "VACUUM INTO '/tmp/x.db'",
        "SELECT load_extension('evil')",
        "SELECT 1; /* comment */ Attach 'x' AS y",
    ],
)
def test_forbidden_sql_is_named_when_written(sql_text):
    from grading.sqlguard import forbidden_sql_problem

    assert "is not allowed" in forbidden_sql_problem(sql_text)


@pytest.mark.parametrize(
    "sql_text",
    [
        "SELECT 'attach' AS word",
        'SELECT "pragma" FROM t',
        "SELECT attached_at FROM t -- ATTACH in a comment",
        "CREATE TABLE vacuums (id INTEGER)",
    ],
)
def test_the_forbidden_words_inside_literals_names_or_comments_are_fine(sql_text):
    from grading.sqlguard import forbidden_sql_problem

    assert forbidden_sql_problem(sql_text) == ""


LISTED = {
    "schema": "CREATE TABLE posts (id INTEGER PRIMARY KEY, author TEXT, title TEXT);",
    "seed": "INSERT INTO posts VALUES (1, 'bo', 'b1'), (2, 'al', 'a1'), (3, 'bo', 'b2');",
    "solution": "SELECT title FROM posts ORDER BY id",
    "ordered": True,
    "check_query": None,
    "tests": [{"name": "oldest first"}],
}


def test_rows_in_the_right_order_only_by_luck_of_the_scan_are_told_so(config):
    # A plain scan returns rows in insertion order, which happens to be the expected order;
    # only the second, reverse-scanning run shows that nothing asked for that order.
    lucky = "SELECT title FROM posts"
    result = grade("sql", lucky, LISTED, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message.startswith("the order of your rows is not fully determined")
    assert grade("sql", LISTED["solution"], LISTED, None, config).verdict == "accepted"


def test_a_reference_solution_whose_order_is_luck_is_a_platform_error(config):
    loose = {**LISTED, "solution": "SELECT title FROM posts"}
    result = grade("sql", LISTED["solution"], loose, None, config)
    assert result.status == "error"
    assert "row order is not fully determined" in result.error
