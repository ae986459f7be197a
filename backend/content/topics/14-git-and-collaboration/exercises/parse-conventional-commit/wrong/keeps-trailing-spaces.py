# Mistake: relies on splitlines() to drop the final newline, so spaces at the end of the
# message stay in the description.
import re

TYPES = ("feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert")

HEADER = re.compile(
    r"(?P<type>[a-z]+)"
    r"(?:\((?P<scope>[a-z0-9-]+)\))?"
    r"(?P<bang>!)?"
    r": (?P<description>\S.*)"
)


def parse_commit_message(message):
    """Return {"type", "scope", "breaking", "description"}; raise ValueError if invalid."""
    lines = message.splitlines()
    if not lines:
        raise ValueError("the message is empty")
    header = lines[0]
    if len(header) > 72:
        raise ValueError(f"the header has {len(header)} characters; the limit is 72")
    match = HEADER.fullmatch(header)
    if match is None:
        raise ValueError("the header must look like 'type(scope)!: description'")
    if match["type"] not in TYPES:
        raise ValueError(f"unknown type {match['type']!r}")
    description = match["description"]
    if description.endswith("."):
        raise ValueError("the description must not end with a period")
    if len(lines) > 1 and lines[1].strip():
        raise ValueError("the second line must be empty")
    footer_breaking = any(
        line.startswith(("BREAKING CHANGE: ", "BREAKING-CHANGE: ")) for line in lines[1:]
    )
    return {
        "type": match["type"],
        "scope": match["scope"],
        "breaking": bool(match["bang"]) or footer_breaking,
        "description": description,
    }
