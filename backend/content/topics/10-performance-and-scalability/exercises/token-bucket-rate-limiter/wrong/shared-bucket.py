# Mistake: one bucket for everybody, so one noisy client locks out all the others.
class RateLimiter:
    def __init__(self, capacity, refill_per_second):
        self.capacity = capacity
        self.rate = refill_per_second
        self.tokens = float(capacity)
        self.last = None

    def _refill(self, now):
        if self.last is None:
            self.last = now
        elapsed = max(0.0, now - self.last)
        self.tokens = min(float(self.capacity), self.tokens + elapsed * self.rate)
        self.last = max(self.last, now)

    def allow(self, client_id, now):
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def retry_after(self, client_id, now):
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate
