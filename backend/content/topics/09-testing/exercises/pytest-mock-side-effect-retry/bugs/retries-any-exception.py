import time


def call_with_retry(func, *, attempts=3, retry_on=(ConnectionError, TimeoutError),
                    base_delay=0.5, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    last_error = None
    for attempt in range(attempts):
        if attempt:
            sleep(base_delay * 2 ** (attempt - 1))
        try:
            return func()
        except Exception as error:
            last_error = error
    raise last_error
