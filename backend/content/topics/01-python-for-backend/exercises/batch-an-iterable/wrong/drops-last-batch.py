# Mistake: only yields full batches, so the final partial batch is silently lost.
def batched(iterable, size: int):
    if size < 1:
        raise ValueError("size must be at least 1")
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
