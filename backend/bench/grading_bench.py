"""Cost of the grading sandbox, measured against a bare interpreter start (no Django).

    cd backend && uv run python -m bench.grading_bench [--repeat 40]

Paired repetitions in one run, so load drifts hit every variant alike:

- ``bare_start_ms``: ``python -I -S -c pass`` launched from Python, empty environment;
- ``sandbox_start_ms``: the same command inside the full sandbox (slot uid, rlimits, bwrap with
  every namespace, tmpfs mounts, read-only root) -> ``sandbox_launch_ratio`` (target <= 1.5);
- ``grade_code_ms``: ``grade("code", ...)`` of a typical six-test exercise, end to end ->
  ``grading_cost_ratio`` = grade_code_ms / bare_start_ms (target <= 3).

Every figure is a median; the ``*_best`` ratios compare the fastest run of each series (what an
idle machine gives; the medians suffer most when other work competes for the CPUs).

``measure()`` returns the figures as a dict; ``main()`` then runs the API-level benchmark
(``bench/api_bench.py``: submit-to-verdict latency and throughput through gunicorn, Redis and a
Celery worker; skip it with ``--no-api``), prints one table and merges every figure into
``bench/results/grading.json`` without dropping other keys. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

from bench.common import GRADING_RESULTS as RESULTS  # noqa: E402
from bench.common import (  # noqa: E402
    TYPICAL_SOLUTION,
    TYPICAL_SPEC,
    cores,
    load_average,
    print_rows,
    write_results,
)
from grading import (  # noqa: E402
    Limits,
    SandboxConfig,
    grade,
    launch,
    probe_sandbox,
    runner,
    warm,
)
from grading.slots import claim_slot  # noqa: E402
from grading.values import decode  # noqa: E402

TARGETS = {"sandbox_launch_ratio": 1.3, "grading_cost_ratio": 1.5}


def bare_start(config: SandboxConfig) -> float:
    """Seconds for `python -I -S -c pass`, launched like the sandbox is: from Python, env={}."""
    started = time.perf_counter()
    subprocess.run([config.python, "-I", "-S", "-c", "pass"], env={}, check=True)
    return time.perf_counter() - started


def sandbox_start(config: SandboxConfig, limits: Limits) -> float:
    """Seconds for the same command inside the full sandbox, slot claim and clean-up included."""
    started = time.perf_counter()
    with claim_slot(config.lock_dir, config.slots) as number:
        slot = launch.slot_for(config, number)
        args = launch.bwrap_args(config, limits, ["-c", "pass"], {})
        proc = launch.spawn(args, launch.make_preexec(config, limits, slot), ())
        proc.communicate()
        launch.clean_up_slot(slot)
    if proc.returncode != 0:
        raise RuntimeError(f"sandboxed start failed with exit status {proc.returncode}")
    return time.perf_counter() - started


def grade_typical(config: SandboxConfig, limits: Limits) -> float:
    started = time.perf_counter()
    result = grade("code", TYPICAL_SOLUTION, TYPICAL_SPEC, limits, config)
    elapsed = time.perf_counter() - started
    if result.verdict != "accepted":
        raise RuntimeError(f"the typical exercise was not accepted: {result.to_dict()}")
    return elapsed


PYTEST_REFERENCE = (
    "def clamp(value, low, high):\n"
    "    if low > high:\n"
    "        raise ValueError(low)\n"
    "    return max(low, min(value, high))\n"
)
PYTEST_BUGS = [
    ("no-upper", "return max(low, min(value, high))", "return max(low, value)"),
    ("no-lower", "return max(low, min(value, high))", "return min(value, high)"),
    ("no-check", "if low > high:", "if False:"),
    ("swapped", "return max(low, min(value, high))", "return min(low, max(value, high))"),
    ("equal-refused", "if low > high:", "if low >= high:"),
]
PYTEST_SPEC = {
    "module": "clamps",
    "reference": PYTEST_REFERENCE,
    "bugs": [
        {"name": name, "title": name, "hint": name, "source": PYTEST_REFERENCE.replace(old, new)}
        for name, old, new in PYTEST_BUGS
    ],
}
PYTEST_ANSWER = """import pytest
from clamps import clamp

