# Mistake: assumes the input is a list and slices it, which fails for generators.
def batched(iterable, size: int):
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(iterable), size):
        yield list(iterable[start:start + size])
