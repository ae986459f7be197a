# Mistake: treats any ======= marker as the separator, even one followed by text, so a line
# such as '======= notes' inside a conflict ends the ours section.
def marker(line):
    """Return (kind, label) for a conflict marker line, or None for an ordinary line."""
    head = line[:7]
    if len(head) < 7 or head[0] not in "<|=>" or head != head[0] * 7:
        return None
    rest = line[7:]
    if rest and not rest.startswith(" "):
        return None
    return head[0], rest.strip()


def find_conflicts(text):
    """Return the conflicts left in `text`; raise ValueError for broken or stray markers."""
    conflicts = []
    current = None
    section = None  # "ours", "base" or "theirs" while inside a conflict
    for number, line in enumerate(text.splitlines(), start=1):
        found = marker(line)
        kind = found[0] if found else None
        if current is None:
            if kind == "<":
                current = {"start": number, "end": None, "ours_label": found[1], "ours": [],
                           "base": None, "theirs_label": None, "theirs": []}
                section = "ours"
            elif kind == ">":
                raise ValueError(f"line {number}: '>>>>>>>' outside a conflict")
            continue
        if kind is None:
            current[section].append(line)
        elif kind == "|" and section == "ours":
            current["base"] = []
            section = "base"
        elif kind == "=" and section in ("ours", "base"):
            section = "theirs"
        elif kind == ">" and section == "theirs":
            current["end"] = number
            current["theirs_label"] = found[1]
            conflicts.append(current)
            current = section = None
        else:
            raise ValueError(f"line {number}: unexpected conflict marker in the {section} section")
    if current is not None:
        raise ValueError(f"line {current['start']}: conflict is never closed")
    return conflicts
