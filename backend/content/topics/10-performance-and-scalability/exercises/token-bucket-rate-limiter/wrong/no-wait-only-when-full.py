# Mistake: retry_after answers 0.0 only when the bucket is full, so a client with one or more
# tokens left but below capacity is told a negative wait.
class RateLimiter:
    """Token bucket per client; time is passed in as `now` (seconds)."""

    def __init__(self, capacity: int, refill_per_second: float):
        self.capacity = capacity
        self.refill_per_second = refill_per_second
        self._buckets = {}  # client_id -> [tokens, last_refill_time]

    def _refill(self, client_id: str, now: float) -> list:
        bucket = self._buckets.get(client_id)
        if bucket is None:
            bucket = self._buckets[client_id] = [float(self.capacity), now]
            return bucket
        elapsed = max(0.0, now - bucket[1])
        bucket[0] = min(float(self.capacity), bucket[0] + elapsed * self.refill_per_second)
        bucket[1] = max(bucket[1], now)
        return bucket

    def allow(self, client_id: str, now: float) -> bool:
        bucket = self._refill(client_id, now)
        if bucket[0] >= 1:
            bucket[0] -= 1
            return True
        return False

    def retry_after(self, client_id: str, now: float) -> float:
        tokens = self._refill(client_id, now)[0]
        if tokens >= self.capacity:
            return 0.0
        return (1 - tokens) / self.refill_per_second
