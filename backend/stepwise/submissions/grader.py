"""The bridge between a stored submission and the Django-free `grading` package."""

import functools

from django.conf import settings

from stepwise.curriculum.models import Exercise
from stepwise.curriculum.selectors import grading_spec

# Which key of the stored answer holds what the grader receives.
ANSWER_VALUE_KEY = {
    "choice": "choices",
    "text": "text",
    "code": "source",
    "sql": "query",
    "http": "source",
    "pytest": "source",
}


@functools.cache
def sandbox_config():
    from grading import SandboxConfig

    config = SandboxConfig.from_env()
    config.require_sandbox = settings.GRADING_REQUIRE_SANDBOX
    return config


def grade_answer(exercise: Exercise, answer: dict):
    """Grade `answer` for `exercise`; returns a `grading.GradeResult`."""
    from grading import Limits, grade

    value = answer.get(ANSWER_VALUE_KEY[exercise.kind])
    limits = Limits.from_dict(exercise.limits or {})
    config = sandbox_config() if exercise.is_sandboxed else None
    return grade(exercise.kind, value, grading_spec(exercise), limits=limits, config=config)


def sandbox_status() -> tuple[bool, str]:
    """Whether bubblewrap can create its namespaces here, and why not."""
    from grading import probe_sandbox

    return probe_sandbox(sandbox_config())
