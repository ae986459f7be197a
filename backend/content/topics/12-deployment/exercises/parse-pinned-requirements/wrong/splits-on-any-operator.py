# Mistake: splits on any comparison operator, so ">=" and "~=" lines are accepted as if they were pins.
import re


def parse_pinned_requirements(text):
    pins = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.sub(r"(^|\s)#.*$", "", raw).split(";", 1)[0].strip()
        if not line:
            continue
        parts = re.split(r"\s*(?:===|==|>=|<=|~=|!=)\s*", line)
        if len(parts) != 2 or not parts[1] or "*" in parts[1]:
            raise ValueError(f"line {number}: {line!r} is not pinned with ==")
        name = re.sub(r"[-_.]+", "-", parts[0].split("[")[0]).lower()
        if name in pins:
            raise ValueError(f"line {number}: {name} is listed twice")
        pins[name] = parts[1]
    return pins
