"""The `code` kind: every test shape of content/README.md, and the messages learners see."""

from __future__ import annotations

import pytest

from grading import Limits, grade

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

PAGINATE = {
    "tests": [
        {
            "name": "returns the first page",
            "call": "paginate",
            "args": [[1, 2, 3, 4, 5], 1, 2],
            "kwargs": {},
            "expect": [1, 2],
        },
        {
            "name": "returns the last page",
            "call": "paginate",
            "args": [[1, 2, 3, 4, 5], 3, 2],
            "expect": [5],
        },
        {
            "name": "rejects page zero",
            "call": "paginate",
            "args": [[1, 2], 0, 10],
            "raises": "ValueError",
            "hidden": True,
        },
        {
            "name": "a secret page",
            "call": "paginate",
            "args": [[7, 8, 9], 2, 1],
            "expect": [8],
            "hidden": True,
        },
    ]
}
PAGINATE_OK = """
def paginate(items, page, size):
    if page < 1:
        raise ValueError("pages start at 1")
    return items[(page - 1) * size : page * size]
"""


def test_a_correct_solution_is_accepted(config):
    result = grade("code", PAGINATE_OK, PAGINATE, None, config)
    assert (result.status, result.verdict, result.score) == ("completed", "accepted", 1.0)
    assert [t.status for t in result.tests] == ["pass"] * 4
    assert [t.hidden for t in result.tests] == [False, False, True, True]
    assert result.sandboxed is True
    assert result.peak_memory_kb > 0
    assert result.error == ""


def test_a_wrong_answer_gets_partial_score_and_expected_vs_actual(config):
    source = "def paginate(items, page, size):\n    return items[page * size:(page + 1) * size]\n"
    result = grade("code", source, PAGINATE, None, config)
    assert result.verdict == "wrong_answer"
    assert result.score == 0.0
    assert result.tests[0].message == "expected [1, 2], got [3, 4]"
    assert result.tests[1].message == "expected [5], got []"
    # hidden tests reveal neither inputs nor expectations
    assert result.tests[2].message == "wrong result (hidden test)"
    assert result.tests[3].message == "wrong result (hidden test)"

    half = PAGINATE_OK.replace("raise ValueError", "return []  #")
    result = grade("code", half, PAGINATE, None, config)
    assert (result.verdict, result.score) == ("wrong_answer", 0.75)


def test_an_exception_names_its_type_message_and_line(config):
    source = "def paginate(items, page, size):\n    x = 1\n\n    return x / 0\n"
    result = grade("code", source, PAGINATE, None, config)
    assert result.tests[0].status == "error"
    assert result.tests[0].message == "ZeroDivisionError: division by zero (line 4 of your code)"
    assert result.tests[2].message == "failed with an error (hidden test)"


def test_an_unexpected_exception_where_another_is_expected(config):
    spec = {"tests": [{"name": "n", "call": "f", "args": [], "raises": "ValueError"}]}
    result = grade("code", "def f():\n    return {}['k']\n", spec, None, config)
    assert result.tests[0].message == (
        "expected ValueError, but your code raised KeyError: 'k' (line 2 of your code)"
    )
    result = grade("code", "def f():\n    return 3\n", spec, None, config)
    assert result.tests[0].message == "expected ValueError to be raised, got 3"


def test_raises_accepts_a_subclass_of_the_named_exception(config):
    spec = {"tests": [{"name": "n", "call": "f", "args": [], "raises": "LookupError"}]}
    assert grade("code", "def f():\n    [][1]\n", spec, None, config).verdict == "accepted"


def test_a_syntax_error_is_reported_with_its_line(config):
    result = grade("code", "def paginate(items):\n    return [\n\nx = (\n", PAGINATE, None, config)
    assert result.verdict == "syntax_error"
    assert result.score == 0.0
    assert "(line 4 of your code)" in result.message and "SyntaxError" in result.message
    assert result.error_line == 4
    assert {t.status for t in result.tests} == {"not_run"}  # said once, not under every test


def test_a_crash_at_import_is_a_runtime_error(config):
    source = "print('loading')\nimport missing_module_xyz\n"
    result = grade("code", source, PAGINATE, None, config)
    assert result.verdict == "runtime_error"
    message = result.message
    assert message.startswith("ModuleNotFoundError: No module named 'missing_module_xyz'")
    assert "line 2 of your code" in message
    assert result.tests[0].output == "loading\n"


def test_a_missing_function_is_a_clear_failure(config):
    result = grade("code", "def other():\n    pass\n", PAGINATE, None, config)
    assert result.verdict == "runtime_error"  # every failing test raised NameError
    assert "name 'paginate' is not defined in your code" in result.tests[0].message


