"""Sandboxes started ahead of time: a run in one behaves as a cold run does (same answer, the
exercise's own limits, nothing from any other run), each is used once, and none outlives the
pool."""

from __future__ import annotations

import dataclasses
import time

import pytest

from grading import Limits, grade, runner, warm
from grading.tests.test_django_kind import MODELS, SPEC, VIEWS

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

ANSWER = {"shelf/models.py": MODELS, "shelf/views.py": VIEWS}


@pytest.fixture
def warm_config(config):
    warmed = dataclasses.replace(config, warm_pool=1)
    yield warmed
    _settle()
    warm.drain()


def _settle(timeout_s: float = 20.0) -> None:
    """Wait until no sandbox is still being started (they join the pool when they are)."""
    deadline = time.monotonic() + timeout_s
    while warm.starting() and time.monotonic() < deadline:
        time.sleep(0.02)


def _key(config) -> warm.PoolKey:
    return runner.pool_key("django", config)


def _code_run(source: str, config, **limits) -> runner.RunOutcome:
    """The `code` kind's runner in the django runtime, through the pool when there is one."""
    return runner.run(
        "code",
        source.encode(),
        {"harness": None},
        [{"id": "t", "mode": "expr", "expr": "answer()"}],
        Limits(**limits),
        config,
        sandboxed=True,
        runtime="django",
    )


def _value(outcome: runner.RunOutcome):
    record = outcome.results.get("t") or {}
    return ((record.get("outcomes") or [{}])[0]).get("value"), record


def test_the_first_run_starts_the_pool_and_the_next_takes_a_warm_sandbox(warm_config):
    first = _code_run("def answer():\n    return 41 + 1\n", warm_config)
    assert not first.warm and _value(first)[0] == 42
    _settle()
    assert warm.ready(_key(warm_config)) == 1
    second = _code_run("def answer():\n    return 'warm'\n", warm_config)
    assert second.warm and _value(second)[0] == "warm"


def test_a_warm_sandbox_is_used_once_and_shows_nothing_of_the_run_before(warm_config):
    leave_a_trace = (
        "import os\n"
        "def answer():\n"
        "    seen = os.path.exists('/tmp/trace')\n"
        "    open('/tmp/trace', 'w').close()\n"
        "    return [seen, os.getpid()]\n"
    )
    _code_run(leave_a_trace, warm_config)  # cold; starts the pool
    runs = []
    for _ in range(2):
        _settle()
        outcome = _code_run(leave_a_trace, warm_config)
        assert outcome.warm
        runs.append(_value(outcome)[0])
    assert [seen for seen, _pid in runs] == [False, False]


def test_a_warm_sandbox_holds_the_exercise_s_limits_not_the_pool_s(warm_config):
    _code_run("def answer():\n    return 0\n", warm_config)
    _settle()
    hog = "def answer():\n    block = bytearray(400 * 1024 * 1024)\n    return len(block)\n"
    outcome = _code_run(hog, warm_config, memory_mb=256)
    assert outcome.warm
    value, record = _value(outcome)
    assert value is None and "MemoryError" in str(record), record

    _settle()
    spin = "def answer():\n    while True:\n        pass\n"
    started = time.monotonic()
    outcome = _code_run(spin, warm_config, time_ms=300)
    assert outcome.warm and outcome.timed_out
    assert time.monotonic() - started < 3.5  # the exercise's 300 ms (plus grace), not 10 s


def test_a_django_exercise_graded_warm_gets_the_verdict_it_gets_cold(config, warm_config):
    cold = grade("django", ANSWER, SPEC, Limits(time_ms=8000), config)
    grade("django", ANSWER, SPEC, Limits(time_ms=8000), warm_config)  # starts the pool
    _settle()
    warmed = grade("django", ANSWER, SPEC, Limits(time_ms=8000), warm_config)
    assert cold.verdict == warmed.verdict == "accepted"
    assert [(t.name, t.status) for t in warmed.tests] == [(t.name, t.status) for t in cold.tests]


def test_a_warm_sandbox_that_died_is_passed_over_for_a_cold_run(warm_config):
    _code_run("def answer():\n    return 0\n", warm_config)
    _settle()
    key = _key(warm_config)
    (waiting,) = warm._pools[key]
    assert isinstance(waiting, runner.WarmSandbox)
    waiting.proc.kill()
    waiting.proc.wait()
    outcome = _code_run("def answer():\n    return 'still graded'\n", warm_config)
    assert not outcome.warm and _value(outcome)[0] == "still graded"


def test_draining_stops_every_waiting_sandbox(warm_config):
    _code_run("def answer():\n    return 0\n", warm_config)
    _settle()
    (waiting,) = warm._pools[_key(warm_config)]
    assert isinstance(waiting, runner.WarmSandbox)
    assert warm.drain() == 1
    assert waiting.proc.poll() is not None
    assert warm.ready(_key(warm_config)) == 0


def _stdlib_run(source: str, config) -> runner.RunOutcome:
    return runner.run(
        "code",
        source.encode(),
        {"harness": None},
        [{"id": "t", "mode": "expr", "expr": "answer()"}],
        Limits(),
        config,
        sandboxed=True,
    )


def test_the_standard_library_has_a_pool_too_with_the_same_isolation(warm_config):
    """The kinds without a runtime (code, sql, http) take a warm sandbox as well: one run each,
    nothing of the run before, the runtime's packages not bound in."""
    probe = (
        "import os, sys\n"
        "def answer():\n"
        "    seen = os.path.exists('/tmp/trace')\n"
        "    open('/tmp/trace', 'w').close()\n"
        "    return [seen, any('runtime' in p for p in sys.path)]\n"
    )
    first = _stdlib_run(probe, warm_config)
    assert not first.warm and _value(first)[0] == [False, False]
    for _ in range(2):
        _settle()
        assert warm.ready(runner.pool_key("stdlib", warm_config)) == 1
        outcome = _stdlib_run(probe, warm_config)
        assert outcome.warm and _value(outcome)[0] == [False, False]


@pytest.mark.parametrize("kind", ["sql", "http"])
def test_sql_and_http_exercises_graded_warm_get_the_verdicts_they_get_cold(
    kind, config, warm_config
):
    from grading.tests import test_http, test_sql

    answer, spec = {
        "sql": (test_sql.SOLUTION, test_sql.spec()),
        "http": (test_http.APP, test_http.SPEC),
    }[kind]
    cold = grade(kind, answer, spec, Limits(), config)
    grade(kind, answer, spec, Limits(), warm_config)  # starts the pool
    _settle()
    warmed = grade(kind, answer, spec, Limits(), warm_config)
    assert warmed.sandboxed and cold.verdict == warmed.verdict == "accepted"
    assert [(t.name, t.status) for t in warmed.tests] == [(t.name, t.status) for t in cold.tests]
