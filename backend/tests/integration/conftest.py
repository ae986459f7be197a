"""Real server processes for the integration tests, against the test database and the Redis
the test run started: Celery workers (`celery -A config worker`) and the API under gunicorn,
started with the api service's command from docker-compose.yml and production settings."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import requests
import yaml
from django.db import connection

from stack import services
from stepwise.submissions.models import Submission

BACKEND = Path(__file__).resolve().parents[2]
COMPOSE_FILE = BACKEND.parent / "docker-compose.yml"


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
        _stop_process_group(self.process)
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


def _stop_process_group(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def cache_url() -> str:
    """The cache the live servers share: the test run's Redis, another database than the broker."""
    return services.redis_server.url.rsplit("/", 1)[0] + "/1"


def production_server_command(port: int) -> list[str]:
    """The api service's command from docker-compose.yml, bound to a loopback port instead."""
    command = yaml.safe_load(COMPOSE_FILE.read_text())["services"]["api"]["command"]
    assert command[0] == "gunicorn", command
    options = [arg for arg in command[1:] if not arg.startswith(("--bind", "-b"))]
    return [sys.executable, "-m", "gunicorn", *options, f"--bind=127.0.0.1:{port}"]


class GunicornServer:
    """The API as production serves it, on loopback. Production settings, except for a cheap
    password hasher (tests/integration/live_settings.py): Argon2's deliberate cost of a few
    hundred milliseconds would hide what the timing tests measure."""

    def __init__(self, log_path: Path, extra_env: dict | None = None) -> None:
        self.log_path = log_path
        self.port = services.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        inherited = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "THROTTLE_", "CACHE_", "WEB_", "GUNICORN_"))
        }
        env = {
            **inherited,
            "DJANGO_SETTINGS_MODULE": "tests.integration.live_settings",
            # The keys the test process signs its tokens with.
            "DJANGO_SECRET_KEY": os.environ["DJANGO_SECRET_KEY"],
            "JWT_SIGNING_KEY": os.environ["JWT_SIGNING_KEY"],
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_HSTS_SECONDS": "0",
            "DATABASE_URL": test_database_url(),
            "CELERY_BROKER_URL": services.redis_server.url,
            "CACHE_URL": cache_url(),
            # One process: every request of a test meets in it, the hardest case for waits.
            "WEB_CONCURRENCY": "1",
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            production_server_command(self.port),
            cwd=BACKEND,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return self.log_path.read_text()

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited early:\n{self.output()}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise AssertionError(f"gunicorn did not answer /healthz:\n{self.output()}")

    def stop(self) -> None:
        # Nothing to finish gracefully: the test is over, and a graceful stop lingers on
        # kept-alive connections for seconds.
        _stop_process_group(self.process, signal.SIGKILL)
        self.log.close()


@pytest.fixture
def start_gunicorn(tmp_path):
    """Start API servers; they share one cache, emptied before the first one starts."""
    redis.Redis.from_url(cache_url()).flushdb()
    servers: list[GunicornServer] = []

    def start(extra_env: dict | None = None, wait: bool = True) -> GunicornServer:
        server = GunicornServer(tmp_path / f"gunicorn-{len(servers)}.log", extra_env)
        servers.append(server)
        if wait:
            server.wait_ready()
        return server

    yield start
    for server in servers:
        server.stop()


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
