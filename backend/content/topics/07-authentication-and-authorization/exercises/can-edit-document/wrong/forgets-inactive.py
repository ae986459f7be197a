# Mistake: only rejects anonymous callers; a deactivated account keeps its old rights.
def can_edit(user, document):
    if user is None:
        return False
    if user["role"] == "admin":
        return True
    if document["locked"]:
        return False
    if user["id"] == document["owner_id"]:
        return True
    team = user["team_id"]
    return user["role"] == "editor" and team is not None and team == document["team_id"]
