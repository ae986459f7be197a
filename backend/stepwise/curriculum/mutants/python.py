"""Mutants of a Python reference solution, made with the standard library's `ast`.

`python_mutants(source)` parses the source, visits every node in a fixed order and, for each
edit an operator allows there, swaps the edited node in, prints the whole module with
`ast.unparse`, and swaps the original back. Operators (the second part of each id):

- `compare`   `<` <-> `<=`, `>` <-> `>=`, `==` <-> `!=`, `in` <-> `not in`, `is` <-> `is not`
- `member`    one item dropped from a literal tuple, list or set tested with `in`, from an
              `isinstance` or `except` tuple; a one-item tuple turned into its item (`in ("a")`)
- `boolean`   `and` <-> `or`, one operand of `and`/`or` dropped, `not` dropped
- `negate`    the condition of an `if`, `while`, conditional expression or comprehension negated
- `condition` the condition of an `if`, conditional expression or comprehension replaced by
              `True` or `False` (a dropped check, a branch never taken)
- `constant`  numbers moved by one, booleans flipped
- `status`    an HTTP status line ("404 Not Found") changed to a neighbouring status
- `slice`     a computed slice bound moved by one, any bound dropped
- `arith`     `+` <-> `-`, `*` <-> `/`, `//` -> `/`, `%` -> `//` (not on text)
- `call`      `min` <-> `max`; `sorted(x)` and `x.strip()`-like normalisations replaced by `x`
- `copy`      a copy (`copy.deepcopy(x)`, `dict(x)`, `list(x)`, `x.copy()`, `x[:]`, `{**x}`,
              `[*x]`) replaced by the reference `x`
- `keys`      one entry dropped from a dict display, one pair from a list of pairs (headers)
- `return`    `return value` -> `return None`
- `remove`    one statement removed (not imports, definitions, `pass` or docstrings)
- `branch`    the `else`/`elif` part of an `if` removed; one of several `except` clauses removed

Ids read `<scope>: <operator>: <before> -> <after>`, where the scope is the enclosing
function or class (`RateLimiter.allow`, or `module`), so they do not change when lines move.
Annotations and docstrings are never mutated.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator

from stepwise.curriculum.mutants import Collector, Mutant, MutationError, snippet

REMOVED = "(removed)"
# An expression this short (`1 -> 2`) is named with the node around it (`in n >= 1`).
SHORT = 12

COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}  # fmt: skip
NEGATING_OPS = (ast.Eq, ast.NotEq, ast.In, ast.NotIn, ast.Is, ast.IsNot)
ARITH_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv,
}  # fmt: skip
# The statuses a learner confuses with each other; any other status becomes 200 (or 500).
STATUS_SWAPS = {
    200: 201, 201: 200, 202: 200, 204: 200, 301: 302, 302: 301, 303: 302, 304: 200,
    307: 302, 308: 301, 400: 422, 401: 403, 403: 401, 404: 400, 405: 404, 406: 400,
    409: 400, 410: 404, 412: 409, 413: 400, 415: 400, 422: 400, 429: 503, 500: 503, 503: 500,
}  # fmt: skip
STATUS_LINE = re.compile(r"([1-5][0-9][0-9])( .*)?", re.DOTALL)
COPY_FUNCTIONS = {"deepcopy", "copy", "dict", "list", "set"}
NORMALISING_METHODS = {"strip", "lstrip", "rstrip", "lower", "upper", "casefold"}
KEPT_STATEMENTS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef,
                   ast.ClassDef, ast.Pass, ast.Global, ast.Nonlocal)  # fmt: skip
NOT_MUTATED_FIELDS = {"annotation", "returns", "type_comment", "format_spec"}


def python_mutants(source: str) -> tuple[str, list[Mutant]]:
    """The reference as `ast.unparse` prints it, and its mutants in source order.
    Raises MutationError when the source does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise MutationError(f"it does not parse: {exc.msg} (line {exc.lineno})") from None
    original = ast.unparse(tree)
    found = Collector(original)
    for site in _sites(tree, "module"):
        parent, field, index, node, scope = site
        for operator, after in _edits(node, parent, field):
            mutated = _apply(tree, parent, field, index, node, after)
            if mutated is None:
                continue
            change = f"{_text(node)} -> {_after_text(node, after, operator)}"
            if len(_text(node)) <= SHORT and isinstance(node, ast.expr | ast.arg):
                change += f" in {_text(parent)}"
            found.add(operator, f"{scope}: {operator}: {change}", mutated)
    return original, found.mutants


