"""Submit-to-verdict latency and grading throughput through the real stack, measured against a
single grading of the same exercise in the same run.

    cd backend && uv run python -m bench.api_bench [--sequential 60] [--burst 200]

(``python -m bench.grading_bench`` runs this after the pure grading figures; see README.md.)

The stack is started here, in a temporary directory that is always removed: PostgreSQL and
Redis from the installed binaries (``stack.services``, which the test run uses too), a
fresh migrated database, gunicorn serving ``config.wsgi`` and a Celery worker with
``--concurrency=<cores>`` and ``GRADING_REQUIRE_SANDBOX=true``. Both run
``config.settings.test``: it is ``base`` (what production extends) plus a cheap password
hasher, raised throttles and no HTTPS redirect, none of which is on the measured path.

1. ``single_grading_ms``: ``grade()`` of the exercise in this process (the baseline), one run
   before each API submission of step 2, so the two series are paired;
2. ``submit_to_verdict_*``: POST /api/v1/submissions/ then GET /api/v1/submissions/{id}/?wait=10,
   which answers the moment the result is stored (or, with ``--poll-ms N``, a plain GET every
   N ms), one submission at a time, as a learner sees it;
3. ``throughput_*``: a burst of submissions POSTed by a few client threads at once, from the
   first POST to the last ``finished_at``; efficiency = gradings/s ÷ (cores ÷ single grading s),
   the single grading measured just before and just after the burst.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

from bench.common import (  # noqa: E402
    GRADING_RESULTS,
    TYPICAL_SOLUTION,
    TYPICAL_SPEC,
    cores,
    load_average,
    percentile,
    print_rows,
    write_results,
)
from bench.server import Stack, stopped_on_exit  # noqa: E402

SETTINGS = "config.settings.test"
TARGETS = {
    "submit_to_verdict_p50_ratio": ("<=", 1.3),
    "submit_to_verdict_p95_ratio": ("<=", 2.0),
    "throughput_efficiency": (">=", 0.8),
    "throughput_efficiency_per_worker_core": (">=", 0.8),
}
PASSWORD = "bench-password-0123456789"  # noqa: S105 - a throwaway account in a throwaway DB
EXERCISE_SLUG = "bench-paginate"
FINAL = ("completed", "error")
ANSWER = {"kind": "code", "source": TYPICAL_SOLUTION}
QUIET_KEYS = ("post_to_finished", "server_side", "row_to_claim", "claim_to_finished",
              "grader_reported")  # fmt: skip


def _parse_ts(value: str | None) -> float | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() if value else None


class CpuMeter:
    """CPU seconds used by each part of the stack, read from /proc: a process's own time plus
    that of the children it has reaped (a pool child reaps its sandboxes), grouped by session
    (gunicorn, the worker and the postmaster each lead one), and the whole machine's busy time
    from /proc/stat; ``other`` is what processes outside the stack used (other users' load)."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, sessions: dict[str, int], pids: dict[str, int]) -> None:
        self.sessions = {sid: name for name, sid in sessions.items()}
        self.pids = {pid: name for name, pid in pids.items()}
        self.names = [*sessions, *pids]

    @staticmethod
    def _fields(pid: int | str) -> list[bytes] | None:
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                return handle.read().rsplit(b")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return None

    @staticmethod
    def session_of(pid: int) -> int:
        fields = CpuMeter._fields(pid)
        return int(fields[3]) if fields else -1

    def snapshot(self) -> dict[str, float]:
        totals = dict.fromkeys(["machine", *self.names], 0.0)
        with open("/proc/stat") as handle:
            cpu = [int(x) for x in handle.readline().split()[1:]]
        totals["machine"] = (sum(cpu[:8]) - cpu[3] - cpu[4]) / self.TICK  # minus idle, iowait
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            fields = self._fields(entry)
            if not fields:
                continue
            name = self.pids.get(int(entry)) or self.sessions.get(int(fields[3]))
            if name:
                totals[name] += sum(int(x) for x in fields[11:15]) / self.TICK
        return totals

    @staticmethod
    def delta(before: dict, after: dict) -> dict[str, float]:
        used = {name: after[name] - before[name] for name in before}
        used["other"] = used.pop("machine") - sum(used.values())
        return used


# --------------------------------------------------------------------------- the stack


@contextlib.contextmanager
def running_stack(concurrency: int):
    """PostgreSQL, Redis, gunicorn (gthread, 2 x 2, keep-alive) and a Celery worker with
    `concurrency` processes, stopped and removed on any exit; `stack.meter` reads their CPU."""
    stack = Stack(
        settings=SETTINGS,
        gunicorn_args=["--workers=2", "--worker-class=gthread", "--threads=2",
                       "--keep-alive=30", "--log-level=warning"],
        http_workers=2,
        http_threads=2,
        worker_concurrency=concurrency,
        env={
            "THROTTLE_SUBMISSIONS": "1000000/min",
            "THROTTLE_AUTH": "1000000/min",
            "JWT_ACCESS_MINUTES": "60",
            "GRADING_REQUIRE_SANDBOX": "true",
        },
    )  # fmt: skip
    with stopped_on_exit(stack):
        stack.start()
        from stack import services

        stack.meter = CpuMeter(
            {"http": stack.gunicorn.pid, "worker": stack.worker.pid,
             "postgres": CpuMeter.session_of(stack.postmaster)},
            {"redis": services.redis_server.process.pid, "client": os.getpid()},
        )  # fmt: skip
        yield stack


# --------------------------------------------------------------------------- fixtures, clients


def create_fixtures():
    """A learner and the typical six-test `code` exercise, through the services."""
    from stepwise.accounts.models import User
    from stepwise.curriculum.services import exercise_create, topic_create

    user = User.objects.create_user(
        username="bench-learner", email="bench@example.org", password=PASSWORD
    )
    exercise = exercise_create(
        topic=topic_create(slug="bench-topic", title="Bench"),
        slug=EXERCISE_SLUG,
        title="Paginate a list",
        kind="code",
        spec={"starter": "def paginate(items, page, size):\n    raise NotImplementedError\n"},
        private_spec={"solution": TYPICAL_SOLUTION, "harness": "", "tests": TYPICAL_SPEC["tests"]},
        prompt_markdown="Return one page of a list.",
    )
    return user, exercise


class Client:
    """One learner's HTTP client: a keep-alive session with a bearer token."""

    def __init__(self, base_url: str, token: str | None = None) -> None:
        import requests

        self.base = f"{base_url}/api/v1"
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def login(self, username: str) -> str:
        response = self.session.post(
            f"{self.base}/auth/token/", json={"username": username, "password": PASSWORD}
        )
        response.raise_for_status()
        token = response.json()["access"]
        self.session.headers["Authorization"] = f"Bearer {token}"
        return token

    def submit(self) -> dict:
        response = self.session.post(
            f"{self.base}/submissions/",
            json={"exercise": EXERCISE_SLUG, "answer": ANSWER},
        )
        if response.status_code != 201:
            raise RuntimeError(f"POST submissions/ gave {response.status_code}: {response.text}")
        return response.json()

    def get(self, submission_id: int, wait: int = 0) -> dict:
        suffix = f"?wait={wait}" if wait else ""
        response = self.session.get(f"{self.base}/submissions/{submission_id}/{suffix}")
        response.raise_for_status()
        return response.json()


# --------------------------------------------------------------------------- measurements


def _cpu_times() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def single_grading(exercise, cpu: list | None = None, run: list | None = None) -> float:
    """Seconds for one in-process `grade()` of the stored exercise, as the worker calls it;
    the CPU seconds it took (this process and the reaped sandbox; clock ticks, so only a mean
    over many runs means something) are appended to `cpu`, the grader's `duration_ms` (the
    sandbox run itself, spawn to exit) to `run`."""
    from grading import Limits, grade
    from stepwise.curriculum.selectors import grading_spec
    from stepwise.submissions.grader import sandbox_config

    spec, limits = grading_spec(exercise), Limits.from_dict(exercise.limits)
    config = sandbox_config()
    cpu_started, started = _cpu_times(), time.perf_counter()
    result = grade("code", TYPICAL_SOLUTION, spec, limits, config)
    elapsed = time.perf_counter() - started
    if cpu is not None:
        cpu.append(_cpu_times() - cpu_started)
    if run is not None:
        run.append(result.duration_ms / 1000)
    if result.verdict != "accepted" or not result.sandboxed:
        raise RuntimeError(f"the baseline grading was not a sandboxed accept: {result.to_dict()}")
    return elapsed


def submit_and_wait(client: Client, poll_s: float, timeout: float = 60.0) -> dict:
    """POST, then wait for the verdict: with `poll_s` 0 by long-polling the detail
    (`?wait=10`, answered the moment the result is stored), else by polling every `poll_s`.
    Returns the client and server timestamps."""
    t0_wall, t0 = time.time(), time.perf_counter()
    created = client.submit()
    t_posted = time.perf_counter()
    polls = 0
    while True:
        if time.perf_counter() - t0 > timeout:
            raise RuntimeError(f"submission {created['id']} not final after {timeout}s")
        if poll_s:
            time.sleep(poll_s)
        detail = client.get(created["id"], wait=0 if poll_s else 10)
        polls += 1
        if detail["status"] in FINAL:
            t_seen = time.perf_counter()
            break
    if detail["status"] != "completed" or detail["verdict"] != "accepted":
        raise RuntimeError(f"submission {created['id']} was not accepted: {detail}")
    created_at = _parse_ts(detail["created_at"])
    started_at = _parse_ts(detail["started_at"])
    finished_at = _parse_ts(detail["finished_at"])
    seen_wall = t0_wall + (t_seen - t0)
    return {
        "total": t_seen - t0,
        "post_response": t_posted - t0,
        "post_to_row": created_at - t0_wall,
        "row_to_claim": started_at - created_at,
        "claim_to_finished": finished_at - started_at,
        "grader_reported": detail["duration_ms"] / 1000,
        "finished_to_seen": seen_wall - finished_at,
        "server_side": finished_at - created_at,
        "polls": polls,
    }


def burst(base_url: str, token: str, count: int, threads: int) -> dict:
    """POST `count` submissions from `threads` clients at once; wait (reading the database,
    not the API, so that polling does not compete with the gradings) until all are final."""
    from stepwise.submissions.models import Submission

    ids: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    shares = [count // threads + (1 if i < count % threads else 0) for i in range(threads)]
    clients = [Client(base_url, token) for _ in range(threads)]
    gate = threading.Barrier(threads + 1)

    def post(client: Client, share: int) -> None:
        gate.wait()
        try:
            for _ in range(share):
                submission_id = client.submit()["id"]
                with lock:
                    ids.append(submission_id)
        except BaseException as exc:  # reported below
            errors.append(exc)

    pairs = zip(clients, shares, strict=True)
    workers = [threading.Thread(target=post, args=pair) for pair in pairs]
    for worker in workers:
        worker.start()
    t0_wall, t0 = time.time(), time.perf_counter()
    gate.wait()
    for worker in workers:
        worker.join()
    posted = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"the burst failed: {errors[0]!r}")
    deadline = time.monotonic() + 180
    pending = Submission.objects.filter(pk__in=ids).exclude(status__in=FINAL)
    while pending.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{pending.count()} of {count} burst submissions never finished")
        time.sleep(0.05)
    rows = Submission.objects.filter(pk__in=ids)
    not_accepted = rows.exclude(status="completed", verdict="accepted").count()
    if not_accepted:
        raise RuntimeError(f"{not_accepted} burst submissions were not accepted")
    last = max(rows.values_list("finished_at", flat=True)).timestamp()
    return {"seconds": last - t0_wall, "post_seconds": posted}


def unobserved(client: Client, wait_s: float) -> dict:
    """One submission nobody watches while it is graded: POST, sleep, read it once. The
    server's own timestamps then show the pipeline without a poller competing for the CPUs."""
    t0_wall = time.time()
    created = client.submit()
    time.sleep(wait_s)
    detail = client.get(created["id"])
    if detail["status"] not in FINAL:
        raise RuntimeError(f"submission {created['id']} not final after {wait_s}s")
    created_at, finished_at = _parse_ts(detail["created_at"]), _parse_ts(detail["finished_at"])
    return {
        "post_to_finished": finished_at - t0_wall,
        "server_side": finished_at - created_at,
        "row_to_claim": _parse_ts(detail["started_at"]) - created_at,
        "claim_to_finished": finished_at - _parse_ts(detail["started_at"]),
        "grader_reported": detail["duration_ms"] / 1000,
    }


def _pin_everything_but_the_worker(stack: Stack, cpus: set[int]) -> None:
    """PostgreSQL, Redis, gunicorn and this process (the load generator) on `cpus`; the
    children they fork later (a new PostgreSQL backend) inherit it."""
    worker_session = CpuMeter.session_of(stack.worker.pid)
    others = {sid for sid, name in stack.meter.sessions.items() if name != "worker"}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        session = CpuMeter.session_of(pid)
        if session != worker_session and (pid in stack.meter.pids or session in others):
            with contextlib.suppress(OSError):
                os.sched_setaffinity(pid, cpus)
    os.sched_setaffinity(0, cpus)


def pinned_throughput(
    stack: Stack, exercise, client: Client, token: str, burst_size: int, client_threads: int
) -> dict:
    """Grading throughput with the worker alone on its core(s), and PostgreSQL, Redis,
    gunicorn and the load generator on the others, against the ideal for the worker's cores
    (their count ÷ one grading measured on them). On a shared machine the all-cores figure
    mixes two questions (how well the worker uses its cores, and how much the rest of the
    stack takes from them); this one answers the first."""
    everything = os.sched_getaffinity(0)
    if len(everything) < 2:
        return {"throughput_pinned_skipped": "needs at least 2 cores"}
    worker_cpus = {max(everything)}
    other_cpus = everything - worker_cpus
    stack.restart_worker(concurrency=len(worker_cpus), cpus=worker_cpus)
    stack.meter.sessions = {
        sid: name for sid, name in stack.meter.sessions.items() if name != "worker"
    }
    stack.meter.sessions[CpuMeter.session_of(stack.worker.pid)] = "worker"
    _pin_everything_but_the_worker(stack, other_cpus)
    try:
        for _ in range(3):  # warm the new pool child
            submit_and_wait(client, 0.0)

        def on_worker_cpus() -> float:
            # The baseline runs in this process; its sandbox inherits the affinity.
            os.sched_setaffinity(0, worker_cpus)
            try:
                return single_grading(exercise)
            finally:
                os.sched_setaffinity(0, other_cpus)

        around = [on_worker_cpus() for _ in range(10)]
        flood = burst(stack.url, token, burst_size, client_threads)
        around += [on_worker_cpus() for _ in range(10)]
    finally:
        os.sched_setaffinity(0, everything)
    single = statistics.median(around)
    per_second = burst_size / flood["seconds"]
    ideal = len(worker_cpus) / single
    return {
        "throughput_pinned_worker_cpus": sorted(worker_cpus),
        "throughput_pinned_other_cpus": sorted(other_cpus),
        "throughput_pinned_seconds": round(flood["seconds"], 3),
        "throughput_pinned_gradings_per_s": round(per_second, 2),
        "throughput_pinned_single_grading_ms": round(single * 1000, 2),
        "throughput_pinned_ideal_per_s": round(ideal, 2),
        "throughput_efficiency_per_worker_core": round(per_second / ideal, 3),
    }


def measure(
    sequential: int = 60,
    burst_size: int = 200,
    poll_ms: float = 0.0,
    client_threads: int = 4,
    quiet: int = 15,
) -> dict:
    from grading import launch

    n_cores = cores()
    load_start = load_average()
    launch.become_subreaper()
    with running_stack(n_cores) as stack:
        user, exercise = create_fixtures()
        client = Client(stack.url)
        token = client.login(user.username)
        poll_s = poll_ms / 1000
        for _ in range(4):  # warm every worker child, the HTTP workers and the baseline
            single_grading(exercise)
            submit_and_wait(client, poll_s)
        baseline, baseline_cpu, baseline_run, samples = [], [], [], []
        cpu = dict.fromkeys([*stack.meter.names, "other"], 0.0)
        for _ in range(sequential):
            baseline.append(single_grading(exercise, baseline_cpu, baseline_run))
            before = stack.meter.snapshot()
            samples.append(submit_and_wait(client, poll_s))
            for name, used in CpuMeter.delta(before, stack.meter.snapshot()).items():
                cpu[name] += used
        single = statistics.median(baseline)
        quiet_samples = [unobserved(client, max(0.3, 6 * single)) for _ in range(quiet)]
        # The burst's own baseline: gradings just before and just after it (the machine is
        # saturated during it), so that a load change since step 2 does not skew the ratio.
        around = [single_grading(exercise) for _ in range(10)]
        before = stack.meter.snapshot()
        flood = burst(stack.url, token, burst_size, client_threads)
        burst_cpu = CpuMeter.delta(before, stack.meter.snapshot())
        around += [single_grading(exercise) for _ in range(10)]
        pinned = pinned_throughput(stack, exercise, client, token, burst_size, client_threads)
        load_end = load_average()

    def ms(x: float) -> float:
        return round(x * 1000, 2)

    def p(series: list[dict], key: str, q: float = 50) -> float:
        return ms(percentile([s[key] for s in series], q))

    totals = [s["total"] for s in samples]
    p50, p95 = percentile(totals, 50), percentile(totals, 95)
    per_second = burst_size / flood["seconds"]
    single_around = statistics.median(around)
    ideal = n_cores / single_around
    breakdown = {
        key: p(samples, key)
        for key in ("post_response", "post_to_row", "row_to_claim", "claim_to_finished",
                    "grader_reported", "finished_to_seen", "server_side")
    }  # fmt: skip
    return {
        "single_grading_ms": ms(single),
        "single_grading_repeat": sequential,
        "single_grading_cpu_ms": ms(statistics.fmean(baseline_cpu)),
        "single_grading_run_ms": ms(statistics.median(baseline_run)),
        "submit_to_verdict_p50_ms": ms(p50),
        "submit_to_verdict_p95_ms": ms(p95),
        "submit_to_verdict_min_ms": ms(min(totals)),
        "submit_to_verdict_max_ms": ms(max(totals)),
        "submit_to_verdict_p50_ratio": round(p50 / single, 3),
        "submit_to_verdict_p95_ratio": round(p95 / single, 3),
        "submit_to_verdict_n": sequential,
        "submit_to_verdict_poll_ms": poll_ms,
        "submit_to_verdict_polls_median": statistics.median(s["polls"] for s in samples),
        "submit_to_verdict_server_p50_ms": p(samples, "server_side"),
        "submit_to_verdict_server_p95_ms": p(samples, "server_side", 95),
        "submit_to_verdict_breakdown_p50_ms": breakdown,
        "submit_cpu_ms_per_submission": {k: ms(v / sequential) for k, v in cpu.items()},
        "unobserved_n": quiet,
        "unobserved_p50_ms": {key: p(quiet_samples, key) for key in QUIET_KEYS},
        "throughput_burst": burst_size,
        "throughput_client_threads": client_threads,
        "throughput_seconds": round(flood["seconds"], 3),
        "throughput_post_seconds": round(flood["post_seconds"], 3),
        "throughput_gradings_per_s": round(per_second, 2),
        "throughput_ideal_per_s": round(ideal, 2),
        "throughput_efficiency": round(per_second / ideal, 3),
        "throughput_single_grading_ms": ms(single_around),
        # the same with the grading's CPU time, which load changes far less than wall time
        "throughput_efficiency_cpu": round(
            per_second * statistics.fmean(baseline_cpu) / n_cores, 3
        ),
        "throughput_cpu_s": {k: round(v, 2) for k, v in burst_cpu.items()},
        "throughput_cpu_capacity_s": round(n_cores * flood["seconds"], 2),
        "throughput_cpu_other_share": round(burst_cpu["other"] / (n_cores * flood["seconds"]), 3),
        **pinned,
        "api_cores": n_cores,
        "api_worker_concurrency": n_cores,
        "api_http": f"gunicorn gthread {stack.http_workers} workers x {stack.http_threads} threads",
        "api_settings": SETTINGS,
        "api_load_average_start": load_start,
        "api_load_average_end": load_end,
        "api_measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def table_rows(figures: dict) -> list[tuple[str, str, str, str]]:
    """(figure, value, target, met?) rows for the API figures."""
    rows = [
        ("single grading, in-process (paired baseline)", f"{figures['single_grading_ms']:.1f} ms"),
        ("  of which the sandbox run (grader duration_ms)",
         f"{figures['single_grading_run_ms']:.1f} ms"),
        ("  CPU time of that grading (mean)", f"{figures['single_grading_cpu_ms']:.1f} ms"),
        ("submit-to-verdict p50 (API)", f"{figures['submit_to_verdict_p50_ms']:.1f} ms"),
        ("submit-to-verdict p95 (API)", f"{figures['submit_to_verdict_p95_ms']:.1f} ms"),
        ("  same, server side p50 (created_at -> finished_at)",
         f"{figures['submit_to_verdict_server_p50_ms']:.1f} ms"),
        ("  same, nobody polling: POST -> finished_at p50",
         f"{figures['unobserved_p50_ms']['post_to_finished']:.1f} ms"),
        (f"burst of {figures['throughput_burst']}: first POST -> last verdict",
         f"{figures['throughput_seconds']:.2f} s"),
        ("  gradings per second", f"{figures['throughput_gradings_per_s']:.1f}"),
        (f"  ideal: {figures['api_cores']} cores / single grading "
         f"({figures['throughput_single_grading_ms']:.1f} ms, around the burst)",
         f"{figures['throughput_ideal_per_s']:.1f}"),
        ("  efficiency against the grading's CPU time instead",
         f"{figures['throughput_efficiency_cpu']:.3f}"),
    ]  # fmt: skip
    if "throughput_pinned_gradings_per_s" in figures:
        rows += [
            (f"worker pinned to CPU {figures['throughput_pinned_worker_cpus']}, the rest to "
             f"{figures['throughput_pinned_other_cpus']}: gradings per second",
             f"{figures['throughput_pinned_gradings_per_s']:.1f}"),
            (f"  ideal: worker cores / single grading on them "
             f"({figures['throughput_pinned_single_grading_ms']:.1f} ms)",
             f"{figures['throughput_pinned_ideal_per_s']:.1f}"),
        ]  # fmt: skip
    out = [(name, value, "", "") for name, value in rows]
    for key, (op, target) in TARGETS.items():
        if key not in figures:
            continue
        value = figures[key]
        met = value <= target if op == "<=" else value >= target
        out.append((key, f"{value:.3f}", f"{op} {target}", "yes" if met else "NO"))
    return out


def breakdown_rows(figures: dict) -> list[tuple[str, str, str, str]]:
    labels = {
        "post_response": "POST round trip (client)",
        "post_to_row": "POST sent -> row created_at",
        "row_to_claim": "created_at -> started_at (commit, enqueue, Redis, pickup, claim)",
        "claim_to_finished": "started_at -> finished_at (load, grade, record)",
        "grader_reported": "  of which the sandbox run (grader duration_ms)",
        "finished_to_seen": "finished_at -> seen by the client",
    }
    parts = figures["submit_to_verdict_breakdown_p50_ms"]
    return [(f"  {label}", f"{parts[key]:.1f} ms", "", "") for key, label in labels.items()]


def print_cpu(figures: dict) -> None:
    """CPU by part of the stack: per sequential submission, and per submission of the burst."""
    seq, flood = figures["submit_cpu_ms_per_submission"], figures["throughput_cpu_s"]
    per = {name: 1000 * seconds / figures["throughput_burst"] for name, seconds in flood.items()}
    print("CPU ms per submission  " + " ".join(f"{name:>9}" for name in seq))
    print("  sequential (polled)  " + " ".join(f"{seq[name]:>9.1f}" for name in seq))
    print("  in the burst         " + " ".join(f"{per[name]:>9.1f}" for name in seq))
    print(
        f"  (one in-process grading: {figures['single_grading_cpu_ms']:.1f} ms; other processes "
        f"used {100 * figures['throughput_cpu_other_share']:.0f}% of the CPUs during the burst)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sequential", type=int, default=60)
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--poll-ms", type=float, default=0.0, help="0 long-polls (?wait=)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.sequential, args.burst, args.poll_ms)
    print_rows(table_rows(figures))
    print("median of each step of one submission (sequential, polled):")
    print_rows(breakdown_rows(figures))
    print_cpu(figures)
    if not args.no_write:
        write_results(figures)
        print(f"written to {GRADING_RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
