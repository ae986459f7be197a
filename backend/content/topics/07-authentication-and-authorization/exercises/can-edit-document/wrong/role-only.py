# Mistake: checks the role but not the object, so an editor can edit every team's documents.
def can_edit(user, document):
    if user is None or not user["active"]:
        return False
    if user["role"] == "admin":
        return True
    if document["locked"]:
        return False
    if user["id"] == document["owner_id"]:
        return True
    return user["role"] == "editor"
