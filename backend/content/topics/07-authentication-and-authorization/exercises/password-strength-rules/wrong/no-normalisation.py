# Mistake: counts and compares the password as typed, without Unicode normalisation, so a combining
# accent counts twice and full-width letters slip past the list.
import unicodedata

MIN_LENGTH = 15
MAX_LENGTH = 128


def _comparable(text):
    return text.casefold()


def password_problems(password: str, blocklist: list[str]) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    normalised = password
    problems = []
    if len(normalised) < MIN_LENGTH:
        problems.append("too_short")
    if len(normalised) > MAX_LENGTH:
        problems.append("too_long")
    if normalised.casefold() in {_comparable(entry) for entry in blocklist}:
        problems.append("too_common")
    return problems
