"""Resource limits for one grading run: safe defaults, the bounds an exercise may set them
within (`LIMIT_BOUNDS`, which the web app validates against too), tolerant parsing."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

# The lowest and highest value of each limit, by name: below the minimum nothing starts
# reliably, above the maximum one run could hold a worker's slot or memory for too long.
# `Limits` clamps to these; an exercise that asks for more is refused when written.
LIMIT_BOUNDS: dict[str, tuple[int, int]] = {
    "time_ms": (100, 10_000),
    "memory_mb": (64, 1024),
    "output_kb": (1, 1024),
}
MINIMUMS = {name: low for name, (low, _) in LIMIT_BOUNDS.items()}
MAXIMUMS = {name: high for name, (_, high) in LIMIT_BOUNDS.items()}


@dataclass(frozen=True)
class Limits:
    """`time_ms` is the wall-clock budget of the learner's code for the whole run (interpreter
    start-up is not charged), `memory_mb` its address space, `output_kb` what it may print."""

    time_ms: int = 2000
    memory_mb: int = 256
    output_kb: int = 64

    def __post_init__(self) -> None:
        for f in fields(self):
            low, high = LIMIT_BOUNDS[f.name]
            value = max(low, min(high, int(getattr(self, f.name))))
            object.__setattr__(self, f.name, value)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Limits:
        """Build limits from an exercise's `limits:` mapping; unknown keys are ignored and
        values are clamped to the hard maximums."""
        known = {f.name for f in fields(cls)}
        values: dict[str, int] = {}
        for key, value in (data or {}).items():
            if key in known and value is not None:
                try:
                    values[key] = int(value)
                except (TypeError, ValueError):
                    continue
        return cls(**values)

    def to_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
