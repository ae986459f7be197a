# Mistake: ids are not de-duplicated, so an author with many posts is sent many times and batches fill up with repeats.
def attach_authors(posts, fetch_authors, batch_size=100):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    wanted = [post["author_id"] for post in posts if post["author_id"] is not None]
    authors = {}
    for start in range(0, len(wanted), batch_size):
        for author in fetch_authors(wanted[start:start + batch_size]):
            authors[author["id"]] = author
    return [{**post, "author": authors.get(post["author_id"])} for post in posts]
