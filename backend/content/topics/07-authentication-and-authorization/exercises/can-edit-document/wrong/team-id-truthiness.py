# Mistake: tests the team id for truthiness, so team 0 counts as "no team", and the refusal is
# None or 0 instead of False.
def can_edit(user, document):
    if user is None or not user.get("active", False):
        return False
    if user["role"] == "admin":
        return True
    if document["locked"]:
        return False
    if user["id"] == document["owner_id"]:
        return True
    if user["role"] == "editor":
        return user.get("team_id") and user.get("team_id") == document.get("team_id")
    return False
