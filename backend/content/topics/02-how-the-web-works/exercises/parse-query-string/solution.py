from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    if query.startswith("?"):
        query = query[1:]
    result: dict[str, list[str]] = {}
    for piece in query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        result.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return result
