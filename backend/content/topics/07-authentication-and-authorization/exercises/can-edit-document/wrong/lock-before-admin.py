# Mistake: checks the lock before the admin rule, so administrators cannot edit locked documents.
def can_edit(user, document):
    if user is None or not user["active"]:
        return False
    if document["locked"]:
        return False
    if user["role"] == "admin":
        return True
    if user["id"] == document["owner_id"]:
        return True
    team = user["team_id"]
    return user["role"] == "editor" and team is not None and team == document["team_id"]
