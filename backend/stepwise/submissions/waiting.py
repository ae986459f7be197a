"""Admission of long-polls (`GET submissions/{id}/?wait=N`, `GET runs/{id}/?wait=N`): how many
may be held at once.

A held wait occupies a server thread for up to `MAX_WAIT_SECONDS`. Two caps keep waits from
taking the threads that everyone else's requests need:

- per process: at most half of the process's threads. gunicorn.conf.py tells this module how
  many threads its worker has; other servers (runserver, the test client) get a small default.
- per user: at most `WAITS_PER_USER` at once, counted in the cache, which production shares
  between every process and replica, so the cap holds across them.

A wait over either cap is not held: `wait_for_final` returns False at once and the caller
answers with the submission as it is.
"""

import contextlib
import logging
import threading
from collections.abc import Iterator

from django.core.cache import cache

from stepwise.submissions.notifications import MAX_WAIT_SECONDS, wait_until_final

logger = logging.getLogger(__name__)
WAITS_PER_USER = 2
# Outside gunicorn every request has its own thread; this still bounds the database and Redis
# connections that waits hold.
DEFAULT_WAITS_PER_PROCESS = 4
# What an answer to a refused wait tells the client: ask again in this many seconds.
RETRY_AFTER_SECONDS = 2

_process_slots = threading.BoundedSemaphore(DEFAULT_WAITS_PER_PROCESS)


def limit_waits_per_process(*, threads: int) -> None:
    """Let waits hold at most half of `threads` (none of a single thread); called once per
    server process at start-up."""
    global _process_slots
    _process_slots = threading.BoundedSemaphore(threads // 2)


@contextlib.contextmanager
def _process_slot() -> Iterator[bool]:
    slots = _process_slots
    acquired = slots.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            slots.release()


@contextlib.contextmanager
def _user_slot(user_id: int) -> Iterator[bool]:
    # One cache key per slot, taken with an atomic add: a process that dies while waiting
    # frees its slot when the key expires, without corrupting a shared counter.
    keys = (f"submission-wait:{user_id}:{slot}" for slot in range(WAITS_PER_USER))
    try:
        taken = next((key for key in keys if cache.add(key, 1, timeout=MAX_WAIT_SECONDS + 5)), None)
    except Exception:  # the shared cache is away: hold nothing rather than fail the read
        logger.warning("Wait cache unreachable; answering without holding", exc_info=True)
        taken = None
    try:
        yield taken is not None
    finally:
        if taken is not None:
            with contextlib.suppress(Exception):  # expires on its own if this fails
                cache.delete(taken)


def wait_for_final(model, *, pk: int, user_id: int, seconds: int) -> bool:
    """Hold until the row (a `Submission` or a `Run`) is final or `seconds` have passed, and
    return True; return False at once when too many waits are held already (in this process or
    by this user)."""
    with _process_slot() as process_ok:
        if not process_ok:
            return False
        with _user_slot(user_id) as user_ok:
            if not user_ok:
                return False
            wait_until_final(model, pk=pk, seconds=seconds)
            return True
