# Mistake: per_page has no maximum, so a client can ask for a million rows in one request.
def build_page(items, page, per_page, base_url):
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be 1 or more")
    total = len(items)
    pages = max(1, -(-total // per_page))
    if page > pages:
        raise LookupError(page)
    start = (page - 1) * per_page
    return {
        "items": items[start:start + per_page],
        "page": page,
        "per_page": per_page,
        "total": total,
        "pages": pages,
        "next": f"{base_url}?page={page + 1}&per_page={per_page}" if page < pages else None,
        "previous": f"{base_url}?page={page - 1}&per_page={per_page}" if page > 1 else None,
    }
