import re

TYPES = ("feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert")


def parse_commit_message(message):
    """Return {"type", "scope", "breaking", "description"}; raise ValueError if invalid."""
    raise NotImplementedError
