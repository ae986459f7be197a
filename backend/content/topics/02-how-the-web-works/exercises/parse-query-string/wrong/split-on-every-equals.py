# Mistake: splits each pair on every "=", dropping pairs without "=" and cutting values that contain "=".
from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    result = {}
    for piece in query.lstrip("?").split("&"):
        parts = piece.split("=")
        if len(parts) < 2:
            continue
        result.setdefault(unquote_plus(parts[0]), []).append(unquote_plus(parts[1]))
    return result
