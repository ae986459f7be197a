from collections import OrderedDict


class LRUCache:
    """A bounded cache that evicts the least recently used key."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._data = OrderedDict()

    def get(self, key):
        return self._data.get(key)

    def put(self, key, value) -> None:
        self._data[key] = value

    def keys(self) -> list:
        return list(self._data)

    def stats(self) -> dict:
        raise NotImplementedError