# --- walking -------------------------------------------------------------------------------

Site = tuple[ast.AST, str, int | None, ast.AST, str]  # parent, field, index, node, scope


def _sites(node: ast.AST, scope: str) -> Iterator[Site]:
    """Every (parent, field, index in the field's list or None, child, scope) below `node`,
    parents before children, skipping annotations, format specs and docstrings."""
    for field, value in ast.iter_fields(node):
        if field in NOT_MUTATED_FIELDS:
            continue
        children = value if isinstance(value, list) else [value]
        for index, child in enumerate(children):
            if not isinstance(child, ast.AST):
                continue
            if field == "body" and index == 0 and _is_docstring(child):
                continue
            at = index if isinstance(value, list) else None
            yield node, field, at, child, scope
            inner = scope
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = child.name if scope == "module" else f"{scope}.{child.name}"
            yield from _sites(child, inner)


def _is_docstring(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _apply(tree, parent, field, index, node, after) -> str | None:
    """The module printed with `node` replaced by `after` (removed when None), or None when
    that does not compile. The tree is left as it was."""
    if index is None:
        setattr(parent, field, after)
        restore = lambda: setattr(parent, field, node)  # noqa: E731
    else:
        siblings = getattr(parent, field)
        if after is None:
            del siblings[index]
            padded = not siblings
            if padded:
                siblings.append(ast.Pass())

            def restore():
                if padded:
                    siblings.clear()
                siblings.insert(index, node)
        else:
            siblings[index] = after
            restore = lambda: siblings.__setitem__(index, node)  # noqa: E731
    try:
        source = ast.unparse(tree)
        compile(source, "<mutant>", "exec")
    except (SyntaxError, ValueError, TypeError, RecursionError):
        return None
    finally:
        restore()
    return source


def _after_text(node: ast.AST, after: ast.AST | None, operator: str) -> str:
    """How an edit's result reads in its id. A removed `else` or `except` would print the
    same first line as the original, so it is named instead."""
    if after is None:
        return REMOVED
    if operator == "branch" and isinstance(node, ast.If):
        return "(else removed)"
    if operator == "branch" and isinstance(node, ast.Try):
        dropped = next(h for h in node.handlers if h not in after.handlers)
        caught = "" if dropped.type is None else f" {ast.unparse(dropped.type)}"
        return snippet(f"(except{caught} removed)")
    return _text(after)


def _text(node: ast.AST) -> str:
    """A short one-line rendering of a node: its first line for a compound statement."""
    text = ast.unparse(node)
    lines = text.splitlines() or [""]
    return snippet(lines[0] + (" ..." if len(lines) > 1 else ""))


# --- operators ----------------------------------------------------------------------------

Edit = tuple[str, ast.AST | None]  # operator, replacement node (None: remove the statement)


def _edits(node: ast.AST, parent: ast.AST, field: str) -> Iterator[Edit]:
    """Every edit of `node` alone (its children are visited on their own)."""
    if isinstance(node, ast.stmt):
        yield from _statement_edits(node, parent, field)
    if isinstance(node, ast.Compare):
        yield from _compare_edits(node)
    elif isinstance(node, ast.BoolOp):
        yield from _bool_edits(node)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "boolean", node.operand
    elif isinstance(node, ast.Constant):
        yield from _constant_edits(node)
    elif isinstance(node, ast.BinOp):
        yield from _arith_edits(node)
    elif isinstance(node, ast.Call):
        yield from _call_edits(node)
    elif isinstance(node, ast.Subscript):
        yield from _subscript_edits(node)
    elif isinstance(node, ast.Slice):
        yield from _slice_edits(node)
    elif isinstance(node, ast.Dict):
        yield from _dict_edits(node)
    elif isinstance(node, ast.List | ast.Tuple):
        yield from _sequence_edits(node, parent, field)
    elif isinstance(node, ast.IfExp):
        yield from _condition_edits(node, "test", allow_true=True)
    elif isinstance(node, ast.comprehension):
        for position, _ in enumerate(node.ifs):
            yield "negate", _replace_item(node, "ifs", position, _negated(node.ifs[position]))
            yield "condition", _replace_item(node, "ifs", position, None)


def _statement_edits(node: ast.stmt, parent: ast.AST, field: str) -> Iterator[Edit]:
    if isinstance(node, ast.If):
        yield from _condition_edits(node, "test", allow_true=True)
        if node.orelse:
            yield "branch", _with(node, orelse=[])
    elif isinstance(node, ast.While) and not isinstance(node.test, ast.Constant):
        yield from _condition_edits(node, "test", allow_true=False)
    elif isinstance(node, ast.Try) and len(node.handlers) > 1:
        for position in range(len(node.handlers)):
            yield "branch", _replace_item(node, "handlers", position, None)
    elif isinstance(node, ast.Return) and node.value is not None:
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            yield "return", _with(node, value=ast.Constant(None))
    elif (
        isinstance(node, ast.AugAssign)
        and type(node.op) in ARITH_SWAPS
        and not _is_text(node.value)
    ):
        yield "arith", _with(node, op=ARITH_SWAPS[type(node.op)]())
    if _removable(node, parent, field):
        yield "remove", None


def _removable(node: ast.stmt, parent: ast.AST, field: str) -> bool:
    """Whether removing the statement is a mistake of its own: not for definitions and
    imports (a NameError), not for an `if` without `else` (the same as `if False`), not for a
    function's last `return` (the same as `return None`)."""
    siblings = getattr(parent, field)
    if isinstance(node, KEPT_STATEMENTS) or not isinstance(siblings, list):
        return False
    if isinstance(node, ast.If) and not node.orelse:
        return False
    last_of_function = isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef)
    return not (isinstance(node, ast.Return) and last_of_function and siblings[-1] is node)


