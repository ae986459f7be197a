def can_edit(user: dict | None, document: dict) -> bool:
    """Return True when the user may edit the document, applying the rules in order."""
    raise NotImplementedError
