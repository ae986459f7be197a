"""Slot claiming: each concurrent run owns one slot (and, as root, that slot's host uid).

Slots are claimed with `fcntl` locks on files in the configured lock directory, so any number
of worker processes on one host never run two sandboxes under the same uid at once; the lock is
released by the kernel if the worker dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import time
from collections.abc import Iterator

WAIT_STEP_S = 0.01


@contextlib.contextmanager
def claim_slot(lock_dir: str, slots: int, timeout_s: float = 60.0) -> Iterator[int]:
    """Yield a free slot number in [0, slots), holding its lock until the block exits."""
    os.makedirs(lock_dir, mode=0o700, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    order = list(range(slots))
    while True:
        random.shuffle(order)  # spreads concurrent workers over the slots
        for slot in order:
            fd = os.open(os.path.join(lock_dir, f"slot-{slot}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield slot
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"no free grading slot in {lock_dir} after {timeout_s:.0f} s")
        time.sleep(WAIT_STEP_S)