def test_objects_are_built_and_their_methods_called_step_by_step(config):
    spec = {
        "tests": [
            {
                "name": "evicts the least recently used key",
                "object": {"class": "LRUCache", "args": [2]},
                "steps": [
                    {"call": "put", "args": ["a", 1]},
                    {"call": "put", "args": ["b", 2]},
                    {"call": "get", "args": ["a"], "expect": 1},
                    {"call": "put", "args": ["c", 3]},
                    {"call": "get", "args": ["b"], "raises": "KeyError"},
                ],
            }
        ]
    }
    good = """
from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, OrderedDict()
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
    def get(self, key):
        self.data.move_to_end(key)
        return self.data[key]
"""
    assert grade("code", good, spec, None, config).verdict == "accepted"
    fifo = good.replace("        self.data.move_to_end(key)\n        return", "        return")
    result = grade("code", fifo, spec, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == "step 5, get('b'): expected KeyError to be raised, got 2"


def test_expr_tests_use_the_trusted_harness(config):
    spec = {
        "harness": (
            "def attempts_until_success(retry):\n"
            "    calls = []\n"
            "    @retry(times=3, base_delay=0)\n"
            "    def flaky():\n"
            "        calls.append(1)\n"
            "        if len(calls) < 3:\n"
            "            raise ConnectionError('try again')\n"
            "        return 'ok'\n"
            "    return [flaky(), len(calls)]\n"
        ),
        "tests": [
            {"name": "retries", "expr": "attempts_until_success(retry)", "expect": ["ok", 3]}
        ],
    }
    good = """
import functools, time
def retry(times, base_delay):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            for attempt in range(times):
                try:
                    return fn(*a, **k)
                except ConnectionError:
                    if attempt == times - 1:
                        raise
                    time.sleep(base_delay)
        return inner
    return wrap
"""
    assert grade("code", good, spec, None, config).verdict == "accepted"
    result = grade("code", good.replace("range(times)", "range(times - 1)"), spec, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == "expected ['ok', 3], got [None, 2]"


def test_approx_and_unordered_comparisons(config):
    spec = {
        "tests": [
            {
                "name": "mean",
                "call": "mean",
                "args": [[10, 20, 25]],
                "expect": 18.333,
                "compare": "approx",
                "tolerance": 0.001,
            },
            {
                "name": "tags",
                "call": "tags",
                "args": [],
                "expect": ["a", "b", "c"],
                "compare": "unordered",
            },
            {"name": "a set", "call": "as_set", "args": [], "expect": [3, 1, 2]},
            {"name": "a tuple", "call": "pair", "args": [], "expect": [1, "x"]},
            {"name": "a mapping", "call": "mapping", "args": [], "expect": {"a": [1, 2]}},
        ]
    }
    good = """
def mean(xs): return sum(xs) / len(xs)
def tags(): return ['c', 'a', 'b']
def as_set(): return {1, 2, 3}
def pair(): return (1, 'x')
def mapping(): return {'a': (1, 2)}
"""
    assert grade("code", good, spec, None, config).verdict == "accepted"
    bad = good.replace("/ len(xs)", "/ (len(xs) + 1)").replace("'b']", "'b', 'b']")
    result = grade("code", bad, spec, None, config)
    assert result.tests[0].message == "expected 18.333, got 13.75 (within 0.001)"
    assert result.tests[1].message == (
        "expected ['a', 'b', 'c'], got ['c', 'a', 'b', 'b'] (in any order)"
    )
    assert grade("code", good.replace("return True", ""), spec, None, config).score == 1.0
    strict = {"tests": [{"name": "bool", "call": "f", "args": [], "expect": 1}]}
    assert grade("code", "def f(): return True\n", strict, None, config).verdict == "wrong_answer"


def test_output_is_captured_per_test_and_hidden_for_hidden_tests(config):
    source = PAGINATE_OK.replace("    if page", "    print('page', page)\n    if page")
    result = grade("code", source, PAGINATE, None, config)
    assert result.verdict == "accepted"
    assert [t.output for t in result.tests] == ["page 1\n", "page 3\n", "", ""]


def test_a_timeout_names_the_running_test_and_runs_visible_tests_first(config):
    source = PAGINATE_OK.replace(
        "    if page < 1", "    while page == 2:\n        pass\n    if page < 1"
    )
    result = grade("code", source, PAGINATE, Limits(time_ms=400), config)
    assert result.verdict == "time_limit_exceeded"
    by_name = {t.name: t for t in result.tests}
    assert by_name["returns the first page"].status == "pass"
    assert by_name["returns the last page"].status == "pass"
    assert by_name["rejects page zero"].status == "pass"
    assert by_name["a secret page"].message == (
        "did not finish within the time limit (hidden test)"
    )
    assert result.score == 0.75


def test_a_test_cut_by_the_deadline_shows_its_real_time_and_the_rest_did_not_run(config):
    spec = {
        "tests": [
            {"name": "quick", "call": "wait", "args": [0], "expect": 0},
            {"name": "endless", "call": "wait", "args": [1], "expect": 1},
            {"name": "after it", "call": "wait", "args": [0], "expect": 0},
            {"name": "hidden after it", "call": "wait", "args": [0], "expect": 0, "hidden": True},
        ]
    }
    source = "def wait(n):\n    while n:\n        pass\n    return n\n"
    result = grade("code", source, spec, Limits(time_ms=400), config)
    quick, endless, after, hidden = result.tests
    assert quick.duration_ms is not None and 0 < quick.duration_ms < 100
    assert endless.status == "error" and endless.duration_ms is not None
    assert endless.duration_ms >= 300  # the time it really ran, not 0
    assert endless.call == "wait(1)"
    assert [after.status, hidden.status] == ["not_run", "not_run"]
    assert (after.duration_ms, hidden.duration_ms) == (None, None)


def test_an_invalid_spec_is_a_platform_error(config):
    assert grade("code", "x = 1", {"tests": []}, None, config).status == "error"
    result = grade("code", "x = 1", {"tests": [{"name": "n", "call": "f", "args": "oops"}]})
    assert result.status in {"error", "completed"}


def test_a_test_level_approx_comparison_applies_to_object_steps(config):
    source = (
        "class Meter:\n"
        "    def __init__(self):\n"
        "        self.total = 0.0\n"
        "    def add(self, x):\n"
        "        self.total += x\n"
        "        return self.total\n"
    )
    spec = {
        "tests": [
            {
                "name": "floats add up",
                "object": {"class": "Meter", "args": []},
                "compare": "approx",
                "tolerance": 1e-9,
                "steps": [
                    {"call": "add", "args": [0.1]},
                    {"call": "add", "args": [0.2], "expect": 0.3},
                ],
            }
        ]
    }
    assert grade("code", source, spec, None, config).verdict == "accepted"
    spec["tests"][0].pop("compare")
    assert grade("code", source, spec, None, config).verdict == "wrong_answer"


def test_a_type_check_tells_int_from_float_and_bool_from_int(config):
    spec = {
        "tests": [
            {"name": "mean", "call": "mean", "args": [[2, 2]], "expect": 2, "type": "float"},
            {"name": "flag", "call": "flag", "args": [], "expect": 1, "type": "int"},
        ]
    }
    right = "def mean(xs):\n    return sum(xs) / len(xs)\n\ndef flag():\n    return 1\n"
    assert grade("code", right, spec, None, config).verdict == "accepted"
    wrong = "def mean(xs):\n    return sum(xs) // len(xs)\n\ndef flag():\n    return 1\n"
    result = grade("code", wrong, spec, None, config)
    assert result.tests[0].message == "expected type float, got int: 2"


def test_a_type_check_cannot_be_fooled_by_a_class_named_like_a_builtin(config):
    spec = {"tests": [{"name": "n", "call": "n", "args": [], "expect": 3, "type": "int"}]}
    fake = "class int(int):\n    pass\n\ndef n():\n    return int(3)\n"
    result = grade("code", fake, spec, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == "expected type int, got solution.int: 3"


def test_a_no_alias_test_catches_a_shallow_copy_of_nested_data(config):
    settings = {"db": {"host": "x"}, "debug": False}
    spec = {
        "tests": [
            {"name": "copies", "call": "merged", "args": [settings], "expect": settings,
             "no_alias": True},
        ]
    }  # fmt: skip
    shallow = "def merged(base):\n    return dict(base)\n"
    result = grade("code", shallow, spec, None, config)
    assert result.verdict == "wrong_answer"
    assert "shares a list, dict or set with the arguments" in result.tests[0].message
    deep = "import copy\n\ndef merged(base):\n    return copy.deepcopy(base)\n"
    assert grade("code", deep, spec, None, config).verdict == "accepted"


def test_a_no_alias_step_catches_an_object_keeping_its_callers_list(config):
    spec = {
        "tests": [
            {
                "name": "keeps its own list",
                "object": {"class": "Cart", "args": [["apple"]]},
                "no_alias": True,
                "steps": [{"call": "items", "expect": ["apple"]}],
            }
        ]
    }
    keeps = "class Cart:\n    def __init__(self, items):\n        self._items = items\n"
    keeps += "    def items(self):\n        return list(self._items)\n"
    assert grade("code", keeps, spec, None, config).verdict == "accepted"
    leaks = keeps.replace("return list(self._items)", "return self._items")
    assert grade("code", leaks, spec, None, config).verdict == "wrong_answer"
