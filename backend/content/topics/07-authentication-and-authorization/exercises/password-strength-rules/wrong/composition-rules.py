# Mistake: keeps the old composition rules (a capital, a digit, a symbol), which current guidance
# advises against, so a long passphrase of plain words is refused.
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
    if not any(ch.isupper() for ch in normalised):
        problems.append("no_uppercase")
    if not any(ch.isdigit() for ch in normalised):
        problems.append("no_digit")
    if all(ch.isalnum() or ch == " " for ch in normalised):
        problems.append("no_symbol")
    if normalised.casefold() in {_comparable(entry) for entry in blocklist}:
        problems.append("too_common")
    return problems
