"""What an exercise's reference solution answers, kept per worker process.

The sql, code and http kinds run the reference solution in the sandbox (exercise code is as
untrusted as an answer) to learn the expected rows, values or responses; those depend only on
the exercise's content, so they are computed once and kept in a small LRU, keyed by a digest of
everything that decides them.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable

from .jsondata import JSONList

CACHE_SIZE = 256
_cache: OrderedDict[str, JSONList] = OrderedDict()
_lock = threading.Lock()


def remembered(key_parts: JSONList, compute: Callable[[], JSONList]) -> JSONList:
    """`compute()`'s result for these key parts: from the cache, or computed and kept (only
    when it succeeds: an exception is raised to the caller and nothing is kept)."""
    key = hashlib.sha256(
        json.dumps(key_parts, sort_keys=True, default=str).encode("utf-8", "surrogateescape")
    ).hexdigest()
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    found = compute()
    with _lock:
        _cache[key] = found
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found
