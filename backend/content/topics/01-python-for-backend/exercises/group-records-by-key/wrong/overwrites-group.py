# Mistake: assigns a new one-item list each time, so every group keeps only its last record.
def group_by(records: list[dict], field: str) -> dict[str, list[dict]]:
    groups = {}
    for record in records:
        if field in record:
            groups[record[field]] = [record]
    return groups
