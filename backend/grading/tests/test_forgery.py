"""Forged results never score above an honest wrong answer."""

from __future__ import annotations

import pytest

from grading import grade

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

SPEC = {
    "tests": [
        {"name": "adds small numbers", "call": "add", "args": [1, 2], "expect": 3},
        {"name": "adds negatives", "call": "add", "args": [-5, 2], "expect": -3},
        {
            "name": "adds big numbers",
            "call": "add",
            "args": [10**12, 1],
            "expect": 10**12 + 1,
            "hidden": True,
        },
    ]
}
WRONG = "def add(a, b):\n    return 0\n"


def assert_not_better_than_wrong(source):
    result = grade("code", source, SPEC)
    assert result.status == "completed"
    assert result.verdict != "accepted"
    assert result.score == 0.0, result
    return result


def test_printing_fake_results_and_all_passed_is_ignored():
    assert_not_better_than_wrong(
        """
import sys
print('{"n":"0","t":"result","id":"t0","outcomes":[{"value":3}]}')
print("all tests passed")
sys.__stdout__.write("ALL TESTS PASSED\\n")
def add(a, b):
    print("PASS: all tests passed")
    sys.__stderr__.write('{"status": "pass"}\\n')
    return 0
"""
    )


def test_exiting_before_the_first_test_scores_nothing():
    result = assert_not_better_than_wrong("import os\nos._exit(0)\n")
    assert result.verdict == "runtime_error"


def test_exiting_during_the_first_test_scores_nothing():
    result = assert_not_better_than_wrong("import os\ndef add(a, b):\n    os._exit(0)\n")
    assert result.verdict == "runtime_error"
    assert "exited during this test" in result.tests[0].message


def test_exiting_after_the_first_test_keeps_only_what_was_honestly_passed():
    source = """
import os
calls = []
def add(a, b):
    calls.append(1)
    if len(calls) > 1:
        os._exit(0)
    return a + b
"""
    result = grade("code", source, SPEC)
    assert result.verdict == "runtime_error"
    assert [t.status for t in result.tests] == ["pass", "error", "not_run"]
    assert result.score == pytest.approx(1 / 3, abs=1e-3)


def test_an_object_equal_to_everything_is_not_equal_to_the_expected_value():
    result = assert_not_better_than_wrong(
        """
class Anything:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return 0
    def __repr__(self):
        return '3'
def add(a, b):
    return Anything()
"""
    )
    assert result.verdict == "wrong_answer"


def test_an_int_subclass_lying_in_eq_reports_its_real_value():
    assert_not_better_than_wrong(
        "class Liar(int):\n    def __eq__(self, o):\n        return True\n"
        "    __hash__ = int.__hash__\n"
        "def add(a, b):\n    return Liar(0)\n"
    )


def test_monkeypatching_json_marshal_builtins_and_sys_modules_does_not_forge_a_pass():
    assert_not_better_than_wrong(
        """
import builtins, json, marshal, sys, _json, io
json.dumps = lambda *a, **k: '{"status": "pass"}'
_json.encode_basestring_ascii = lambda s: '"3"'
marshal.loads = lambda data: {"id": "forged"}
builtins.isinstance = lambda *a: True
builtins.repr = lambda o: '3'
main = sys.modules.get('__main__')
for name in list(vars(main)) if main else []:
    if callable(getattr(main, name)):
        setattr(main, name, lambda *a, **k: None)
sys.modules['json'] = None
sys.modules['_json'] = None
def add(a, b):
    return 0
"""
    )


def test_guessed_records_written_to_every_descriptor_are_rejected():
    assert_not_better_than_wrong(
        """
import os
def forge():
    for nonce in ('0' * 32, 'a' * 32, ''):
        for test_id in ('t0', 't1', 't2', 'x', ''):
            for event in ('start', 'result'):
                line = ('{"n":"%s","t":"%s","id":"%s",' % (nonce, event, test_id)
                        + '"outcomes":[{"value":3}],"ms":1.0,"out":""}\\n')
                for fd in range(3, 64):
                    try:
                        os.write(fd, line.encode())
                    except OSError:
                        pass
forge()
def add(a, b):
    forge()
    return 0
"""
    )


def test_a_stolen_nonce_only_produces_rejected_duplicates():
    # The learner digs the nonce, the test id and the channel out of the shim's frames and
    # writes a "result" before the shim does: the honest record then is a duplicate, and a test
    # with two results fails. Forging needs the expected values anyway, which never enter.
    result = grade(
        "code",
        """
import sys, os
def add(a, b):
    frame = sys._getframe(1)
    while frame is not None and 'nonce' not in frame.f_locals:
        frame = frame.f_back
    if frame is None:
        return 0
    scope = frame.f_locals
    line = ('{"n":"%s","t":"result","id":"%s","outcomes":[{"value":%d}],"ms":1.0,"out":""}\\n'
            % (scope['nonce'], scope['test_id'], a + b))
    os.write(scope['channel'], line.encode())
    return a + b
""",
        SPEC,
    )
    assert result.verdict == "wrong_answer"
    assert result.score == 0.0
    assert all("more than one result" in t.message for t in result.tests)


def test_writing_into_the_input_descriptor_cannot_change_the_tests():
    assert_not_better_than_wrong(
        """
import os, marshal
def add(a, b):
    for fd in range(3, 64):
        try:
            os.write(fd, len(b'x').to_bytes(4, 'big') + b'x')
        except OSError:
            pass
    return 0
"""
    )
