def build_page(items, page, per_page, base_url):
    """Return one page of items with page metadata and next/previous links."""
    return None
