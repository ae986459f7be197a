# Mistake: refuses only users whose active flag is explicitly False, so a user record without the
# key is treated as active.
def can_edit(user, document):
    if user is None or user.get("active") is False:
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
