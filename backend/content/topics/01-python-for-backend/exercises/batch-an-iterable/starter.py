def batched(iterable, size: int):
    """Yield lists of at most `size` consecutive items from `iterable`."""
    raise NotImplementedError
