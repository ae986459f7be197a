"""Mutants of a reference SQL statement, made with sqlglot's SQLite parser and printer.

`sql_mutants(source)` parses the one statement, and for each edit an operator allows, edits a
copy of the tree and prints it back for SQLite. Operators (the first part of each id):

- `where`, `having`  one conjunct of the condition dropped; a single condition dropped whole
- `join`      one conjunct of a join's `ON` dropped; `JOIN` <-> `LEFT JOIN`
- `distinct`  `SELECT DISTINCT` -> `SELECT`, `COUNT(DISTINCT x)` -> `COUNT(x)`, and
              `DISTINCT` added inside `SUM` and `AVG` (two equal amounts added once). Adding it
              to a `SELECT` or a `COUNT` is not tried: the rows and ids these exercises select
              are keys, so it would almost always be an equivalent mutant
- `order`     one `ORDER BY` term (a tie-breaker) dropped, or the whole clause when it has one
              term; a term's direction flipped (with SQLite's default NULL placement)
- `compare`   `=` <-> `<>`, `<` <-> `<=`, `>` <-> `>=`; `=` against text -> `LIKE`
- `member`    `IN` -> `NOT IN`; one value dropped from an `IN (...)` list
- `aggregate` `MIN` <-> `MAX`, `SUM` <-> `AVG`, `COUNT(x)` -> `COUNT(*)`, `COALESCE(x, d)` -> `x`
- `constant`  numbers moved by one (limits, thresholds, inserted values)
- `set`       one assignment dropped from `UPDATE ... SET` or `ON CONFLICT DO UPDATE SET`
- `window`    a window's `PARTITION BY` dropped

Ids read `<operator>: <before> -> <after>` with SQL fragments; a short change is followed by
the expression around it (`2 -> 3 in position <= 2`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from stepwise.curriculum.mutants import Collector, Mutant, MutationError, snippet

DIALECT = "sqlite"
REMOVED = "(dropped)"
SHORT = 12  # a change this short is named with the expression around it

# An edit changes the node it is given (inside a copy of the tree) and returns the
# (before, after) texts that describe it.
Edit = Callable[[exp.Expression], tuple[str, str]]

SWAPS: dict[type, type] = {
    exp.EQ: exp.NEQ, exp.NEQ: exp.EQ, exp.LT: exp.LTE, exp.LTE: exp.LT,
    exp.GT: exp.GTE, exp.GTE: exp.GT,
}  # fmt: skip
AGGREGATE_SWAPS: dict[type, type] = {
    exp.Min: exp.Max, exp.Max: exp.Min, exp.Sum: exp.Avg, exp.Avg: exp.Sum,
}  # fmt: skip


def sql_mutants(source: str) -> tuple[str, list[Mutant]]:
    """The statement as sqlglot prints it for SQLite, and its mutants in a fixed order.
    Raises MutationError when it does not parse as one statement."""
    tree = _parse(source)
    original = _sql(tree)
    found = Collector(original)
    for index, node in enumerate(tree.walk()):
        for operator, edit in _edits(node):
            mutated = tree.copy()
            target = _nth(mutated, index)
            before, after = edit(target)
            source_after = _sql(mutated)
            try:
                _parse(source_after)
            except MutationError:
                continue
            change = f"{snippet(before)} -> {snippet(after)}"
            if len(snippet(before)) <= SHORT and node.parent is not None:
                change += f" in {snippet(_sql(node.parent))}"
            found.add(operator, f"{operator}: {change}", source_after)
    return original, found.mutants


def _parse(source: str) -> exp.Expression:
    try:
        statements = [s for s in sqlglot.parse(source, read=DIALECT) if s is not None]
    except SqlglotError as exc:
        raise MutationError(f"it does not parse as SQLite: {exc}") from None
    if len(statements) != 1:
        raise MutationError(f"expected one statement, found {len(statements)}")
    return statements[0]


def _sql(node: exp.Expression) -> str:
    return node.sql(dialect=DIALECT)


def _nth(tree: exp.Expression, index: int) -> exp.Expression:
    for position, node in enumerate(tree.walk()):
        if position == index:
            return node
    raise IndexError(index)


# --- operators ------------------------------------------------------------------------------


def _edits(node: exp.Expression) -> Iterator[tuple[str, Edit]]:
    """Every edit of `node` alone; its children get their own turn."""
    if isinstance(node, exp.Where | exp.Having):
        name = "where" if isinstance(node, exp.Where) else "having"
        yield from _conjunct_edits(node, name, "this", droppable=True)
    elif isinstance(node, exp.Join):
        if node.args.get("on") is not None:
            yield from _conjunct_edits(node, "join", "on", droppable=False)
            yield "join", _swap_join_side
    elif isinstance(node, exp.Select) and node.args.get("distinct"):
        yield "distinct", _drop_select_distinct
    elif isinstance(node, exp.Order):
        yield from _order_edits(node)
    elif isinstance(node, exp.Ordered) and isinstance(node.parent, exp.Order):
        yield "order", _flip_direction
    elif type(node) in SWAPS and not _is_assignment(node):
        yield "compare", _swap_comparison
        if isinstance(node, exp.EQ) and _against_text(node):
            yield "compare", _eq_to_like
    elif isinstance(node, exp.In) and node.expressions:
        yield "member", _negate_in
        if len(node.expressions) > 1:
            for position in range(len(node.expressions)):
                yield "member", _drop_in_value(position)
    elif type(node) in AGGREGATE_SWAPS:
        yield "aggregate", _swap_aggregate
        if isinstance(node, exp.Sum | exp.Avg):
            yield "distinct", _toggle_aggregate_distinct
    elif isinstance(node, exp.Count) and not isinstance(node.this, exp.Star):
        if isinstance(node.this, exp.Distinct):
            yield "distinct", _toggle_aggregate_distinct
        yield "aggregate", _count_star
    elif isinstance(node, exp.Coalesce):
        yield "aggregate", _drop_coalesce
    elif isinstance(node, exp.Literal) and node.is_number:
        yield "constant", _move_number(+1)
        yield "constant", _move_number(-1)
    elif isinstance(node, exp.Update | exp.OnConflict) and len(node.expressions) > 1:
        for position in range(len(node.expressions)):
            yield "set", _drop_assignment(position)
    elif isinstance(node, exp.Window) and node.args.get("partition_by"):
        yield "window", _drop_partition


def _conjunct_edits(node, name: str, field: str, *, droppable: bool):
    condition = node.args.get(field)
    if condition is None:
        return
    parts = list(condition.flatten()) if isinstance(condition, exp.And) else [condition]
    if len(parts) > 1:
        for position in range(len(parts)):
            yield name, _drop_conjunct(field, position)
    elif droppable:
        yield name, _drop_clause


def _drop_conjunct(field: str, position: int) -> Edit:
    def edit(node):
        condition = node.args[field]
        parts = list(condition.flatten())
        before = _sql(condition)
        kept = [part.copy() for i, part in enumerate(parts) if i != position]
        node.set(field, exp.and_(*kept, copy=False))
        return before, _sql(node.args[field])

    return edit


def _drop_clause(node):
    before = _sql(node)
    node.pop()
    return before, REMOVED


def _swap_join_side(node):
    before = _join_text(node)
    if node.side:
        node.set("side", None)
        node.set("kind", None)
    else:
        node.set("side", "LEFT")
        node.set("kind", None)
    return before, _join_text(node)


def _join_text(node) -> str:
    return _sql(node).split(" ON ", 1)[0]


def _drop_select_distinct(node):
    node.set("distinct", None)
    return "SELECT DISTINCT", "SELECT"


def _order_edits(node: exp.Order):
    terms = node.expressions
    if len(terms) == 1:
        yield "order", _drop_clause
        return
    for position in range(len(terms)):
        yield "order", _drop_order_term(position)


def _drop_order_term(position: int) -> Edit:
    def edit(node):
        before = _sql(node)
        node.expressions[position].pop()
        return before, _sql(node)

    return edit


def _flip_direction(node):
    before = _sql(node)
    descending = not node.args.get("desc")
    node.set("desc", descending)
    # SQLite sorts NULLs first when ascending and last when descending: a learner who writes
    # the other direction gets that, not the reference's NULL placement.
    node.set("nulls_first", not descending)
    return before, _sql(node)


def _is_assignment(node) -> bool:
    return isinstance(node.parent, exp.Update | exp.OnConflict)


def _against_text(node) -> bool:
    return any(isinstance(side, exp.Literal) and side.is_string
               for side in (node.this, node.expression))  # fmt: skip


def _swap_comparison(node):
    before = _sql(node)
    swapped = SWAPS[type(node)](this=node.this.copy(), expression=node.expression.copy())
    node.replace(swapped)
    return before, _sql(swapped)


def _eq_to_like(node):
    before = _sql(node)
    like = exp.Like(this=node.this.copy(), expression=node.expression.copy())
    node.replace(like)
    return before, _sql(like)


def _negate_in(node):
    before = _sql(node)
    negated = exp.Not(this=node.copy())
    node.replace(negated)
    return before, _sql(negated)


def _drop_in_value(position: int) -> Edit:
    def edit(node):
        before = _sql(node)
        node.expressions[position].pop()
        return before, _sql(node)

    return edit


def _swap_aggregate(node):
    before = _sql(node)
    swapped = AGGREGATE_SWAPS[type(node)](this=node.this.copy())
    node.replace(swapped)
    return before, _sql(swapped)


def _toggle_aggregate_distinct(node):
    before = _sql(node)
    inner = node.this
    if isinstance(inner, exp.Distinct):
        node.set("this", inner.expressions[0].copy())
    else:
        node.set("this", exp.Distinct(expressions=[inner.copy()]))
    return before, _sql(node)


def _count_star(node):
    before = _sql(node)
    node.set("this", exp.Star())
    return before, _sql(node)


def _drop_coalesce(node):
    before = _sql(node)
    inner = node.this.copy()
    node.replace(inner)
    return before, _sql(inner)


def _move_number(step: int) -> Edit:
    def edit(node):
        before = _sql(node)
        value = node.this
        number = int(value) if value.lstrip("-").isdigit() else float(value)
        moved = exp.Literal.number(number + step)
        node.replace(moved)
        return before, _sql(moved)

    return edit


def _drop_assignment(position: int) -> Edit:
    def edit(node):
        before = ", ".join(_sql(e) for e in node.expressions)
        node.expressions[position].pop()
        return before, ", ".join(_sql(e) for e in node.expressions)

    return edit


def _drop_partition(node):
    before = "PARTITION BY " + ", ".join(_sql(e) for e in node.args["partition_by"])
    node.set("partition_by", None)
    return before, REMOVED
