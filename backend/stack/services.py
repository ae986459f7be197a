"""Real PostgreSQL and Redis, started from the installed binaries on free loopback ports in a
directory the caller chooses, and stopped by ``stop_all()``. The test run (through the pytest
plugin ``tests.plugins.services``) and the benchmarks both start their services here.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

_started: list = []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not start listening on port {port} within {timeout}s")


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not candidates:
        raise RuntimeError(f"PostgreSQL's {name} was not found; install the postgresql package.")
    return candidates[-1]


def _as_postgres_user(command: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; the package's own account runs them.
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_postgres(base: Path) -> str:
    data = base / "pgdata"
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(base, account.pw_uid, account.pw_gid)
    port = free_port()
    subprocess.run(
        _as_postgres_user(
            [_pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--no-sync"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        _as_postgres_user(
            [_pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "pg.log"),
             "-w", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    _started.append(("postgres", data))
    _wait_for_port(port, "PostgreSQL")
    return f"postgres://postgres@127.0.0.1:{port}/stepwise"


class RedisServer:
    """A Redis on a fixed loopback port that tests may stop and start again (broker outages)."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", "--port", str(self.port),
             "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(self.base)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_for_port(self.port, "Redis")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


redis_server: RedisServer | None = None


def start_redis(base: Path) -> str:
    global redis_server
    redis_server = RedisServer(base)
    redis_server.start()
    _started.append(("redis", redis_server))
    return redis_server.url


def stop_all() -> None:
    while _started:
        kind, handle = _started.pop()
        if kind == "postgres":
            subprocess.run(
                _as_postgres_user(
                    [_pg_bin("pg_ctl"), "-D", str(handle), "-m", "immediate", "stop"]
                ),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        else:
            handle.stop()


def create_database(url: str, name: str = "stepwise") -> None:
    """An empty database named `name` on the server at `url` (which names another database)."""
    import psycopg

    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
