# Mistake: the rows are matched to ids by position (zip), but the database may return them in any order.
def attach_authors(posts, fetch_authors, batch_size=100):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    wanted = []
    for post in posts:
        if post["author_id"] is not None and post["author_id"] not in wanted:
            wanted.append(post["author_id"])
    authors = {}
    for start in range(0, len(wanted), batch_size):
        batch = wanted[start:start + batch_size]
        for author_id, author in zip(batch, fetch_authors(batch)):
            authors[author_id] = author
    return [{**post, "author": authors.get(post["author_id"])} for post in posts]
