# Mistake: counts the length of the case-folded text, where "ß" has become "ss", so the password looks longer than it is.
import unicodedata

MIN_LENGTH = 15
MAX_LENGTH = 128


def _comparable(text):
    return unicodedata.normalize("NFKC", text).casefold()


def password_problems(password: str, blocklist: list[str]) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    normalised = unicodedata.normalize("NFKC", password).casefold()
    problems = []
    if len(normalised) < MIN_LENGTH:
        problems.append("too_short")
    if len(normalised) > MAX_LENGTH:
        problems.append("too_long")
    if normalised.casefold() in {_comparable(entry) for entry in blocklist}:
        problems.append("too_common")
    return problems
