# Mistake: replacing a cached value leaves the key where it was, so a freshly written key can be evicted next.
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._data = {}
        self._hits = self._misses = self._evictions = 0

    def get(self, key):
        if key not in self._data:
            self._misses += 1
            return None
        self._hits += 1
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def put(self, key, value):
        if key not in self._data and len(self._data) >= self.capacity:
            del self._data[next(iter(self._data))]
            self._evictions += 1
        self._data[key] = value

    def keys(self):
        return list(self._data)

    def stats(self):
        return {"hits": self._hits, "misses": self._misses, "evictions": self._evictions, "size": len(self._data)}
