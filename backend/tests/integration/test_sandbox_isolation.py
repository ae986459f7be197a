"""Learner code cannot reach the services this test run started, nor the worker's secrets."""

import os
from urllib.parse import urlparse

import pytest

from grading import SandboxConfig, probe_sandbox
from grading.tests.programs import connect_program, sandbox_value

pytestmark = [pytest.mark.integration, pytest.mark.sandbox]


@pytest.fixture
def sandbox():
    config = SandboxConfig.from_env({**os.environ, "GRADING_REQUIRE_SANDBOX": "true"})
    ok, detail = probe_sandbox(config)
    assert ok, detail
    return config


def _service_ports() -> list[tuple[str, int]]:
    database = urlparse(os.environ["DATABASE_URL"])
    broker = urlparse(os.environ["CELERY_BROKER_URL"])
    return [("127.0.0.1", database.port), ("127.0.0.1", broker.port)]


def test_the_test_postgresql_and_redis_are_unreachable_from_the_sandbox(sandbox):
    targets = _service_ports()
    # The services are up: the host itself connects.
    import socket

    for host, port in targets:
        socket.create_connection((host, port), timeout=2).close()

    outcomes = sandbox_value(sandbox, connect_program(targets), "probe()")
    assert len(outcomes) == 2, outcomes
    for outcome in outcomes:
        assert "connected" not in outcome, outcomes
        # The sandbox has its own network namespace: its loopback has no listener at all.
        assert "Refused" in outcome or "OSError" in outcome, outcomes


def test_the_workers_database_and_broker_urls_are_not_visible(sandbox, monkeypatch):
    monkeypatch.setenv("STEPWISE_WORKER_SECRET", "s3cret-token-value")
    source = (
        "import os\n"
        "def probe():\n"
        "    seen = dict(os.environ)\n"
        "    try:\n"
        "        seen['pid1'] = open('/proc/1/environ').read()\n"
        "    except OSError as exc:\n"
        "        seen['pid1'] = type(exc).__name__\n"
        "    return seen\n"
    )
    seen = sandbox_value(sandbox, source, "probe()")
    assert "STEPWISE_WORKER_SECRET" not in seen
    text = repr(seen)
    for secret in ("s3cret-token-value", "postgres://", "redis://", "DATABASE_URL"):
        assert secret not in text, seen
