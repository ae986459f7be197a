"""A pool of sandboxes started ahead of time, so that a runtime's start-up (importing Django
and pytest costs some 30 bare interpreter starts) is off the learner's path.

Each pooled sandbox is one bubblewrap launch that has imported its runtime and waits, holding
its slot, for one answer; it is taken out of the pool to grade exactly one submission and is
never put back. Taking one starts its replacement in the background. The pool knows nothing of
how a sandbox is started or used: `runner` gives it a `start` function and drives what it takes.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Protocol, TypeAlias


class Pooled(Protocol):
    def alive(self) -> bool: ...

    def discard(self) -> None: ...


# Which pool: the runtime and everything of the configuration that a launch depends on.
PoolKey: TypeAlias = tuple[object, ...]

_pools: dict[PoolKey, list[Pooled]] = {}
_starting: dict[PoolKey, int] = {}
_lock = threading.Lock()
_requests: queue.SimpleQueue[tuple[PoolKey, Callable[[], Pooled]]] = queue.SimpleQueue()
_launcher: threading.Thread | None = None


def take(key: PoolKey, size: int, start: Callable[[], Pooled]) -> Pooled | None:
    """A started sandbox for `key` if one is ready (None if not), and replacements started in
    the background so that `size` of them wait again."""
    taken = None
    with _lock:
        pool = _pools.setdefault(key, [])
        while pool and taken is None:
            candidate = pool.pop(0)
            if candidate.alive():
                taken = candidate
            else:
                candidate.discard()
    fill(key, size, start)
    return taken


def fill(key: PoolKey, size: int, start: Callable[[], Pooled]) -> None:
    """Start, in background threads, as many sandboxes as `key`'s pool lacks."""
    with _lock:
        missing = size - len(_pools.setdefault(key, [])) - _starting.get(key, 0)
        if missing <= 0:
            return
        _starting[key] = _starting.get(key, 0) + missing
    global _launcher
    with _lock:
        if _launcher is None or not _launcher.is_alive():
            _launcher = threading.Thread(target=_launch_forever, name="warm-sandboxes", daemon=True)
            _launcher.start()
    for _ in range(missing):
        _requests.put((key, start))


def _launch_forever() -> None:
    """Start the sandboxes asked for, one at a time, for the life of the process. One thread
    that never ends does it because a sandbox dies with the thread that started it (the kernel's
    parent-death signal follows the thread, and bubblewrap's --die-with-parent uses it)."""
    while True:
        key, start = _requests.get()
        started = None
        try:
            started = start()
        except Exception:  # noqa: S110 - no warm sandbox: the next run starts cold, as without one
            pass
        finally:
            with _lock:
                _starting[key] -= 1
                if started is not None:
                    _pools.setdefault(key, []).append(started)


def ready(key: PoolKey) -> int:
    """How many sandboxes wait in `key`'s pool."""
    with _lock:
        return len(_pools.get(key, []))


def drain() -> int:
    """Stop every waiting sandbox (a worker shutting down, or a test cleaning up); returns how
    many there were. Sandboxes still starting join their pool and can be drained after."""
    with _lock:
        waiting = [sandbox for pool in _pools.values() for sandbox in pool]
        _pools.clear()
    for sandbox in waiting:
        sandbox.discard()
    return len(waiting)


def starting() -> int:
    with _lock:
        return sum(_starting.values())
