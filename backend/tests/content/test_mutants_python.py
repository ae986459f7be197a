"""The Python mutator: which mistakes it makes, how it names them, and what it leaves alone.
No sandbox: these only parse, print and compile."""

import ast

import pytest

from stepwise.curriculum.mutants import MutationError, generate
from stepwise.curriculum.mutants.python import python_mutants


def ids(source: str) -> list[str]:
    return [mutant.id for mutant in python_mutants(source)[1]]


def mutant(source: str, mutant_id: str) -> str:
    """The mutated program with this id, printed as ast.unparse prints it."""
    found = {m.id: m.source for m in python_mutants(source)[1]}
    assert mutant_id in found, f"{mutant_id!r} not among {sorted(found)}"
    return found[mutant_id]


def test_a_comparison_is_moved_across_its_boundary_and_named_by_its_function():
    source = "def is_long(text):\n    return len(text) > 80\n"

    assert mutant(source, "is_long: compare: len(text) > 80 -> len(text) >= 80") == (
        "def is_long(text):\n    return len(text) >= 80"
    )


def test_every_mutant_compiles_and_differs_from_the_reference_and_from_each_other():
    source = (
        "import copy\n\n"
        "def merge(defaults, overrides, limit=3):\n"
        "    result = copy.deepcopy(defaults)\n"
        "    for key, value in overrides.items():\n"
        "        if key in ('a', 'b') and value is not None:\n"
        "            result[key] = value[: limit + 1]\n"
        "        elif not value:\n"
        "            continue\n"
        "        else:\n"
        "            result[key] = max(value, 0) * 2\n"
        "    return result\n"
    )
    normalised, mutants = python_mutants(source)

    sources = [m.source for m in mutants]
    assert len(mutants) > 30
    assert normalised not in sources
    assert len(set(sources)) == len(sources)
    assert len({m.id for m in mutants}) == len(mutants)
    for text in sources:
        compile(text, "<mutant>", "exec")


def test_the_ids_do_not_change_when_lines_are_added_elsewhere_in_the_file():
    source = "def is_adult(age):\n    return age >= 18\n"
    moved = "'''Helpers.'''\nLIMIT = 3\n\n\ndef other():\n    pass\n\n\n" + source

    assert set(ids(source)) <= set(ids(moved))


def test_a_short_change_is_named_with_the_expression_around_it():
    assert "page: constant: 1 -> 2 in page - 1" in ids("def page(n):\n    return n * (page - 1)\n")


def test_ids_that_would_repeat_are_numbered_in_source_order():
    source = "def both(a, b):\n    return [a[0], b[0]]\n"

    assert ids(source).count("both: constant: 0 -> 1 in a[0]") == 1
    assert "both: constant: 0 -> 1 in b[0]" in ids(source)
    repeated = "def twice(a):\n    x = a[0]\n    return x + a[0]\n"
    assert {"twice: constant: 0 -> 1 in a[0]", "twice: constant: 0 -> 1 in a[0] #2"} <= set(
        ids(repeated)
    )


def test_conditions_are_negated_forced_and_their_operands_dropped():
    source = (
        "def ok(user):\n    if user.active and not user.banned:\n"
        "        return True\n    return False\n"
    )
    found = ids(source)

    assert (
        "ok: negate: if user.active and (not user.banned): ... -> "
        "if not (user.active and (not user.banned)): ..." in found
    )
    assert "ok: condition: if user.active and (not user.banned): ... -> if True: ..." in found
    assert "ok: condition: if user.active and (not user.banned): ... -> if False: ..." in found
    assert "ok: boolean: user.active and (not user.banned) -> user.active or not user.banned" in (
        found
    )
    assert "ok: boolean: user.active and (not user.banned) -> not user.banned" in found
    assert "ok: boolean: not user.banned -> user.banned" in found


