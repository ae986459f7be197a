"""Resource limits for one grading run: safe defaults, hard maximums, tolerant parsing."""

from __future__ import annotations

from dataclasses import dataclass, fields

MAXIMUMS = {"time_ms": 10_000, "memory_mb": 1024, "output_kb": 1024}
MINIMUMS = {"time_ms": 100, "memory_mb": 64, "output_kb": 1}


@dataclass(frozen=True)
class Limits:
    """`time_ms` is the wall-clock budget of the learner's code for the whole run (interpreter
    start-up is not charged), `memory_mb` its address space, `output_kb` what it may print."""

    time_ms: int = 2000
    memory_mb: int = 256
    output_kb: int = 64

    def __post_init__(self) -> None:
        for f in fields(self):
            value = int(getattr(self, f.name))
            value = max(MINIMUMS[f.name], min(MAXIMUMS[f.name], value))
            object.__setattr__(self, f.name, value)

    @classmethod
    def from_dict(cls, data: dict | None) -> Limits:
        """Build limits from an exercise's `limits:` mapping; unknown keys are ignored and
        values are clamped to the hard maximums."""
        known = {f.name for f in fields(cls)}
        values = {}
        for key, value in (data or {}).items():
            if key in known and value is not None:
                try:
                    values[key] = int(value)
                except (TypeError, ValueError):
                    continue
        return cls(**values)

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}
