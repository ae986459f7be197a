# Mistake: refills without capping at capacity, so a client idle for an hour can fire a huge burst.
class RateLimiter:
    def __init__(self, capacity, refill_per_second):
        self.capacity = capacity
        self.rate = refill_per_second
        self._buckets = {}

    def _refill(self, client_id, now):
        if client_id not in self._buckets:
            self._buckets[client_id] = [float(self.capacity), now]
        bucket = self._buckets[client_id]
        elapsed = max(0.0, now - bucket[1])
        bucket[0] += elapsed * self.rate
        bucket[1] = max(bucket[1], now)
        return bucket

    def allow(self, client_id, now):
        bucket = self._refill(client_id, now)
        if bucket[0] >= 1:
            bucket[0] -= 1
            return True
        return False

    def retry_after(self, client_id, now):
        tokens = self._refill(client_id, now)[0]
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate
