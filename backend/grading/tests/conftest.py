"""Shared fixtures: the real sandbox configuration, a check that nothing outlives a run, and a
guard that keeps the tests without the `sandbox` marker from starting any process."""

from __future__ import annotations

import fcntl
import os

import pytest

from grading import SandboxConfig, launch, probe_sandbox, runner
from grading.launch import processes_of


@pytest.fixture(scope="session")
def config() -> SandboxConfig:
    config = SandboxConfig.from_env({**os.environ, "GRADING_REQUIRE_SANDBOX": "true"})
    ok, detail = probe_sandbox(config)
    if not ok:
        pytest.fail(f"the grading sandbox does not work here: {detail}")
    return config


def slot_processes(config: SandboxConfig) -> list[int]:
    """Processes running under the uid of a slot nobody holds (as root). Other test sessions
    may be grading at the same time in the slots they hold; a free slot must be empty."""
    found = []
    for slot in range(config.slots):
        path = os.path.join(config.lock_dir, f"slot-{slot}.lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue
        else:
            found += processes_of(config.slot_uid_base + slot)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    return found


@pytest.fixture
def nothing_left_running(config):
    """Fails the test if any slot uid still has a process once the test body is done."""
    yield
    if os.geteuid() == 0:
        assert slot_processes(config) == []


@pytest.fixture(autouse=True)
def only_marked_tests_start_a_sandbox(request, monkeypatch):
    """`pytest -m "not sandbox"` promises a run with no bubblewrap and no learner process; a
    test that starts one without the marker fails here. `grade()` turns any exception into a
    platform-error result, so the refusal is recorded and reported after the test body."""
    if request.node.get_closest_marker("sandbox"):
        yield
        return
    started: list[list[str]] = []

    def refuse(args, *_, **__):
        started.append(list(args))
        raise OSError("this test has no sandbox marker")

    monkeypatch.setattr(launch, "spawn", refuse)
    yield
    if started:
        runner._probe_cache.clear()  # the refused probe must not count as "no sandbox" later
        pytest.fail(f"a test without the sandbox marker started a process: {started[0][:3]}")
