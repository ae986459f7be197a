import functools
import time


def retry(times=3, base_delay=0.5, factor=2.0, max_delay=30.0,
          exceptions=(Exception,), sleep=time.sleep):
    """Return a decorator that retries with capped exponential backoff."""
    def decorator(function):
        return function
    return decorator
