from urllib.parse import unquote_plus


def parse_query(query: str) -> dict[str, list[str]]:
    result = {}
    # TODO
    return result
