# Mistake: records the refill time only when a request is allowed, so refused requests refill the same seconds again.
class RateLimiter:
    def __init__(self, capacity, refill_per_second):
        self.capacity = capacity
        self.rate = refill_per_second
        self._buckets = {}

    def _tokens(self, client_id, now):
        if client_id not in self._buckets:
            self._buckets[client_id] = [float(self.capacity), now]
        tokens, last = self._buckets[client_id]
        return min(float(self.capacity), tokens + max(0.0, now - last) * self.rate)

    def allow(self, client_id, now):
        tokens = self._tokens(client_id, now)
        if tokens >= 1:
            self._buckets[client_id] = [tokens - 1, now]
            return True
        self._buckets[client_id][0] = tokens
        return False

    def retry_after(self, client_id, now):
        tokens = self._tokens(client_id, now)
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate
