# Mistake: refuses any password that contains a listed word, so a long passphrase mentioning "password" fails.
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
    if len(normalised) > MAX_LENGTH:
        problems.append("too_long")
    if any(_comparable(entry) in normalised.casefold() for entry in blocklist):
        problems.append("too_common")
    return problems
