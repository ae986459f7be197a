"""Starts the real services the test run needs — PostgreSQL and Redis, from the installed
binaries, on free loopback ports, in a temporary directory — before Django is configured,
and stops them at the end. Settings read DATABASE_URL and CELERY_BROKER_URL from here.

Set STEPWISE_TEST_DATABASE_URL / STEPWISE_TEST_REDIS_URL to use services you run yourself.
"""

import os
import tempfile
from pathlib import Path

import pytest

from stack.services import start_postgres, start_redis, stop_all


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # the controller started the services and exported their URLs
    base = Path(tempfile.mkdtemp(prefix="stepwise-test-"))
    os.chmod(base, 0o755)  # noqa: S103 - the postgres account must reach its data dir
    database_url = os.environ.get("STEPWISE_TEST_DATABASE_URL") or start_postgres(base / "pg")
    redis_url = os.environ.get("STEPWISE_TEST_REDIS_URL") or start_redis(base)
    os.environ["DATABASE_URL"] = database_url
    os.environ["CELERY_BROKER_URL"] = redis_url
    os.environ["STEPWISE_TEST_SERVICES_DIR"] = str(base)


def pytest_unconfigure(config):
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        stop_all()
