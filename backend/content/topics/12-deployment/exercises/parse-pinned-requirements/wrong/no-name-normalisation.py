# Mistake: keeps names as written, so "Django" and "django" (or "typing_extensions") are not normalised.
import re

PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s=*]+)")


def parse_pinned_requirements(text):
    pins = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.sub(r"(^|\s)#.*$", "", raw).split(";", 1)[0].strip()
        if not line:
            continue
        match = PIN.fullmatch(line)
        if match is None:
            raise ValueError(f"line {number}: {line!r} is not pinned with ==")
        name, version = match.groups()
        if name in pins:
            raise ValueError(f"line {number}: {name} is listed twice")
        pins[name] = version
    return pins
