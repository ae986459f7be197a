# Mistake: authors[...] raises KeyError for a deleted author instead of giving None.
def attach_authors(posts, fetch_authors, batch_size=100):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    wanted = []
    for post in posts:
        if post["author_id"] is not None and post["author_id"] not in wanted:
            wanted.append(post["author_id"])
    authors = {}
    for start in range(0, len(wanted), batch_size):
        for author in fetch_authors(wanted[start:start + batch_size]):
            authors[author["id"]] = author
    return [
        {**post, "author": authors[post["author_id"]] if post["author_id"] is not None else None}
        for post in posts
    ]
