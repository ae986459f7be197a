# Mistake: "more than 128" written as >= 128, so a password of exactly 128 characters is refused.
import unicodedata

MIN_LENGTH = 15
MAX_LENGTH = 128


def _comparable(text):
    return unicodedata.normalize("NFKC", text).casefold()


def password_problems(password: str, blocklist: list[str]) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    normalised = unicodedata.normalize("NFKC", password)
    problems = []
    if len(normalised) < MIN_LENGTH:
        problems.append("too_short")
    if len(normalised) >= MAX_LENGTH:
        problems.append("too_long")
    if normalised.casefold() in {_comparable(entry) for entry in blocklist}:
        problems.append("too_common")
    return problems
