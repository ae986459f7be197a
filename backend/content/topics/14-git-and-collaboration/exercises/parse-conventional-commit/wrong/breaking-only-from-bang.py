# Mistake: only looks for "!" in the header and misses the BREAKING CHANGE footer.
import re

TYPES = ("feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert")
HEADER = re.compile(r"(?P<type>[a-z]+)(?:\((?P<scope>[a-z0-9-]+)\))?(?P<bang>!)?: (?P<description>\S.*)")


def parse_commit_message(message):
    lines = message.rstrip().splitlines()
    if not lines or len(lines[0]) > 72:
        raise ValueError("empty message or header too long")
    match = HEADER.fullmatch(lines[0])
    if match is None or match["type"] not in TYPES or match["description"].endswith("."):
        raise ValueError("bad header")
    if len(lines) > 1 and lines[1].strip():
        raise ValueError("the second line must be empty")
    return {"type": match["type"], "scope": match["scope"], "breaking": bool(match["bang"]),
            "description": match["description"]}
