# Removes the leading "?" with lstrip("?"), which also eats a second "?" that belongs to the
# first name.
from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    query = query.lstrip("?")
    result: dict[str, list[str]] = {}
    for piece in query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        result.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return result
