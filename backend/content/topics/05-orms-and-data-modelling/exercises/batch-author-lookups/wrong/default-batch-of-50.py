# Mistake: the default batch size is not the one the prompt gives, so a page of 51 to 100 authors takes two queries.
def attach_authors(posts, fetch_authors, batch_size=50):
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
    return [{**post, "author": authors.get(post["author_id"])} for post in posts]
