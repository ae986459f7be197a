"""The DRF read path against plain Django: requests per second of the curriculum lists, as a
signed-in learner sees them, divided by those of a constant JSON view of the same size served
by the same process.

    cd backend && uv run python -m bench.read_path_bench [--duration 15] [--no-write]
    uv run python -m bench.read_path_bench --in-process [--profile exercises]  # no server

PostgreSQL and Redis start in a temporary directory that is always removed (``bench.server``);
the database is migrated and the real curriculum loaded with ``content_sync``. The server is
the production command, ``gunicorn --config=gunicorn.conf.py config.wsgi:application``, with
``WEB_CONCURRENCY``/``WEB_THREADS`` set to 2 x 2 and ``bench.settings`` (the test settings plus
the constant view's URLconf). wrk loads each URL in turn, the token of a learner in every
request; see README.md for what each figure is.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

from bench.common import BACKEND as BACKEND_DIR  # noqa: E402
from bench.common import cores, load_average, print_rows, write_results  # noqa: E402
from bench.server import Stack, stopped_on_exit  # noqa: E402

RESULTS = BACKEND_DIR / "bench" / "results" / "api.json"
SETTINGS = "bench.settings"
HTTP_WORKERS, HTTP_THREADS = 2, 2
PASSWORD = "bench-password-0123456789"  # noqa: S105 - a throwaway account in a throwaway DB
LISTS = {
    "exercises": "/api/v1/exercises/?page_size=20",
    "topics": "/api/v1/topics/",
}
TARGETS = {"exercises_list_ratio": 0.5, "topics_list_ratio": 0.5}
WRK_INSTALL_HINT = (
    "wrk is not installed: `apt-get install -y wrk` (Debian, Ubuntu), `brew install wrk`"
)


# --------------------------------------------------------------------------- in-process


def seed() -> str:
    """The real curriculum and one learner; returns the learner's username."""
    from django.core.management import call_command

    from stepwise.accounts.models import User

    call_command("content_sync", verbosity=0, stdout=io.StringIO())
    User.objects.create_user(username="bench-learner", email="bench@example.org", password=PASSWORD)
    return "bench-learner"


def sign_in(username: str) -> str:
    """An access token issued the way the SPA gets one: POST auth/token/ (in-process)."""
    from django.test import Client

    response = Client().post(
        "/api/v1/auth/token/",
        {"username": username, "password": PASSWORD},
        content_type="application/json",
    )
    if response.status_code != 200:
        raise RuntimeError(f"signing in gave {response.status_code}: {response.content!r}")
    return response.json()["access"]


