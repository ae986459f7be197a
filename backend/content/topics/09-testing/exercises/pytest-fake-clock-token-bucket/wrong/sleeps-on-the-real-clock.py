# Mistake: uses the real clock and time.sleep() instead of a fake clock, waiting a twentieth of a
# second where the bucket needs half a second for a token: the test is slow, and it fails on
# the correct implementation.
import time

from throttle import TokenBucket


def test_a_token_comes_back():
    bucket = TokenBucket(capacity=1, rate=2.0)
    assert bucket.allow() is True
    time.sleep(0.05)
    assert bucket.allow() is True
