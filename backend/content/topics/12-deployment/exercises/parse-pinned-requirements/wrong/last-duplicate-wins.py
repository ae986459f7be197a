# Mistake: silently lets a later line overwrite an earlier pin of the same project instead of failing.
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
        pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins
