"""Starts the real services the test run needs — PostgreSQL and Redis, from the installed
binaries, on free loopback ports, in a temporary directory — before Django is configured,
and stops them at the end. Settings read DATABASE_URL and CELERY_BROKER_URL from here.

With pytest-xdist, the controller starts PostgreSQL (each worker gets its own test database
from pytest-django) and every worker starts a Redis of its own: a worker's Celery workers then
consume only its tests' jobs, and a test that stops Redis to simulate a broker outage stops
nobody else's.

Set STEPWISE_TEST_DATABASE_URL / STEPWISE_TEST_REDIS_URL to use services you run yourself.
"""

import os
import tempfile
from pathlib import Path

import pytest

from stack.services import start_postgres, start_redis, stop_all


def _services_dir() -> Path:
    base = Path(tempfile.mkdtemp(prefix="stepwise-test-"))
    os.chmod(base, 0o755)  # noqa: S103 - the postgres account must reach its data dir
    return base


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    base = _services_dir()
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        database_url = os.environ.get("STEPWISE_TEST_DATABASE_URL") or start_postgres(base / "pg")
        os.environ["DATABASE_URL"] = database_url
    # A worker inherits the controller's DATABASE_URL and starts its own Redis.
    redis_url = os.environ.get("STEPWISE_TEST_REDIS_URL") or start_redis(base)
    os.environ["CELERY_BROKER_URL"] = redis_url


def pytest_unconfigure(config):
    stop_all()
