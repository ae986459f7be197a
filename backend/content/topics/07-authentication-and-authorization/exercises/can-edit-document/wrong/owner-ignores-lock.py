# Mistake: checks ownership before the lock, so owners can still edit locked documents.
def can_edit(user, document):
    if user is None or not user["active"]:
        return False
    if user["role"] == "admin" or user["id"] == document["owner_id"]:
        return True
    if document["locked"]:
        return False
    team = user["team_id"]
    return user["role"] == "editor" and team is not None and team == document["team_id"]
