import functools
import time


def retry(times=3, base_delay=0.5, factor=2.0, max_delay=30.0,
          exceptions=(Exception,), sleep=time.sleep):
    """Return a decorator that retries with capped exponential backoff."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return function(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    sleep(min(max_delay, base_delay * factor ** (attempt - 1)))
            raise AssertionError("unreachable")

        return wrapper

    return decorator
