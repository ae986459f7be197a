def group_by(records: list[dict], field: str) -> dict[str, list[dict]]:
    groups = {}
    # TODO: put each record into the list for its value of `field`
    return groups