def test_an_equality_is_negated_once_not_twice():
    found = ids("def f(x):\n    if x == 1:\n        return 2\n    return 3\n")

    assert "f: compare: x == 1 -> x != 1 in if x == 1: ..." in found
    assert not any(": negate: " in i for i in found)


def test_copies_are_replaced_by_references():
    source = (
        "import copy\n\n"
        "def snapshot(a, b, c, d):\n"
        "    return [copy.deepcopy(a), dict(b), c.copy(), d[:]]\n"
    )
    found = ids(source)

    around = " in [copy.deepcopy(a), dict(b), c.copy(), d[:]]"
    for original, reference in [("copy.deepcopy(a)", "a"), ("dict(b)", "b"), ("c.copy()", "c"),
                                ("d[:]", "d")]:  # fmt: skip
        suffix = around if len(original) <= 12 else ""
        assert f"snapshot: copy: {original} -> {reference}{suffix}" in found


def test_dict_keys_and_header_pairs_are_dropped_one_at_a_time():
    source = (
        "def respond(start_response, body):\n"
        "    start_response('201 Created', [('Content-Type', 'text/plain'), ('Location', '/a')])\n"
        "    return {'id': 1, 'body': body}\n"
    )
    found = ids(source)

    assert (
        "respond: keys: [('Content-Type', 'text/plain'), ('Location', '/a')] -> "
        "[('Content-Type', 'text/plain')]" in found
    )
    assert "respond: keys: {'id': 1, 'body': body} -> {'body': body}" in found
    assert "respond: status: '201 Created' -> '200 Created'" in found


def test_a_one_item_tuple_in_a_membership_test_becomes_a_substring_test():
    found = ids("def is_admin(role):\n    return role in ('admin',)\n")

    assert "is_admin: member: role in ('admin',) -> role in 'admin'" in found


def test_statements_are_removed_but_a_body_is_never_left_empty():
    source = "def check(n):\n    if n < 0:\n        raise ValueError('negative')\n    return n\n"

    assert mutant(source, "check: remove: raise ValueError('negative') -> (removed)") == (
        "def check(n):\n    if n < 0:\n        pass\n    return n"
    )


def test_a_functions_last_return_is_changed_to_none_rather_than_removed():
    found = ids("def f(n):\n    return n\n")

    assert found == ["f: return: return n -> return None"]


def test_docstrings_annotations_imports_and_definitions_are_left_alone():
    source = (
        '"""Module 1."""\n'
        "import math\n\n"
        "def area(r: float = 2.0) -> float:\n"
        '    """Area for radius 3."""\n'
        "    return math.pi * r\n"
    )
    found = ids(source)

    assert found == [
        "area: constant: 2.0 -> 3.0 in r: float=2.0",
        "area: constant: 2.0 -> 1.0 in r: float=2.0",
        "area: return: return math.pi * r -> return None",
        "area: arith: math.pi * r -> math.pi / r in return math.pi * r",
    ]


def test_the_normalised_reference_is_the_source_as_ast_prints_it():
    source = "def f(a,b):  # adds\n    return (a+b)\n"

    normalised, _ = generate("code", source)

    assert normalised == ast.unparse(ast.parse(source)) == "def f(a, b):\n    return a + b"


def test_a_reference_that_does_not_parse_cannot_be_mutated():
    with pytest.raises(MutationError, match="does not parse"):
        generate("http", "def app(:\n")


def test_a_removed_else_or_except_clause_is_named_in_the_id():
    source = (
        "def parse(text):\n"
        "    try:\n"
        "        value = int(text)\n"
        "    except ValueError:\n"
        "        return None\n"
        "    except TypeError:\n"
        "        return 0\n"
        "    if value > 0:\n"
        "        return value\n"
        "    else:\n"
        "        return -value\n"
    )
    found = ids(source)

    assert "parse: branch: try: ... -> (except ValueError removed)" in found
    assert "parse: branch: try: ... -> (except TypeError removed)" in found
    assert "parse: branch: if value > 0: ... -> (else removed)" in found
