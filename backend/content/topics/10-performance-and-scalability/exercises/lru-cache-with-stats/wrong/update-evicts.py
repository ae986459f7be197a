# Mistake: checks for a full cache before looking at the key, so updating a cached key evicts another one.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data = OrderedDict()
        self._hits = self._misses = self._evictions = 0

    def get(self, key):
        if key not in self._data:
            self._misses += 1
            return None
        self._hits += 1
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value):
        if len(self._data) >= self.capacity:
            self._data.popitem(last=False)
            self._evictions += 1
        self._data[key] = value
        self._data.move_to_end(key)

    def keys(self):
        return list(self._data)

    def stats(self):
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "size": len(self._data)}
