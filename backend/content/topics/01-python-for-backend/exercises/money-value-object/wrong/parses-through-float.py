# Mistake: converts through float, so "19.99" becomes 1998 cents (19.99 * 100 == 1998.9999999999998).
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
        if not re.fullmatch(r"-?\d+(\.\d{1,2})?", text):
            raise ValueError("invalid amount")
        return cls(int(float(text) * 100), currency)

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    def allocate(self, parts):
        if parts < 1:
            raise ValueError("parts must be at least 1")
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        units, cents = divmod(abs(self.cents), 100)
        return f"{sign}{units}.{cents:02d} {self.currency}"
