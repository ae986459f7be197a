"""The bridge between a stored submission and the Django-free `grading` package."""

from django.db import DatabaseError

from grading.kinds import KINDS as GRADING_KINDS
from stepwise.curriculum.checks import sandbox_config
from stepwise.curriculum.models import Exercise
from stepwise.curriculum.selectors import grading_spec

# Each kind's facts come from the grader's registry (grading/kinds/__init__.py).
RUNTIME_KINDS = tuple(name for name, kind in GRADING_KINDS.items() if kind.runtime != "stdlib")
# Which key of the stored answer holds what the grader receives.
ANSWER_VALUE_KEY = {name: kind.answer_key for name, kind in GRADING_KINDS.items()}


def grade_answer(exercise: Exercise, answer: dict, *, spec: dict | None = None):
    """Grade `answer` for `exercise` (against `spec` when given, e.g. only its visible
    tests); returns a `grading.GradeResult`."""
    from grading import Limits, grade

    value = answer.get(ANSWER_VALUE_KEY[exercise.kind])
    limits = Limits.from_dict(exercise.limits or {})
    config = sandbox_config() if exercise.is_sandboxed else None
    if spec is None:
        spec = grading_spec(exercise)
    return grade(exercise.kind, value, spec, limits=limits, config=config)


def runtimes_needed() -> set[str]:
    """The runtimes the published exercises run in: `stdlib` always, the others as named by
    published exercises (none of them while the database is not migrated yet)."""
    specs = Exercise.objects.filter(published=True, kind__in=RUNTIME_KINDS).values_list(
        "spec", flat=True
    )
    try:
        return {"stdlib"} | {spec.get("runtime") or "django" for spec in specs}
    except DatabaseError:
        return {"stdlib"}


def runtime_problems() -> dict[str, str]:
    """Each runtime the grader knows, with why it cannot be used here ("" when it can)."""
    from grading.config import RUNTIMES

    config = sandbox_config()
    return {runtime: config.runtime_problem(runtime) for runtime in RUNTIMES}


def missing_runtimes() -> dict[str, str]:
    """The runtimes published exercises need that are not built here, with why."""
    problems = runtime_problems()
    return {name: problems[name] for name in sorted(runtimes_needed()) if problems.get(name)}


def sandbox_status() -> tuple[bool, str]:
    """Whether bubblewrap can create its namespaces here, and why not."""
    from grading import probe_sandbox

    return probe_sandbox(sandbox_config())


def warm_up_sandboxes() -> list[str]:
    """Start the pools of warm sandboxes (GRADING_WARM_POOL per runtime) for the runtimes the
    published exercises need, when the sandbox works here; returns the runtimes warmed."""
    from grading import runner

    config = sandbox_config()
    if config.warm_pool <= 0 or not runner.sandbox_available(config)[0]:
        return []
    return [name for name in sorted(runtimes_needed()) if runner.warm_up(name, config)]
