"""Grading of learner answers, free of Django: `grade(kind, answer, spec)` -> `GradeResult`.

choice and text are judged in-process; code, sql, http, pytest and django run the learner's
code in a bubblewrap sandbox through a trusted shim (see README.md).
"""

from __future__ import annotations

import logging

from .config import SandboxConfig
from .limits import Limits
from .results import GradeResult, TestResult
from .runner import probe_sandbox

__all__ = ["GradeResult", "Limits", "SandboxConfig", "TestResult", "grade", "probe_sandbox"]

KINDS = ("choice", "text", "code", "sql", "http", "pytest", "django")
logger = logging.getLogger(__name__)


def grade(
    kind: str,
    answer,
    spec: dict,
    limits: Limits | None = None,
    config: SandboxConfig | None = None,
) -> GradeResult:
    """Grade one answer. Never raises for a learner's mistake; a platform failure (bad spec,
    sandbox unavailable) comes back as a result with `status="error"`."""
    from .kinds.choice import grade_choice
    from .kinds.code import grade_code
    from .kinds.django import grade_django
    from .kinds.http import grade_http
    from .kinds.pytest import grade_pytest
    from .kinds.sql import grade_sql
    from .kinds.text import grade_text

    limits = limits or Limits()
    spec = spec or {}
    try:
        if kind == "choice":
            return grade_choice(answer, spec)
        if kind == "text":
            return grade_text(answer, spec)
        if kind not in KINDS:
            return GradeResult.platform_error(f"unknown exercise kind {kind!r}")
        config = config or SandboxConfig.from_env()
        if kind == "django":  # a mapping of file paths to text
            return grade_django(answer, spec, limits, config)
        if not isinstance(answer, str):
            return GradeResult.platform_error(f"a {kind} answer must be text")
        config = config or SandboxConfig.from_env()
        if kind == "code":
            return grade_code(answer, spec, limits, config)
        if kind == "sql":
            return grade_sql(answer, spec, limits, config)
        if kind == "pytest":
            return grade_pytest(answer, spec, limits, config)
        return grade_http(answer, spec, limits, config)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        logger.warning("invalid %s exercise specification", kind, exc_info=True)
        return GradeResult.platform_error(f"invalid {kind} exercise specification: {exc!r}")
    except Exception as exc:  # a bug here is the platform's failure, never the learner's
        logger.exception("grading failed")
        return GradeResult.platform_error(f"grading failed: {exc!r}")
