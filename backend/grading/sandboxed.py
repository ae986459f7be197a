"""The path shared by the sandboxed kinds: choose sandbox or degraded mode, order the tests,
run them, judge the outcome, and turn platform failures into `status="error"` results."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from . import runner
from .config import SandboxConfig
from .jsondata import JSONObject
from .judge import Check, Test, judge
from .limits import Limits
from .results import GradeResult

logger = logging.getLogger(__name__)
UNSANDBOXED_WARNING = (
    "graded WITHOUT the bubblewrap sandbox (rlimits only): {detail}; "
    "never run untrusted code like this in production"
)


def sandbox_mode(config: SandboxConfig) -> tuple[bool, list[str]]:
    """Whether runs go in the sandbox, and the warnings every result must then carry (one, in
    the degraded rlimits-only mode). Raises runner.PlatformError when the sandbox is required
    and missing."""
    sandboxed, detail = runner.sandbox_available(config)
    if sandboxed:
        return True, []
    if config.require_sandbox:
        raise runner.PlatformError(f"the grading sandbox is unavailable: {detail}")
    logger.warning("grading without sandbox: %s", detail)
    return False, [UNSANDBOXED_WARNING.format(detail=detail)]


def run_and_judge(
    kind: str,
    source: str,
    header: JSONObject,
    tests: list[Test],
    frames: list[JSONObject],
    check: Callable[[Test, JSONObject], Check],
    limits: Limits,
    config: SandboxConfig,
    *,
    runtime: str = "stdlib",
) -> GradeResult:
    """`frames[i]` carries the inputs of `tests[i]` (and its id); expectations stay here."""
    try:
        sandboxed, warnings = sandbox_mode(config)
    except runner.PlatformError as exc:
        return GradeResult.platform_error(str(exc))
    # Visible tests first: once a hidden test's inputs are in the sandbox, nothing the learner
    # prints is shown any more.
    order = sorted(range(len(tests)), key=lambda i: tests[i].hidden)
    try:
        outcome = runner.run(
            kind,
            source.encode("utf-8", "surrogateescape"),
            header,
            [frames[i] for i in order],
            limits,
            config,
            sandboxed=sandboxed,
            runtime=runtime,
        )
    except runner.PlatformError as exc:
        return GradeResult.platform_error(str(exc), sandboxed=sandboxed)
    except (OSError, TimeoutError) as exc:
        return GradeResult.platform_error(f"grading failed: {exc}", sandboxed=sandboxed)
    return judge(outcome, tests, check, limits, warnings)


class ReferenceFailed(Exception):
    """The exercise's own reference solution could not answer a test: a content bug, which
    grading reports as a platform error."""


def run_reference(
    kind: str,
    source: str,
    header: JSONObject,
    frames: list[JSONObject],
    limits: Limits,
    config: SandboxConfig,
) -> runner.RunOutcome:
    """One run of the exercise's reference solution on `frames`, in the sandbox like any answer
    (exercise code is as untrusted as a learner's), or rlimits-only where that is allowed.
    Raises runner.PlatformError when the sandbox is required and missing."""
    sandboxed, _ = sandbox_mode(config)
    data = source.encode("utf-8", "surrogateescape")
    return runner.run(kind, data, header, frames, limits, config, sandboxed=sandboxed)


def test_ids(count: int) -> list[str]:
    """Opaque per-run ids (not the test names, which the learner may see)."""
    return [f"t{os.urandom(4).hex()}{i}" for i in range(count)]
