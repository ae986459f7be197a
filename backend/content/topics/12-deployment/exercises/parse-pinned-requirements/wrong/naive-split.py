# Mistake: splits the raw line on "==" without removing comments and markers first.
import re


def parse_pinned_requirements(text):
    pins = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "==" not in line or "*" in line:
            raise ValueError(f"line {number}: {line!r} is not pinned with ==")
        name, version = line.split("==", 1)
        name = re.sub(r"[-_.]+", "-", name.split("[")[0].strip()).lower()
        if name in pins:
            raise ValueError(f"line {number}: {name} is listed twice")
        pins[name] = version.strip()
    return pins
