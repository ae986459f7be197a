"""Shared fixtures: the real sandbox configuration and a check that nothing outlives a run."""

from __future__ import annotations

import fcntl
import os

import pytest

from grading import SandboxConfig, probe_sandbox
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
