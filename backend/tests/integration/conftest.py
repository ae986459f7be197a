"""Real Celery workers for the integration tests: each is a separate process group running
`celery -A config worker` against the test database and the Redis the test run started."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from stepwise.submissions.models import Submission
from tests.plugins import services

BACKEND = Path(__file__).resolve().parents[2]


def test_database_url() -> str:
    base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    return f"{base}/{connection.settings_dict['NAME']}"


class Worker:
    def __init__(self, log_path: Path, extra_env: dict | None = None) -> None:
        self.log_path = log_path
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": test_database_url(),
            "CELERY_BROKER_URL": services.redis_server.url,
            "GRADING_REQUIRE_SANDBOX": "true",
            "DATABASE_CONN_MAX_AGE": "0",
            **(extra_env or {}),
        }
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO",
             "--concurrency=2", "--pool=prefork", "--without-gossip", "--without-mingle",
             "--without-heartbeat", f"--hostname=test-{time.monotonic_ns()}@%h"],
            cwd=BACKEND,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill() takes the pool children too
        )  # fmt: skip

    def output(self) -> str:
        return self.log_path.read_text()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready." in self.output():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"the worker exited early:\n{self.output()}")
            time.sleep(0.1)
        raise AssertionError(f"the worker did not become ready:\n{self.output()}")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)
        self.process.wait(timeout=30)
        self.log.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture
def start_worker(tmp_path):
    workers: list[Worker] = []

    def start(extra_env: dict | None = None, wait: bool = True) -> Worker:
        worker = Worker(tmp_path / f"worker-{len(workers)}.log", extra_env)
        workers.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()


def wait_for_final(submission_id: int, timeout: float = 60) -> Submission:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        submission = Submission.objects.get(pk=submission_id)
        if submission.is_final:
            return submission
        time.sleep(0.05)
    raise AssertionError(f"submission {submission_id} is still {submission.status}")


def wait_for_status(submission_id: int, status: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Submission.objects.filter(pk=submission_id, status=status).exists():
            return
        time.sleep(0.02)
    raise AssertionError(f"submission {submission_id} never became {status}")
