# Mistake: the N+1 loop is still there, one fetch per post instead of one per batch of distinct ids.
def attach_authors(posts, fetch_authors, batch_size=100):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    result = []
    for post in posts:
        author = None
        if post["author_id"] is not None:
            found = fetch_authors([post["author_id"]])
            author = found[0] if found else None
        result.append({**post, "author": author})
    return result
