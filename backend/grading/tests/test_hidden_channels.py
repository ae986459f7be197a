"""A hidden test's result carries its name, its status and a message chosen by that status:
learner code that tries to spell a hidden input through any other channel gets nothing out."""

from __future__ import annotations

import pytest

from grading import Limits, grade
from grading.jsondata import JSONObject

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]


def spec(secret: int) -> JSONObject:
    return {
        "tests": [
            {"name": "visible", "call": "f", "args": [1], "expect": 2},
            {"name": "secret", "call": "f", "args": [secret], "expect": 2 * secret, "hidden": True},
        ]
    }


CHANNELS = {
    "the exit status": (
        "import os\ndef f(x):\n    if x > 1:\n        os._exit(x)\n    return 2 * x\n"
    ),
    "running out of memory": (
        "def f(x):\n    if x > 1:\n        block = bytearray(x * 10**8)\n    return 2 * x\n"
    ),
    "an exception's name": (
        "def f(x):\n    if x > 1:\n        raise type(f'Leak{x}', (Exception,), {})(x)\n"
        "    return 2 * x\n"
    ),
    "an exception's message": (
        "def f(x):\n    if x > 1:\n        raise ValueError(f'the secret is {x}')\n"
        "    return 2 * x\n"
    ),
    "a wrong value": "def f(x):\n    return x\n",
    "the time it takes": (
        "import time\ndef f(x):\n    if x > 1:\n        time.sleep(x / 100)\n    return 2 * x + 1\n"
    ),
    "printed output": "def f(x):\n    print('secret', x)\n    return 2 * x + (x > 1)\n",
    "the output limit": (
        "def f(x):\n    if x > 1:\n        print('x' * (x * 100_000))\n    return 2 * x\n"
    ),
}


@pytest.mark.parametrize("channel", sorted(CHANNELS))
def test_a_hidden_input_cannot_be_read_back_through(config, channel):
    source = CHANNELS[channel]
    first = grade("code", source, spec(9), Limits(time_ms=2000), config)
    second = grade("code", source, spec(42), Limits(time_ms=2000), config)
    assert first.status == second.status == "completed"
    hidden_first, hidden_second = first.tests[1], second.tests[1]
    assert hidden_first.hidden
    assert not hidden_first.passed
    # What the learner is shown is the same; the real message and call, kept for the people
    # who may read the hidden tests anyway, are the only fields that may differ.
    kept = ("real_message", "real_call")
    learner_view = [{k: v for k, v in t.to_dict().items() if k not in kept} for t in (
        hidden_first, hidden_second)]  # fmt: skip
    assert learner_view[0] == learner_view[1]
    assert (first.message, first.error_line) == (second.message, second.error_line)
    assert hidden_first.duration_ms is None
    assert hidden_first.output == ""
    for text in ("9", "42", "Leak", "secret is", "SIG"):
        assert text not in hidden_first.message
