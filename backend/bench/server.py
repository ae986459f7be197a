"""The served stack the HTTP benchmarks measure, in a temporary directory removed on any exit:
PostgreSQL and Redis from the installed binaries (``stack.services``), a fresh migrated
database, gunicorn serving ``config.wsgi`` and, when asked, a Celery worker.

``start_services()`` (databases, migrations, Django set up in this process) and
``start_servers()`` (gunicorn, the worker) are separate so a benchmark can seed the database
in-process before any server reads it; ``start()`` does both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))


class Stack:
    """PostgreSQL, Redis, gunicorn and optionally a Celery worker in a temporary directory.

    `gunicorn_args` are the server's options (before the application); `env` is added to the
    environment of this process (before Django is configured) and of every server started.
    """

    def __init__(
        self,
        *,
        settings: str,
        gunicorn_args: list[str],
        http_workers: int,
        http_threads: int,
        worker_concurrency: int = 0,
        env: dict[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.gunicorn_args = gunicorn_args
        self.http_workers = http_workers
        self.http_threads = http_threads
        self.worker_concurrency = worker_concurrency
        self.extra_env = env or {}
        self.base = Path(tempfile.mkdtemp(prefix="stepwise-bench-"))
        os.chmod(self.base, 0o755)  # noqa: S103 - the postgres account must reach its data dir
        self.processes: list[tuple[subprocess.Popen, object]] = []
        self.env: dict[str, str] = {}
        self.url = ""
        self.gunicorn: subprocess.Popen | None = None
        self.worker: subprocess.Popen | None = None
        self.postmaster = 0

    def start(self) -> None:
        self.start_services()
        self.start_servers()

    def start_services(self) -> None:
        from stack import services

        database_url = services.start_postgres(self.base / "pg")
        redis_url = services.start_redis(self.base)
        services.create_database(database_url)
        self.env = {
            "DJANGO_SETTINGS_MODULE": self.settings,
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": redis_url,
            **self.extra_env,
        }
        os.environ.update(self.env)  # before Django is configured in this process
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        self.postmaster = int(
            (self.base / "pg" / "pgdata" / "postmaster.pid").read_text().split()[0]
        )

    def start_servers(self) -> None:
        from django.db import connections

        connections.close_all()
        self.gunicorn = self._start_gunicorn()
        if self.worker_concurrency:
            self.worker = self._start_worker()

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        log = (self.base / f"{name}.log").open("w")
        proc = subprocess.Popen(
            args,
            cwd=BACKEND,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() takes the children too
        )
        self.processes.append((proc, log))
        return proc

    def log(self, name: str) -> str:
        return (self.base / f"{name}.log").read_text(errors="replace")

    def _start_gunicorn(self) -> subprocess.Popen:
        from stack.services import free_port

        port = free_port()
        proc = self._spawn(
            "gunicorn",
            [sys.executable, "-m", "gunicorn", *self.gunicorn_args,
             f"--bind=127.0.0.1:{port}", "config.wsgi:application"],
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{port}"
        import requests

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited early:\n{self.log('gunicorn')}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return proc
            time.sleep(0.1)
        raise RuntimeError(f"gunicorn did not answer /healthz:\n{self.log('gunicorn')}")

    def _start_worker(self, cpus: set[int] | None = None) -> subprocess.Popen:
        # `taskset` pins the worker before it forks: its pool children and every sandbox they
        # start inherit the CPU set.
        pin = ["taskset", "-c", ",".join(map(str, sorted(cpus)))] if cpus else []
        proc = self._spawn(
            "worker",
            [*pin, sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=INFO",
             "--pool=prefork", f"--concurrency={self.worker_concurrency}",
             "--prefetch-multiplier=1", "--without-gossip", "--without-mingle",
             "--without-heartbeat", f"--hostname=bench-{os.getpid()}@%h"],
        )  # fmt: skip
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if " ready." in self.log("worker"):
                return proc
            if proc.poll() is not None:
                raise RuntimeError(f"the worker exited early:\n{self.log('worker')}")
            time.sleep(0.1)
        raise RuntimeError(f"the worker did not become ready:\n{self.log('worker')}")

    def restart_worker(self, *, concurrency: int, cpus: set[int]) -> None:
        """Replace the worker by one of `concurrency` pool processes pinned to `cpus`."""
        for proc, log in [(p, log) for p, log in self.processes if p is self.worker]:
            _stop_process(proc)
            log.close()
            self.processes.remove((proc, log))
        self.worker_concurrency = concurrency
        (self.base / "worker.log").unlink()
        self.worker = self._start_worker(cpus)

    def stop(self) -> None:
        for proc, log in reversed(self.processes):
            _stop_process(proc)
            log.close()
        self.processes.clear()
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        from stack import services

        services.stop_all()
        shutil.rmtree(self.base, ignore_errors=True)


def _stop_process(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group (the process leads its own session), SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@contextlib.contextmanager
def stopped_on_exit(stack: Stack):
    """Yields `stack` (not started) and stops and removes it on any exit: an exception,
    Ctrl-C or SIGTERM."""
    previous = signal.getsignal(signal.SIGTERM)

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    try:
        yield stack
    finally:
        stack.stop()
        signal.signal(signal.SIGTERM, previous)
