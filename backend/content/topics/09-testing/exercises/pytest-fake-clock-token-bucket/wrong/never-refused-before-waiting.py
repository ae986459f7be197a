# Mistake: waits for the refill right after the last allowed request, never after a refused
# one, so a refusal that costs a token goes unnoticed; and the rate is 1, where a bucket that
# ignores the rate behaves the same.
import pytest
from throttle import TokenBucket


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


def test_a_full_bucket_allows_a_burst(clock):
    bucket = TokenBucket(capacity=3, rate=1.0, clock=clock)
    assert [bucket.allow() for _ in range(3)] == [True, True, True]


def test_tokens_come_back(clock):
    bucket = TokenBucket(capacity=3, rate=1.0, clock=clock)
    for _ in range(3):
        bucket.allow()
    clock.advance(2.0)
    assert [bucket.allow() for _ in range(3)] == [True, True, False]


def test_a_long_pause_refills_only_up_to_the_capacity(clock):
    bucket = TokenBucket(capacity=3, rate=1.0, clock=clock)
    clock.advance(60)
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
