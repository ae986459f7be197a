from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    @classmethod
    def from_string(cls, text: str, currency: str) -> "Money":
        raise NotImplementedError

    def allocate(self, parts: int) -> list["Money"]:
        raise NotImplementedError
