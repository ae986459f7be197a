# Mistake: dict.fromkeys(keys, []) stores the SAME list under every key, so all groups hold every record.
def group_by(records: list[dict], field: str) -> dict[str, list[dict]]:
    keys = [r[field] for r in records if field in r]
    groups = dict.fromkeys(keys, [])
    for record in records:
        if field in record:
            groups[record[field]].append(record)
    return groups
