def group_by(records: list[dict], field: str) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for record in records:
        if field not in record:
            continue
        groups.setdefault(record[field], []).append(record)
    return groups
