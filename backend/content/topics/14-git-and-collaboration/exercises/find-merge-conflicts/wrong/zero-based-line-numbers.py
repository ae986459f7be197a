# Mistake: numbers lines from 0 (enumerate without start=1), so every reported position is one line early.
def marker(line):
    head, rest = line[:7], line[7:]
    if len(head) == 7 and head[0] in "<|=>" and head == head[0] * 7 and (not rest or rest[0] == " "):
        if head[0] == "=" and rest.strip():
            return None
        return head[0], rest.strip()
    return None


def find_conflicts(text):
    conflicts, current, section = [], None, None
    for number, line in enumerate(text.splitlines()):
        found = marker(line)
        kind = found[0] if found else None
        if current is None:
            if kind == "<":
                current = {"start": number, "end": None, "ours_label": found[1], "ours": [],
                           "base": None, "theirs_label": None, "theirs": []}
                section = "ours"
            elif kind == ">":
                raise ValueError(f"line {number}: stray marker")
            continue
        if kind is None:
            current[section].append(line)
        elif kind == "|" and section == "ours":
            current["base"], section = [], "base"
        elif kind == "=" and section in ("ours", "base"):
            section = "theirs"
        elif kind == ">" and section == "theirs":
            current["end"], current["theirs_label"] = number, found[1]
            conflicts.append(current)
            current = section = None
        else:
            raise ValueError(f"line {number}: unexpected marker")
    if current is not None:
        raise ValueError("conflict is never closed")
    return conflicts
