from itertools import islice


def batched(iterable, size: int):
    """Yield lists of at most `size` consecutive items from `iterable`."""
    if size < 1:
        raise ValueError("size must be at least 1")
    iterator = iter(iterable)
    while True:
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch
