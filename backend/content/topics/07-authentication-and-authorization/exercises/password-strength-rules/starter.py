def password_problems(password: str, username: str | None = None) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    raise NotImplementedError
