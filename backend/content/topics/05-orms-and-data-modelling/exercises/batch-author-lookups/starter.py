def attach_authors(posts, fetch_authors, batch_size=100):
    """Return copies of posts with an "author" key, fetching authors in batches."""
    return None
