"""The SQL mutator: the query mistakes it makes and how it names them. No sandbox, no database:
these only parse and print with sqlglot."""

import pytest

from stepwise.curriculum.mutants import MutationError, generate
from stepwise.curriculum.mutants.sql import sql_mutants

REPORT = (
    "SELECT u.name, COUNT(DISTINCT o.id) AS n, SUM(o.total) AS s "
    "FROM users AS u LEFT JOIN orders AS o ON o.user_id = u.id AND o.status = 'paid' "
    "WHERE u.active = 1 AND u.name <> 'root' "
    "GROUP BY u.id HAVING COUNT(o.id) > 2 ORDER BY s DESC, u.name LIMIT 10"
)


def mutants(statement: str) -> dict[str, str]:
    return {m.id: m.source for m in sql_mutants(statement)[1]}


def test_each_where_conjunct_is_dropped_in_turn():
    found = mutants(REPORT)

    dropped = found["where: u.active = 1 AND u.name <> 'root' -> u.name <> 'root'"]
    assert "WHERE u.name <> 'root' GROUP BY" in dropped
    assert "where: u.active = 1 AND u.name <> 'root' -> u.active = 1" in found


def test_a_single_condition_is_dropped_with_its_clause():
    found = mutants("UPDATE t SET a = 1 WHERE c = 'x'")

    assert found["where: WHERE c = 'x' -> (dropped)"] == "UPDATE t SET a = 1"


def test_join_kinds_are_swapped_and_join_conditions_dropped():
    found = mutants(REPORT)

    inner = found["join: LEFT JOIN orders AS o -> JOIN orders AS o"]
    assert "FROM users AS u JOIN orders AS o ON" in inner
    assert "join: o.user_id = u.id AND o.status = 'paid' -> o.user_id = u.id" in found


def test_order_by_terms_are_dropped_and_flipped():
    found = mutants(REPORT)

    no_tie_breaker = found["order: ORDER BY s DESC, u.name -> ORDER BY s DESC"]
    assert no_tie_breaker.endswith("ORDER BY s DESC LIMIT 10")
    assert "order: ORDER BY s DESC, u.name -> ORDER BY u.name" in found
    assert "order: s DESC -> s ASC in ORDER BY s DESC, u.name" in found
    assert "order: u.name -> u.name DESC in ORDER BY s DESC, u.name" in found


def test_distinct_is_dropped_from_a_count_and_added_to_a_sum():
    found = mutants(REPORT)

    assert "distinct: COUNT(DISTINCT o.id) -> COUNT(o.id)" in found
    assert "distinct: SUM(o.total) -> SUM(DISTINCT o.total) in SUM(o.total) AS s" in found
    assert "SELECT u.name" in found["distinct: COUNT(DISTINCT o.id) -> COUNT(o.id)"]
    dropped = mutants("SELECT DISTINCT a FROM t")
    assert dropped == {"distinct: SELECT DISTINCT -> SELECT": "SELECT a FROM t"}


def test_comparisons_aggregates_and_limits_are_changed():
    found = mutants(REPORT)

    assert "compare: COUNT(o.id) > 2 -> COUNT(o.id) >= 2" in found
    assert "compare: o.status = 'paid' -> o.status LIKE 'paid'" in found
    assert "aggregate: SUM(o.total) -> AVG(o.total) in SUM(o.total) AS s" in found
    assert "aggregate: COUNT(o.id) -> COUNT(*) in COUNT(o.id) > 2" in found
    assert {"constant: 10 -> 11 in LIMIT 10", "constant: 10 -> 9 in LIMIT 10"} <= set(found)


def test_only_a_comparison_against_text_becomes_like():
    found = mutants(REPORT)

    assert not any("u.active LIKE" in source for source in found.values())


def test_in_lists_lose_one_value_at_a_time_and_are_negated():
    found = mutants("SELECT id FROM t WHERE tag IN ('a', 'b')")

    assert set(found) == {
        "where: WHERE tag IN ('a', 'b') -> (dropped)",
        "member: tag IN ('a', 'b') -> NOT tag IN ('a', 'b')",
        "member: tag IN ('a', 'b') -> tag IN ('b')",
        "member: tag IN ('a', 'b') -> tag IN ('a')",
    }


def test_assignments_are_dropped_but_never_read_as_comparisons():
    found = mutants(
        "INSERT INTO p (sku, name) VALUES ('a', 'b') "
        "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, sku = excluded.sku"
    )

    assert "set: name = excluded.name, sku = excluded.sku -> sku = excluded.sku" in found
    assert not any(i.startswith("compare:") for i in found)


def test_the_normalised_statement_is_sqlglots_sqlite_printing():
    normalised, found = generate("sql", "select a\nfrom t\nwhere b = 1;")

    assert normalised == "SELECT a FROM t WHERE b = 1"
    assert normalised not in [m.source for m in found]


@pytest.mark.parametrize("statement", ["SELECT 1; SELECT 2", "SELEKT * FROM t WHERE"])
def test_anything_but_one_statement_cannot_be_mutated(statement):
    with pytest.raises(MutationError):
        generate("sql", statement)
