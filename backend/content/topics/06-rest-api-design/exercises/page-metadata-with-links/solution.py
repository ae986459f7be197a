def build_page(items, page, per_page, base_url):
    """Return one page of items with page metadata and next/previous links."""
    if page < 1:
        raise ValueError("page must be 1 or more")
    if not 1 <= per_page <= 100:
        raise ValueError("per_page must be between 1 and 100")

    total = len(items)
    pages = max(1, -(-total // per_page))  # ceiling division
    if page > pages:
        raise LookupError(f"page {page} does not exist; there are {pages}")

    def link(number):
        return f"{base_url}?page={number}&per_page={per_page}"

    start = (page - 1) * per_page
    return {
        "items": items[start:start + per_page],
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": pages,
        "next": link(page + 1) if page < pages else None,
        "previous": link(page - 1) if page > 1 else None,
    }
