MIN_LENGTH = 12


def password_problems(password: str, username: str | None = None) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append("too_short")
    if not any(ch.islower() for ch in password):
        problems.append("no_lowercase")
    if not any(ch.isupper() for ch in password):
        problems.append("no_uppercase")
    if not any(ch.isdigit() for ch in password):
        problems.append("no_digit")
    if all(ch.isalnum() for ch in password):
        problems.append("no_symbol")
    if username and username.lower() in password.lower():
        problems.append("contains_username")
    return problems
