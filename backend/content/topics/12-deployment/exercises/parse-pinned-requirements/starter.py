import re


def parse_pinned_requirements(text):
    """Return {normalised name: version}; raise ValueError for an unpinned or duplicate line."""
    raise NotImplementedError
