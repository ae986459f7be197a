# Mistake: compares team ids directly, so an editor with no team matches every document with no team.
def can_edit(user, document):
    if user is None or not user["active"]:
        return False
    if user["role"] == "admin":
        return True
    if document["locked"]:
        return False
    if user["id"] == document["owner_id"]:
        return True
    return user["role"] == "editor" and user["team_id"] == document["team_id"]