def _condition_edits(node: ast.AST, field: str, *, allow_true: bool) -> Iterator[Edit]:
    test = getattr(node, field)
    if isinstance(test, ast.Constant):
        return
    # `compare` already turns `a == b` into `a != b`: negating it again would count twice.
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], NEGATING_OPS)):  # fmt: skip
        yield "negate", _with(node, **{field: _negated(test)})
    if allow_true:
        yield "condition", _with(node, **{field: ast.Constant(True)})
    yield "condition", _with(node, **{field: ast.Constant(False)})


def _negated(test: ast.expr) -> ast.expr:
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand
    return ast.UnaryOp(ast.Not(), test)


def _compare_edits(node: ast.Compare) -> Iterator[Edit]:
    for position, op in enumerate(node.ops):
        swap = COMPARE_SWAPS.get(type(op))
        if swap is not None:
            ops = [*node.ops[:position], swap(), *node.ops[position + 1 :]]
            yield "compare", _with(node, ops=ops)
    if len(node.ops) == 1 and isinstance(node.ops[0], ast.In | ast.NotIn):
        container = node.comparators[0]
        for dropped in _items_dropped(container):
            yield "member", _with(node, comparators=[dropped])


def _items_dropped(container: ast.expr) -> Iterator[ast.expr]:
    """A literal tuple, list or set with one item less each time; a one-item tuple as its
    item alone (the mistake `in ("admin")`, a substring test on a string)."""
    if not isinstance(container, ast.Tuple | ast.List | ast.Set):
        return
    items = container.elts
    if len(items) == 1 and isinstance(container, ast.Tuple):
        yield copy.deepcopy(items[0])
    elif len(items) > 1:
        for position in range(len(items)):
            yield _replace_item(container, "elts", position, None)


def _bool_edits(node: ast.BoolOp) -> Iterator[Edit]:
    swapped = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    yield "boolean", _with(node, op=swapped)
    for position in range(len(node.values)):
        rest = [v for i, v in enumerate(node.values) if i != position]
        yield "boolean", rest[0] if len(rest) == 1 else _with(node, values=rest)


def _constant_edits(node: ast.Constant) -> Iterator[Edit]:
    value = node.value
    if isinstance(value, bool):
        yield "constant", ast.Constant(not value)
    elif isinstance(value, int | float):
        yield "constant", ast.Constant(value + 1)
        yield "constant", ast.Constant(value - 1)
    elif isinstance(value, str) and (match := STATUS_LINE.fullmatch(value)):
        code = int(match.group(1))
        other = STATUS_SWAPS.get(code, 500 if code == 200 else 200)
        yield "status", ast.Constant(f"{other}{match.group(2) or ''}")


