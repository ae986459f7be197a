# Mistake: assigns a fresh list for every pair, so a repeated parameter keeps only its last value.
from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    result = {}
    for piece in query.lstrip("?").split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        result[unquote_plus(name)] = [unquote_plus(value)]
    return result
