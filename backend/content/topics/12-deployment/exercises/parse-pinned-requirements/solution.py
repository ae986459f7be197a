import re

PIN = re.compile(
    r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)"
    r"(?:\[[^\]]*\])?"
    r"\s*==\s*"
    r"(?P<version>[^\s=*]+)"
)
COMMENT = re.compile(r"(^|\s)#.*$")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pinned_requirements(text):
    """Return {normalised name: version}; raise ValueError for an unpinned or duplicate line."""
    pins = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = COMMENT.sub("", raw)
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        match = PIN.fullmatch(line)
        if match is None:
            raise ValueError(f"line {number}: {line!r} is not pinned with ==")
        name = normalise(match["name"])
        if name in pins:
            raise ValueError(f"line {number}: {name} is listed twice")
        pins[name] = match["version"]
    return pins