def _arith_edits(node: ast.BinOp) -> Iterator[Edit]:
    swap = ARITH_SWAPS.get(type(node.op))
    if swap is not None and not (_is_text(node.left) or _is_text(node.right)):
        yield "arith", _with(node, op=swap())


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str | bytes)
    )


def _call_edits(node: ast.Call) -> Iterator[Edit]:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else None
    attribute = func.attr if isinstance(func, ast.Attribute) else None
    if name in ("min", "max"):
        yield "call", _with(node, func=ast.Name("max" if name == "min" else "min", ast.Load()))
    single = len(node.args) == 1 and not isinstance(node.args[0], ast.Starred)
    if single and not node.keywords:
        argument = copy.deepcopy(node.args[0])
        if name in COPY_FUNCTIONS or (
            attribute in ("deepcopy", "copy")
            and isinstance(func.value, ast.Name)
            and func.value.id == "copy"
        ):
            yield "copy", argument
    if single and name == "sorted":
        yield "call", copy.deepcopy(node.args[0])
    if name == "isinstance" and len(node.args) == 2:
        for dropped in _items_dropped(node.args[1]):
            if not isinstance(dropped, ast.Tuple | ast.List | ast.Set) or dropped.elts:
                yield "member", _with(node, args=[node.args[0], dropped])
    normalising = attribute == "copy" or attribute in NORMALISING_METHODS
    if normalising and not node.args and not node.keywords:
        yield ("copy" if attribute == "copy" else "call"), copy.deepcopy(func.value)


def _subscript_edits(node: ast.Subscript) -> Iterator[Edit]:
    bounds = node.slice
    if isinstance(bounds, ast.Slice) and bounds.lower is bounds.upper is bounds.step is None:
        yield "copy", copy.deepcopy(node.value)


def _slice_edits(node: ast.Slice) -> Iterator[Edit]:
    for field in ("lower", "upper"):
        bound = getattr(node, field)
        if bound is None:
            continue
        if not isinstance(bound, ast.Constant):
            for op in (ast.Add(), ast.Sub()):
                moved = ast.BinOp(copy.deepcopy(bound), op, ast.Constant(1))
                yield "slice", _with(node, **{field: moved})
        yield "slice", _with(node, **{field: None})


def _dict_edits(node: ast.Dict) -> Iterator[Edit]:
    if len(node.keys) == 1 and node.keys[0] is None:
        yield "copy", copy.deepcopy(node.values[0])  # {**x}
        return
    for position in range(len(node.keys)):
        keys = [k for i, k in enumerate(node.keys) if i != position]
        values = [v for i, v in enumerate(node.values) if i != position]
        yield "keys", _with(node, keys=keys, values=values)


def _sequence_edits(node: ast.List | ast.Tuple, parent: ast.AST, field: str) -> Iterator[Edit]:
    items = node.elts
    if isinstance(node, ast.List) and len(items) == 1 and isinstance(items[0], ast.Starred):
        yield "copy", copy.deepcopy(items[0].value)  # [*x]
        return
    if isinstance(parent, ast.ExceptHandler) and field == "type" and len(items) > 1:
        for position in range(len(items)):
            kept = _replace_item(node, "elts", position, None)
            yield "member", kept.elts[0] if len(kept.elts) == 1 else kept
        return
    pairs = [isinstance(item, ast.Tuple) and len(item.elts) == 2 for item in items]
    if isinstance(node, ast.List) and items and all(pairs):
        for position in range(len(items)):
            yield "keys", _replace_item(node, "elts", position, None)


# --- building replacements ------------------------------------------------------------------


def _with(node: ast.AST, **changes) -> ast.AST:
    """A shallow copy of `node` with some fields replaced (children are shared, never edited)."""
    fields = {name: getattr(node, name, None) for name in node._fields}
    fields.update(changes)
    new = type(node)(**fields)
    return ast.copy_location(new, node)


def _replace_item(node: ast.AST, field: str, position: int, item: ast.AST | None) -> ast.AST:
    """A copy of `node` whose list `field` has its item at `position` replaced (dropped when
    `item` is None)."""
    items = list(getattr(node, field))
    if item is None:
        del items[position]
    else:
        items[position] = item
    return _with(node, **{field: items})
