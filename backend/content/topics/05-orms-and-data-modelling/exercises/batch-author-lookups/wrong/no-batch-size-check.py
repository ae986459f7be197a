# Mistake: batch_size is never checked; range() happens to refuse 0, but a negative size silently fetches nothing.
def attach_authors(posts, fetch_authors, batch_size=100):
    wanted = []
    for post in posts:
        if post["author_id"] is not None and post["author_id"] not in wanted:
            wanted.append(post["author_id"])
    authors = {}
    for start in range(0, len(wanted), batch_size):
        for author in fetch_authors(wanted[start:start + batch_size]):
            authors[author["id"]] = author
    return [{**post, "author": authors.get(post["author_id"])} for post in posts]
