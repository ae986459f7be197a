import re

LIMIT_CENTS = 100_000_000
AMOUNT = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?")


class AmountError(ValueError):
    pass


def parse_amount(text):
    cleaned = text.strip()
    if not cleaned:
        raise AmountError("amount is empty")
    match = AMOUNT.fullmatch(cleaned)
    if match is None:
        raise AmountError(f"not an amount: '{cleaned}'")
    whole, fraction = match.group(1), match.group(2) or ""
    if len(fraction) > 2:
        raise AmountError("at most 2 decimal places")
    cents = int(whole.replace(",", "")) * 100 + int(fraction or "0")
    if cents > LIMIT_CENTS:
        raise AmountError("amount is over the limit of 1,000,000.00")
    return cents
