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


def test_the_first_request_is_allowed(clock):
    bucket = TokenBucket(capacity=3, rate=2.0, clock=clock)
    assert bucket.allow() is True
