"""The JSON parser of the API: DRF's, refusing bodies no part of the API can handle.

- Nesting is bounded. Python's JSON decoder recurses once per level and raises RecursionError
  (not the ValueError DRF turns into a 400) near the interpreter's recursion limit; a body
  just below that limit parses, and then every recursive walk of it (validation, error
  flattening, storage) runs close to the limit too. No request of this API nests anywhere
  near `MAX_DEPTH` levels.
- Strings (keys and values) must be storable text: PostgreSQL refuses NUL in `text` and
  `jsonb`, and an unpaired surrogate (`"\\ud800"`, valid JSON) cannot be encoded as UTF-8 at
  all. DRF's CharField already refuses both; JSON stored whole (specs, answers) has no such
  field, so the check is made once here for every body.
"""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 64


def _is_storable_text(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def json_problem(value) -> str | None:
    """Why `value` (parsed JSON) is refused, or None; iterative, so any depth is safe."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if not _is_storable_text(node):
                return "a string contains NUL or an unpaired surrogate"
            continue
        if isinstance(node, dict):
            children = [*node.keys(), *node.values()]
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth + 1 > MAX_DEPTH:
            return f"nested more than {MAX_DEPTH} levels deep"
        stack.extend((child, depth + 1) for child in children)
    return None


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            problem = f"nested more than {MAX_DEPTH} levels deep"
            raise ParseError(f"JSON parse error - {problem}") from None
        problem = json_problem(data)
        if problem:
            raise ParseError(f"JSON parse error - {problem}")
        return data
