# Mistake: uses unquote instead of unquote_plus, so "+" is not read as a space.
from urllib.parse import unquote


def parse_query(query: str) -> dict[str, list[str]]:
    result = {}
    for piece in query.lstrip("?").split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        result.setdefault(unquote(name), []).append(unquote(value))
    return result
