# Mistake: reads record[field] without checking, so a record without the field raises KeyError.
def group_by(records: list[dict], field: str) -> dict[str, list[dict]]:
    groups = {}
    for record in records:
        groups.setdefault(record[field], []).append(record)
    return groups
