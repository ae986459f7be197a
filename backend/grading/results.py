"""Result types of `grade()`: one `GradeResult` per submission, one `TestResult` per test."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

COMPLETED = "completed"
ERROR = "error"

ACCEPTED = "accepted"
WRONG_ANSWER = "wrong_answer"
RUNTIME_ERROR = "runtime_error"
SYNTAX_ERROR = "syntax_error"
TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
VERDICTS = (
    ACCEPTED,
    WRONG_ANSWER,
    RUNTIME_ERROR,
    SYNTAX_ERROR,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
)

PASS = "pass"  # noqa: S105 - a test status, not a password
FAIL = "fail"
TEST_ERROR = "error"


@dataclass
class TestResult:
    """The outcome of one test; `message` never reveals a hidden test's inputs or expectations."""

    __test__ = False  # not a pytest test class

    name: str
    status: str
    message: str = ""
    output: str = ""
    duration_ms: int = 0
    hidden: bool = False

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> TestResult:
        return cls(
            name=str(data.get("name", "")),
            status=str(data.get("status", FAIL)),
            message=str(data.get("message", "")),
            output=str(data.get("output", "")),
            duration_ms=int(data.get("duration_ms", 0)),
            hidden=bool(data.get("hidden", False)),
        )


@dataclass
class GradeResult:
    """What grading one submission produced.

    `status` is "completed" (the learner's answer was judged: see `verdict` and `score`) or
    "error" (the platform failed; `verdict` is None and `error` says why).
    """

    status: str
    verdict: str | None
    score: float
    tests: list[TestResult] = field(default_factory=list)
    duration_ms: int = 0
    peak_memory_kb: int = 0
    sandboxed: bool = False
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    @classmethod
    def platform_error(cls, detail: str, *, sandboxed: bool = False) -> GradeResult:
        return cls(status=ERROR, verdict=None, score=0.0, sandboxed=sandboxed, error=detail)

    @classmethod
    def judged(cls, verdict: str, tests: list[TestResult], **extra) -> GradeResult:
        """A completed result whose score is the share of passed tests."""
        passed = sum(1 for t in tests if t.passed)
        score = passed / len(tests) if tests else 0.0
        if verdict == ACCEPTED:
            score = 1.0
        return cls(status=COMPLETED, verdict=verdict, score=round(score, 4), tests=tests, **extra)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["tests"] = [t.to_dict() for t in self.tests]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> GradeResult:
        return cls(
            status=str(data.get("status", ERROR)),
            verdict=data.get("verdict"),
            score=float(data.get("score", 0.0)),
            tests=[TestResult.from_dict(t) for t in data.get("tests", [])],
            duration_ms=int(data.get("duration_ms", 0)),
            peak_memory_kb=int(data.get("peak_memory_kb", 0)),
            sandboxed=bool(data.get("sandboxed", False)),
            warnings=[str(w) for w in data.get("warnings", [])],
            error=str(data.get("error", "")),
        )
