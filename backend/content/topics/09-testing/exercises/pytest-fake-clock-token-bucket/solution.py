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


@pytest.fixture
def bucket(clock):
    return TokenBucket(capacity=3, rate=2.0, clock=clock)


def test_tokens_come_back_at_the_rate(bucket, clock):
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
    clock.advance(1.0)
    assert [bucket.allow() for _ in range(3)] == [True, True, False]


def test_a_long_pause_refills_only_up_to_the_capacity(bucket, clock):
    clock.advance(60)
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