def in_process(token: str, paths: dict[str, str], repeat: int) -> dict[str, dict]:
    """For each path: the body's size, the queries of one request, and the median ms of
    `repeat` requests through Django's test client (middleware included, no HTTP server)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    out = {}
    for name, path in paths.items():
        for _ in range(5):  # warm caches, connections and imports
            client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        # Read now: the capture is a view of the connection's query log, which the next
        # request clears.
        queries = len(captured)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path} gave {response.status_code}: {response.content!r}")
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(path)
            times.append(time.perf_counter() - started)
        out[name] = {
            "bytes": len(response.content),
            "queries": queries,
            "ms": round(1000 * statistics.median(times), 2),
        }
    return out


def profile(token: str, path: str, repeat: int = 50) -> None:
    """cProfile of `repeat` in-process requests of `path`, the 30 costliest by cumulative time."""
    from django.test import Client

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    for _ in range(5):
        client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)


# --------------------------------------------------------------------------- wrk

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def parse_wrk(output: str) -> dict:
    """Requests/s, latency percentiles (ms) and request count from `wrk --latency` output."""
    if "Non-2xx or 3xx responses" in output or "Socket errors" in output:
        raise RuntimeError(f"wrk saw failed requests:\n{output}")
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    if not {"50", "99"} <= latency.keys():
        raise RuntimeError(f"no latency distribution in wrk's output:\n{output}")
    return {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "latency_p50_ms": round(_ms(latency["50"]), 2),
        "latency_p99_ms": round(_ms(latency["99"]), 2),
    }


def wrk(url: str, token: str, seconds: int, connections: int, threads: int) -> dict:
    command = ["wrk", f"--threads={threads}", f"--connections={connections}",
               f"--duration={seconds}s", "--latency", "--timeout=10s",
               "--header", f"Authorization: Bearer {token}", url]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(done.stdout)


# --------------------------------------------------------------------------- the run


def measure(duration: int, warmup: int, connections: int, threads: int, repeat: int) -> dict:
    load_start = load_average()
    stack = Stack(
        settings=SETTINGS,
        gunicorn_args=["--config=gunicorn.conf.py"],
        http_workers=HTTP_WORKERS,
        http_threads=HTTP_THREADS,
        env={
            "WEB_CONCURRENCY": str(HTTP_WORKERS),
            "WEB_THREADS": str(HTTP_THREADS),
            "JWT_ACCESS_MINUTES": "60",  # outlives the run
        },
    )
    with stopped_on_exit(stack):
        stack.start_services()
        token = sign_in(seed())
        local = in_process(token, LISTS, repeat)
        constants = {name: f"/bench/constant/{local[name]['bytes']}/" for name in LISTS}
        local |= {
            f"constant_{name}": figures
            for name, figures in in_process(
                token, {n: p for n, p in constants.items()}, repeat
            ).items()
        }
        stack.start_servers()
        served = {}
        for name, path in LISTS.items():
            for label, url_path in ((f"constant_{name}", constants[name]), (name, path)):
                url = stack.url + url_path
                wrk(url, token, warmup, connections, threads)
                served[label] = wrk(url, token, duration, connections, threads)
        load_end = load_average()
    figures = {}
    for name in LISTS:
        ratio = served[name]["requests_per_s"] / served[f"constant_{name}"]["requests_per_s"]
        figures[f"{name}_list_ratio"] = round(ratio, 3)
    for label, result in served.items():
        for key, value in result.items():
            figures[f"{label}_{key}"] = value
        figures[f"{label}_bytes"] = local[label]["bytes"]
        figures[f"{label}_in_process_ms"] = local[label]["ms"]
        figures[f"{label}_queries"] = local[label]["queries"]
    return figures | {
        "urls": {**LISTS, **{f"constant_{n}": p for n, p in constants.items()}},
        "server": (
            f"gunicorn --config=gunicorn.conf.py, gthread {HTTP_WORKERS} workers x "
            f"{HTTP_THREADS} threads"
        ),
        "settings": SETTINGS,
        "database": "PostgreSQL (fsync off), the curriculum loaded by content_sync",
        "wrk": f"{threads} thread(s), {connections} connections, {duration} s per URL "
        f"after {warmup} s of warm-up",
        "cores": cores(),
        "load_average_start": load_start,
        "load_average_end": load_end,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def table_rows(figures: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    for name in LISTS:
        for label in (f"constant_{name}", name):
            rows.append((
                f"{label}: requests/s (p50 / p99 ms)",
                f"{figures[f'{label}_requests_per_s']:.0f}",
                f"{figures[f'{label}_latency_p50_ms']:.1f} / "
                f"{figures[f'{label}_latency_p99_ms']:.1f}", "",
            ))  # fmt: skip
            rows.append((
                f"  in-process ms per request ({figures[f'{label}_bytes']} bytes, "
                f"{figures[f'{label}_queries']} queries)",
                f"{figures[f'{label}_in_process_ms']:.2f}", "", "",
            ))  # fmt: skip
    for key, target in TARGETS.items():
        value = figures[key]
        rows.append((key, f"{value:.3f}", f">= {target}", "yes" if value >= target else "NO"))
    return rows


def in_process_only(profiled: str | None, repeat: int) -> None:
    """Without a server: the in-process figures of each list, or a profile of one."""
    stack = Stack(
        settings=SETTINGS, gunicorn_args=[], http_workers=0, http_threads=0,
        env={"JWT_ACCESS_MINUTES": "60"},
    )  # fmt: skip
    with stopped_on_exit(stack):
        stack.start_services()
        token = sign_in(seed())
        if profiled:
            profile(token, LISTS[profiled], repeat)
            return
        for name, figures in in_process(token, LISTS, repeat).items():
            print(f"{name}: {figures['ms']:.2f} ms, {figures['queries']} queries, "
                  f"{figures['bytes']} bytes")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per URL")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1, help="wrk's threads")
    parser.add_argument("--repeat", type=int, default=50, help="in-process requests per URL")
    parser.add_argument("--profile", choices=sorted(LISTS), help="profile in-process and stop")
    parser.add_argument("--in-process", action="store_true", help="in-process figures only")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.profile or args.in_process:
        in_process_only(args.profile, args.repeat)
        return 0
    if not shutil.which("wrk"):
        print(WRK_INSTALL_HINT, file=sys.stderr)
        return 2
    figures = measure(args.duration, args.warmup, args.connections, args.threads, args.repeat)
    print_rows(table_rows(figures))
    print(f"load average {figures['load_average_start']} -> {figures['load_average_end']} "
          f"on {figures['cores']} cores")  # fmt: skip
    if not args.no_write:
        write_results(figures, RESULTS)
        print(f"written to {RESULTS.relative_to(BACKEND_DIR.parent)}")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