@pytest.mark.parametrize("value, expected", [(5, 5), (-1, 0), (11, 10), (3, 3)])
def test_clamp(value, expected):
    assert clamp(value, 0, 10) == expected

def test_equal_limits():
    assert clamp(7, 4, 4) == 4

def test_reversed_limits():
    with pytest.raises(ValueError):
        clamp(1, 10, 0)
"""


def grade_pytest_exercise(config: SandboxConfig, limits: Limits) -> float:
    """Seconds to grade a pytest exercise with 5 buggy implementations (6 sandboxed runs)."""
    started = time.perf_counter()
    result = grade("pytest", PYTEST_ANSWER, PYTEST_SPEC, limits, config)
    elapsed = time.perf_counter() - started
    if result.verdict != "accepted":
        raise RuntimeError(f"the pytest exercise was not accepted: {result.to_dict()}")
    return elapsed


def bare_pytest_import(config: SandboxConfig) -> float:
    """Seconds for a bare interpreter importing pytest from the django runtime (no sandbox)."""
    path = config.runtime_path("django")
    code = f"import sys; sys.path.insert(0, {path!r}); import pytest"
    started = time.perf_counter()
    subprocess.run([config.python, "-I", "-S", "-c", code], env={}, check=True)
    return time.perf_counter() - started


def measure_pytest(repeat: int = 5, config: SandboxConfig | None = None) -> dict:
    config = config or SandboxConfig.from_env()
    limits = Limits()
    grade_pytest_exercise(config, limits)  # warm up
    graded = [grade_pytest_exercise(config, limits) for _ in range(repeat)]
    imports = [bare_pytest_import(config) for _ in range(repeat)]
    graded_ms = statistics.median(graded) * 1000
    import_ms = statistics.median(imports) * 1000
    return {
        "pytest_grading_ms": round(graded_ms, 1),
        "pytest_bare_import_ms": round(import_ms, 1),
        "pytest_grading_per_import": round(graded_ms / import_ms, 2),
    }


DJANGO_FILES = {
    "tally/__init__.py": "",
    "tally/apps.py": "from django.apps import AppConfig\n\n\nclass TallyConfig(AppConfig):\n"
    "    name = 'tally'\n",
    "tally/urls.py": "from django.urls import path\n\nfrom tally import views\n\n"
    "urlpatterns = [path('items/', views.items)]\n",
}
DJANGO_ANSWER = {
    "tally/models.py": "from django.db import models\n\n\nclass Item(models.Model):\n"
    "    name = models.CharField(max_length=20)\n",
    "tally/views.py": "from django.http import JsonResponse\n\nfrom tally.models import Item\n\n\n"
    "def items(request):\n"
    "    if request.method == 'POST':\n"
    "        Item.objects.create(name=request.POST['name'])\n"
    "    return JsonResponse([i.name for i in Item.objects.order_by('id')], safe=False)\n",
}


def _django_steps() -> list:
    steps = []
    for number in range(3):
        steps.append(
            {
                "request": {"method": "POST", "path": "/items/", "body": f"name=i{number}",
                            "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
                "expect": {"status": 200},
            }
        )  # fmt: skip
        names = [f"i{n}" for n in range(number + 1)]
        steps.append({"request": {"path": "/items/"}, "expect": {"json": names}, "max_queries": 1})
    return steps


DJANGO_SPEC = {
    "files": DJANGO_FILES,
    "editable": sorted(DJANGO_ANSWER),
    "apps": ["tally"],
    "urlconf": "tally.urls",
    "tests": [{"name": "six steps", "steps": _django_steps()}],
}


def grade_django_exercise(config: SandboxConfig, limits: Limits) -> float:
    """Seconds to grade a 6-step django exercise, cold: a new sandbox sets Django up."""
    started = time.perf_counter()
    result = grade("django", DJANGO_ANSWER, DJANGO_SPEC, limits, config)
    elapsed = time.perf_counter() - started
    if result.verdict != "accepted":
        raise RuntimeError(f"the django exercise was not accepted: {result.to_dict()}")
    return elapsed


def bare_django_setup(config: SandboxConfig) -> float:
    """Seconds for a bare `import django; django.setup()` in the same runtime (no sandbox)."""
    path = config.runtime_path("django")
    code = (
        f"import sys; sys.path.insert(0, {path!r}); import django; "
        "from django.conf import settings; settings.configure(); django.setup()"
    )
    started = time.perf_counter()
    subprocess.run([config.python, "-I", "-S", "-c", code], env={}, check=True)
    return time.perf_counter() - started


def measure_django(repeat: int = 5, config: SandboxConfig | None = None) -> dict:
    config = config or SandboxConfig.from_env()
    limits = Limits(time_ms=8000)
    grade_django_exercise(config, limits)  # warm up
    graded = statistics.median(grade_django_exercise(config, limits) for _ in range(repeat))
    bare = statistics.median(bare_django_setup(config) for _ in range(repeat))
    return {
        "django_grading_ms": round(graded * 1000, 1),
        "django_bare_setup_ms": round(bare * 1000, 1),
        "django_grading_ratio": round(graded / bare, 3),
    }


def measure_django_warm(repeat: int = 5, config: SandboxConfig | None = None) -> dict:
    """The 6-step django exercise graded in a sandbox started ahead of time (a pool of one),
    after the pool has had time to refill, against a bare interpreter start measured in the
    same run: ``django_warm_latency_ms`` and ``django_warm_ratio`` (target <= 10)."""
    config = dataclasses.replace(config or SandboxConfig.from_env(), warm_pool=1)
    limits = Limits(time_ms=8000)
    key = runner.pool_key("django", config)
    grade_django_exercise(config, limits)  # cold: starts the pool
    graded, bare = [], []
    try:
        for _ in range(repeat + 1):
            deadline = time.monotonic() + 30
            while warm.ready(key) < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # the pooled sandbox finishes importing its runtime
            graded.append(grade_django_exercise(config, limits))
            bare.append(bare_start(config))
    finally:
        deadline = time.monotonic() + 30
        while warm.starting() and time.monotonic() < deadline:
            time.sleep(0.05)
        warm.drain()
    graded_ms = statistics.median(graded[1:]) * 1000
    bare_ms = statistics.median(bare) * 1000
    return {
        "django_warm_latency_ms": round(graded_ms, 1),
        "django_warm_bare_start_ms": round(bare_ms, 2),
        "django_warm_ratio": round(graded_ms / bare_ms, 3),
    }


# A learner module that notes when it starts running; CLOCK_MONOTONIC is the same inside the
# sandbox (no time namespace), so the grader can subtract its own reading from it.
STARTED_PROBE = b"import time\nSTARTED = time.monotonic()\n"


def launch_to_learner(config: SandboxConfig) -> tuple[float, bool]:
    """Seconds from handing the code to the runner to the learner's module running, and
    whether a warm sandbox ran it."""
    handed_over = time.monotonic()
    outcome = runner.run(
        "code", STARTED_PROBE, {"harness": None},
        [{"id": "t", "mode": "expr", "expr": "STARTED"}], Limits(), config, sandboxed=True,
    )  # fmt: skip
    record = outcome.results["t"]["outcomes"][0]
    return decode(record["value"]) - handed_over, outcome.warm


def measure_warm_launch(repeat: int = 20, config: SandboxConfig | None = None) -> dict:
    """``warm_launch_ms``: code handed over to the learner's module running, in a sandbox of the
    standard library's pool (target: below ``bare_start_ms``, measured in the same loop), and
    the same from a cold launch; plus the typical exercise graded through the pool."""
    config = config or SandboxConfig.from_env()
    pooled = dataclasses.replace(config, warm_pool=1)
    key = runner.pool_key("stdlib", pooled)
    limits = Limits()

    def wait_for_the_pool() -> None:
        deadline = time.monotonic() + 30
        while (warm.ready(key) < 1 or warm.starting()) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)  # the pooled interpreter finishes starting and waits on its pipe

    cold, warmed, bare, graded = [], [], [], []
    try:
        launch_to_learner(pooled)  # cold: starts the pool
        for _ in range(repeat):
            cold.append(launch_to_learner(config)[0])
            bare.append(bare_start(config))
            wait_for_the_pool()
            seconds, was_warm = launch_to_learner(pooled)
            if not was_warm:
                raise RuntimeError("the pool had no sandbox ready")
            warmed.append(seconds)
            wait_for_the_pool()
            graded.append(grade_typical(pooled, limits))
    finally:
        deadline = time.monotonic() + 30
        while warm.starting() and time.monotonic() < deadline:
            time.sleep(0.05)
        warm.drain()
    bare_ms = statistics.median(bare) * 1000
    warm_ms = statistics.median(warmed) * 1000
    graded_ms = statistics.median(graded) * 1000
    return {
        "warm_launch_ms": round(warm_ms, 2),
        "warm_launch_best_ms": round(min(warmed) * 1000, 2),
        "cold_launch_to_learner_ms": round(statistics.median(cold) * 1000, 2),
        "warm_launch_bare_start_ms": round(bare_ms, 2),
        "warm_launch_ratio": round(warm_ms / bare_ms, 3),
        "grade_code_warm_ms": round(graded_ms, 2),
        "grading_cost_ratio_warm": round(graded_ms / bare_ms, 3),
    }


def measure(repeat: int = 40, config: SandboxConfig | None = None) -> dict:
    """Paired repetitions of the three launches; medians in ms and the two ratios."""
    config = config or SandboxConfig.from_env()
    ok, detail = probe_sandbox(config)
    if not ok:
        raise RuntimeError(f"the sandbox does not work here: {detail}")
    limits = Limits()
    launch.become_subreaper()
    for _ in range(3):  # warm the page cache and the interpreter's .pyc files
        bare_start(config), sandbox_start(config, limits), grade_typical(config, limits)
    bare, sandboxed, graded = [], [], []
    for _ in range(repeat):
        bare.append(bare_start(config))
        sandboxed.append(sandbox_start(config, limits))
        graded.append(grade_typical(config, limits))
    bare_ms = statistics.median(bare) * 1000
    sandbox_ms = statistics.median(sandboxed) * 1000
    grade_ms = statistics.median(graded) * 1000
    return {
        "bare_start_ms": round(bare_ms, 2),
        "sandbox_start_ms": round(sandbox_ms, 2),
        "grade_code_ms": round(grade_ms, 2),
        "sandbox_launch_ratio": round(sandbox_ms / bare_ms, 3),
        "grading_cost_ratio": round(grade_ms / bare_ms, 3),
        # the fastest of each series: what an idle machine gives, less sensitive to load
        "sandbox_launch_ratio_best": round(min(sandboxed) / min(bare), 3),
        "grading_cost_ratio_best": round(min(graded) / min(bare), 3),
        "grading_repeat": repeat,
        "grading_python": "python " + platform.python_version(),
        "grading_measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "grading_host": f"{platform.node()} ({os.cpu_count()} cpus)",
    }


def table_rows(figures: dict) -> list[tuple[str, str, str, str]]:
    """(figure, value, target, met?) rows for the pure grading figures."""
    rows = [
        ("bare python -I -S -c pass", f"{figures['bare_start_ms']:.1f} ms", "", ""),
        ("same, sandboxed", f"{figures['sandbox_start_ms']:.1f} ms", "", ""),
        ("grade a 6-test code exercise", f"{figures['grade_code_ms']:.1f} ms", "", ""),
    ]
    for key, target in TARGETS.items():
        for name in (key, f"{key}_best"):
            met = "yes" if figures[name] <= target else "NO"
            rows.append((name, f"{figures[name]:.3f}", f"<= {target}", met))
    return rows


def print_table(figures: dict) -> None:
    print_rows(table_rows(figures))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--no-api", action="store_true", help="only the pure grading figures")
    parser.add_argument("--sequential", type=int, default=60, help="API: one-at-a-time submits")
    parser.add_argument("--burst", type=int, default=200, help="API: submissions in the burst")
    parser.add_argument(
        "--poll-ms", type=float, default=0.0, help="API: poll interval; 0 long-polls (?wait=)"
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    from bench import api_bench

    started = time.monotonic()
    figures = {"bench_cores": cores()}
    figures["bench_load_average_start"] = load_average()
    figures.update(measure(args.repeat))
    figures.update(measure_pytest())
    figures.update(measure_django())
    figures.update(measure_django_warm())
    figures.update(measure_warm_launch())
    rows = table_rows(figures)
    rows += [
        ("grade a 6-step django exercise, cold", f"{figures['django_grading_ms']:.0f} ms", "", ""),
        ("bare django.setup()", f"{figures['django_bare_setup_ms']:.0f} ms", "", ""),
        (
            "django_grading_ratio",
            f"{figures['django_grading_ratio']:.3f}",
            "<= 1.5",
            "yes" if figures["django_grading_ratio"] <= 1.5 else "NO",
        ),
        ("same, warm pool", f"{figures['django_warm_latency_ms']:.0f} ms", "", ""),
        (
            "django_warm_ratio (÷ bare start)",
            f"{figures['django_warm_ratio']:.2f}",
            "<= 10",
            "yes" if figures["django_warm_ratio"] <= 10 else "NO",
        ),
    ]
    rows += [
        ("code handed over -> learner module running, cold",
         f"{figures['cold_launch_to_learner_ms']:.1f} ms", "", ""),
        ("same, warm pool (warm_launch_ms)", f"{figures['warm_launch_ms']:.1f} ms",
         f"< {figures['warm_launch_bare_start_ms']:.1f}",
         "yes" if figures["warm_launch_ms"] < figures["warm_launch_bare_start_ms"] else "NO"),
        ("grade the 6-test code exercise, warm pool", f"{figures['grade_code_warm_ms']:.1f} ms",
         "", ""),
        ("grading_cost_ratio_warm", f"{figures['grading_cost_ratio_warm']:.3f}", "<= 1.5",
         "yes" if figures["grading_cost_ratio_warm"] <= 1.5 else "NO"),
    ]  # fmt: skip
    rows += [
        ("grade a pytest exercise, 5 bugs", f"{figures['pytest_grading_ms']:.0f} ms", "", ""),
        ("bare import of pytest", f"{figures['pytest_bare_import_ms']:.0f} ms", "", ""),
        ("pytest grading / bare import", f"{figures['pytest_grading_per_import']:.2f}", "", ""),
    ]
    if not args.no_api:
        figures.update(api_bench.measure(args.sequential, args.burst, args.poll_ms))
        rows += api_bench.table_rows(figures)
    figures["bench_load_average_end"] = load_average()
    figures["bench_seconds"] = round(time.monotonic() - started, 1)
    load = " ".join(f"{x:.2f}" for x in figures["bench_load_average_start"])
    print(f"{figures['bench_cores']} cores, load average at start {load}")
    print_rows(rows)
    if not args.no_api:
        print("median of each step of one submission (sequential, polled):")
        print_rows(api_bench.breakdown_rows(figures))
        api_bench.print_cpu(figures)
    if not args.no_write:
        write_results(figures)
        print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
