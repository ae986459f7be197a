# Mistake: measures the length in UTF-8 bytes, so each accented letter or emoji counts two to four times.
import unicodedata

MIN_LENGTH = 15
MAX_LENGTH = 128


def _comparable(text):
    return unicodedata.normalize("NFKC", text).casefold()


def password_problems(password: str, blocklist: list[str]) -> list[str]:
    """Return the names of the rules the password breaks, in the documented order."""
    normalised = unicodedata.normalize("NFKC", password)
    problems = []
    size = len(normalised.encode("utf-8"))
    if size < MIN_LENGTH:
        problems.append("too_short")
    if size > MAX_LENGTH:
        problems.append("too_long")
    if normalised.casefold() in {_comparable(entry) for entry in blocklist}:
        problems.append("too_common")
    return problems
