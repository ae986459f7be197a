# Mistake: decodes the whole string first, so an encoded & or = inside a value splits it apart.
from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    query = unquote_plus(query.lstrip("?"))
    result = {}
    for piece in query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        result.setdefault(name, []).append(value)
    return result
