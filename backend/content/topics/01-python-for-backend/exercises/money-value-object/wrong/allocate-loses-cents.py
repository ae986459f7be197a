# Mistake: gives every part cents // parts and forgets the remainder, so the parts no longer add up.
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __post_init__(self):
        if not re.fullmatch(r"[A-Z]{3}", self.currency):
            raise ValueError("invalid currency")

    @classmethod
    def from_string(cls, text, currency):
        match = re.fullmatch(r"(-?)(\d+)(?:\.(\d{1,2}))?", text)
        if not match:
            raise ValueError("invalid amount")
        sign, units, decimals = match.groups()
        cents = int(units) * 100 + int((decimals or "0").ljust(2, "0"))
        return cls(-cents if sign else cents, currency)

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    def allocate(self, parts):
        if parts < 1:
            raise ValueError("parts must be at least 1")
        return [Money(self.cents // parts, self.currency) for _ in range(parts)]

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        units, cents = divmod(abs(self.cents), 100)
        return f"{sign}{units}.{cents:02d} {self.currency}"
