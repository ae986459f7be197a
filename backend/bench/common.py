"""What the benchmarks share: where results go, the typical exercise they grade, the machine's
cores and load, percentiles and the printed table. Each benchmark imports this module and none
imports another's internals, so one can change without breaking the rest."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

GRADING_RESULTS = BACKEND / "bench" / "results" / "grading.json"

TYPICAL_SOLUTION = '''
def paginate(items, page, size):
    """Return page `page` (from 1) of `items`, `size` items per page."""
    if page < 1 or size < 1:
        raise ValueError("page and size start at 1")
    start = (page - 1) * size
    return items[start : start + size]
'''
TYPICAL_SPEC = {
    "tests": [
        {"name": "first page", "call": "paginate", "args": [[1, 2, 3, 4, 5], 1, 2],
         "expect": [1, 2]},
        {"name": "middle page", "call": "paginate", "args": [[1, 2, 3, 4, 5], 2, 2],
         "expect": [3, 4]},
        {"name": "last page is short", "call": "paginate", "args": [[1, 2, 3, 4, 5], 3, 2],
         "expect": [5]},
        {"name": "past the end", "call": "paginate", "args": [[1, 2, 3], 5, 2], "expect": []},
        {"name": "rejects page zero", "call": "paginate", "args": [[1, 2], 0, 10],
         "raises": "ValueError", "hidden": True},
        {"name": "large list", "call": "paginate", "args": [list(range(1000)), 7, 100],
         "expect": list(range(600, 700)), "hidden": True},
    ]
}  # fmt: skip


def cores() -> int:
    return len(os.sched_getaffinity(0))


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def print_rows(rows: list[tuple[str, str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'value':>10}  {'target':<8}  met?")
    for name, value, target, met in rows:
        print(f"{name:<{width}}  {value:>10}  {target:<8}  {met}")


def write_results(figures: dict, path: Path = GRADING_RESULTS) -> None:
    """Merge `figures` into the JSON file, keeping keys written by other benchmarks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = {}
    if path.exists():
        try:
            existing = json.loads(path.read_text())
        except ValueError:
            existing = {}
    existing.update(figures)
    path.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")
