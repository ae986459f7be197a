# Mistake: an empty collection gets zero pages, so page 1 of an empty list is answered with 404.
def build_page(items, page, per_page, base_url):
    if page < 1:
        raise ValueError("page must be 1 or more")
    if not 1 <= per_page <= 100:
        raise ValueError("per_page must be between 1 and 100")
    total = len(items)
    pages = -(-total // per_page)
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
