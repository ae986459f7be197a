"""Result types of `grade()`: one `GradeResult` per submission, one `TestResult` per test."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, TypedDict, Unpack


class GradeStatus(StrEnum):
    """Whether grading finished: `COMPLETED` (the answer was judged, see the verdict) or
    `ERROR` (the platform failed; the answer was not judged and should be graded again)."""

    COMPLETED = "completed"
    ERROR = "error"


class Verdict(StrEnum):
    """What a completed grading concluded about the answer as a whole; one per result."""

    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    SYNTAX_ERROR = "syntax_error"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"


class TestStatus(StrEnum):
    """How one test went: `PASS`, `FAIL` (a wrong result), `ERROR` (the learner's code
    raised, or the run ended during the test) or `NOT_RUN` (the test never ran: the code did
    not load, or the run ended before it)."""

    __test__ = False  # not a pytest test class

    PASS = "pass"  # noqa: S105 - a test status, not a password
    FAIL = "fail"
    ERROR = "error"
    NOT_RUN = "not_run"

    @property
    def failed(self) -> bool:
        """It ran and did not pass."""
        return self in (TestStatus.FAIL, TestStatus.ERROR)


class RunFacts(TypedDict, total=False):
    """What a completed result says about its run besides the tests (`GradeResult.judged`)."""

    message: str
    error_line: int | None
    duration_ms: int
    peak_memory_kb: int
    sandboxed: bool
    warnings: list[str]


@dataclass
class TestResult:
    """The outcome of one test; `message` never reveals a hidden test's inputs or expectations.

    `duration_ms` is measured by the worker for a visible test that ran, None otherwise (a
    hidden test never carries timing). `call` is what a failing visible test did (a call, a
    request), None otherwise. A hidden test's real message and call are kept apart in
    `real_message` and `real_call`, for the people allowed to read the exercise's hidden tests.
    """

    __test__ = False  # not a pytest test class

    name: str
    status: TestStatus
    message: str = ""
    output: str = ""
    duration_ms: float | None = None
    hidden: bool = False
    call: str | None = None
    real_message: str | None = None
    real_call: str | None = None

    @property
    def passed(self) -> bool:
        return self.status == TestStatus.PASS

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TestResult:
        """Also reads results stored before a field existed (an old `duration_ms` of 0 was
        never measured, so it reads as None)."""
        duration = data.get("duration_ms")
        return cls(
            name=str(data.get("name", "")),
            status=TestStatus(data.get("status", TestStatus.FAIL)),
            message=str(data.get("message", "")),
            output=str(data.get("output", "")),
            duration_ms=float(duration) if duration else None,
            hidden=bool(data.get("hidden", False)),
            call=_text_or_none(data.get("call")),
            real_message=_text_or_none(data.get("real_message")),
            real_call=_text_or_none(data.get("real_call")),
        )


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass
class GradeResult:
    """What grading one submission produced.

    `status` is "completed" (the learner's answer was judged: see `verdict` and `score`) or
    "error" (the platform failed; `verdict` is None and `error` says why).
    """

    status: GradeStatus
    verdict: Verdict | None
    score: float
    tests: list[TestResult] = field(default_factory=list)
    # What the answer as a whole did, said once (a syntax error, what raised, a limit), and
    # the line of the answer it points at, when it points at one.
    message: str = ""
    error_line: int | None = None
    duration_ms: int = 0
    peak_memory_kb: int = 0
    sandboxed: bool = False
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    @classmethod
    def platform_error(cls, detail: str, *, sandboxed: bool = False) -> GradeResult:
        return cls(
            status=GradeStatus.ERROR, verdict=None, score=0.0, sandboxed=sandboxed, error=detail
        )

    @classmethod
    def judged(
        cls, verdict: Verdict, tests: list[TestResult], **extra: Unpack[RunFacts]
    ) -> GradeResult:
        """A completed result whose score is the share of passed tests."""
        passed = sum(1 for t in tests if t.passed)
        score = passed / len(tests) if tests else 0.0
        if verdict == Verdict.ACCEPTED:
            score = 1.0
        return cls(
            status=GradeStatus.COMPLETED,
            verdict=verdict,
            score=round(score, 4),
            tests=tests,
            **extra,
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tests"] = [t.to_dict() for t in self.tests]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GradeResult:
        verdict = data.get("verdict")
        return cls(
            status=GradeStatus(data.get("status", GradeStatus.ERROR)),
            verdict=Verdict(verdict) if verdict else None,
            score=float(data.get("score", 0.0)),
            tests=[TestResult.from_dict(t) for t in data.get("tests", [])],
            message=str(data.get("message", "")),
            error_line=int(data["error_line"]) if data.get("error_line") else None,
            duration_ms=int(data.get("duration_ms", 0)),
            peak_memory_kb=int(data.get("peak_memory_kb", 0)),
            sandboxed=bool(data.get("sandboxed", False)),
            warnings=[str(w) for w in data.get("warnings", [])],
            error=str(data.get("error", "")),
        )
