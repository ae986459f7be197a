def can_edit(user: dict | None, document: dict) -> bool:
    """Return True when the user may edit the document, applying the rules in order."""
    if user is None or not user.get("active", False):
        return False
    if user["role"] == "admin":
        return True
    if document["locked"]:
        return False
    if user["id"] == document["owner_id"]:
        return True
    if user["role"] == "editor":
        team = user.get("team_id")
        return team is not None and team == document.get("team_id")
    return False
