# Mistake: recognises markers with startswith() alone, so "<<<<<<<<" or a "=======" underline are taken for markers.
def find_conflicts(text):
    conflicts, current, section = [], None, None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("<<<<<<<"):
            if current is not None:
                raise ValueError(f"line {number}: nested conflict")
            current = {"start": number, "end": None, "ours_label": line[7:].strip(), "ours": [],
                       "base": None, "theirs_label": None, "theirs": []}
            section = "ours"
        elif line.startswith(">>>>>>>"):
            if current is None or section != "theirs":
                raise ValueError(f"line {number}: unexpected '>>>>>>>'")
            current["end"], current["theirs_label"] = number, line[7:].strip()
            conflicts.append(current)
            current = section = None
        elif current is None:
            if line.startswith("======="):
                raise ValueError(f"line {number}: separator outside a conflict")
        elif line.startswith("|||||||") and section == "ours":
            current["base"], section = [], "base"
        elif line.startswith("=======") and section in ("ours", "base"):
            section = "theirs"
        else:
            current[section].append(line)
    if current is not None:
        raise ValueError("conflict is never closed")
    return conflicts
