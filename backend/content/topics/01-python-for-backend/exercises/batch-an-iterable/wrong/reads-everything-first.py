# Mistake: copies the whole input into a list first, so it is not lazy at all.
def batched(iterable, size: int):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    for start in range(0, len(items), size):
        yield items[start:start + size]
