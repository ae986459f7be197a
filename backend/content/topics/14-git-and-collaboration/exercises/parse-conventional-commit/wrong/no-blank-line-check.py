# Mistake: never checks that the second line is empty, so the body can start right under the header.
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
    breaking = bool(match["bang"]) or any(
        line.startswith(("BREAKING CHANGE: ", "BREAKING-CHANGE: ")) for line in lines[1:]
    )
    return {"type": match["type"], "scope": match["scope"], "breaking": breaking,
            "description": match["description"]}
