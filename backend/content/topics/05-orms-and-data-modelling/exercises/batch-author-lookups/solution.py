def attach_authors(posts, fetch_authors, batch_size=100):
    """Return copies of posts with an "author" key, fetching authors in batches."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")

    wanted = []
    seen = set()
    for post in posts:
        author_id = post["author_id"]
        if author_id is not None and author_id not in seen:
            seen.add(author_id)
            wanted.append(author_id)

    authors = {}
    for start in range(0, len(wanted), batch_size):
        for author in fetch_authors(wanted[start:start + batch_size]):
            authors[author["id"]] = author

    return [{**post, "author": authors.get(post["author_id"])} for post in posts]
