"""Grading of learner answers, free of Django: `grade(kind, answer, spec)` -> `GradeResult`.

choice and text are judged in-process; code, sql, http, pytest and django run the learner's
code in a bubblewrap sandbox through a trusted shim (see README.md).
"""

from __future__ import annotations

import logging

from .config import SandboxConfig
from .jsondata import JSONObject
from .kinds import KINDS as _REGISTRY
from .limits import Limits
from .results import GradeResult, TestResult
from .runner import probe_sandbox

__all__ = ["GradeResult", "Limits", "SandboxConfig", "TestResult", "grade", "probe_sandbox"]

KINDS = tuple(_REGISTRY)
logger = logging.getLogger(__name__)
# How a platform error names the type an answer of a kind must have.
ANSWER_TYPES: dict[type, str] = {str: "text", list: "a list", dict: "a mapping"}


def grade(
    kind: str,
    answer: object,
    spec: JSONObject,
    limits: Limits | None = None,
    config: SandboxConfig | None = None,
) -> GradeResult:
    """Grade one answer. Never raises for a learner's mistake; a platform failure (bad spec,
    sandbox unavailable) comes back as a result with `status="error"`."""
    limits = limits or Limits()
    spec = spec or {}
    declared = _REGISTRY.get(kind) if isinstance(kind, str) else None
    if declared is None:
        return GradeResult.platform_error(f"unknown exercise kind {kind!r}")
    try:
        if not isinstance(answer, declared.answer_type):
            what = ANSWER_TYPES[declared.answer_type]
            return GradeResult.platform_error(f"a {kind} answer must be {what}")
        if not declared.sandboxed:
            return declared.grade(answer, spec)
        return declared.grade(answer, spec, limits, config or SandboxConfig.from_env())
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        logger.warning("invalid %s exercise specification", kind, exc_info=True)
        return GradeResult.platform_error(f"invalid {kind} exercise specification: {exc!r}")
    except Exception as exc:  # a bug here is the platform's failure, never the learner's
        logger.exception("grading failed")
        return GradeResult.platform_error(f"grading failed: {exc!r}")
