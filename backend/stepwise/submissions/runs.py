"""Runs: an answer tried against the visible tests of its exercise, not counted as an attempt.

A run takes the submission's road (the same answer checks, a row written first, the same
Celery queue and sandbox, the same claim and once-only result) but stops short of everything
that counts: no tallies, no progress, no assignment work, no history. Only the newest
`Run.KEPT_PER_EXERCISE` runs of a learner on an exercise are kept: a run is looked at once,
when its result comes back, and the next run replaces it; a few are kept, not one, so that a
run still being graded (another tab, a double click) is never deleted under its reader.
"""

import logging

from django.db import transaction
from django.utils import timezone

from grading.visible import visible_spec
from stepwise.common.domain import InvalidChange
from stepwise.curriculum.models import Exercise
from stepwise.curriculum.selectors import grading_spec
from stepwise.submissions.grader import grade_answer
from stepwise.submissions.models import Run
from stepwise.submissions.notifications import notify_final
from stepwise.submissions.services import check_answer, claim, enqueue, store_result

logger = logging.getLogger(__name__)


def _runnable_spec(exercise: Exercise) -> dict:
    spec = visible_spec(exercise.kind, grading_spec(exercise))
    if spec is None:
        if not exercise.is_sandboxed:
            raise InvalidChange(
                {"exercise": [f"A {exercise.kind} exercise has no tests to run: submit it."]}
            )
        raise InvalidChange({"exercise": ["This exercise has no visible tests to run."]})
    return spec


def run_create(*, user, exercise: Exercise, answer: dict) -> Run:
    """Store a run (queued) and hand it to a worker once committed; older runs of the learner
    on the exercise beyond the newest few are deleted."""
    _runnable_spec(exercise)
    check_answer(exercise, answer)
    with transaction.atomic():
        run = Run.objects.create(user=user, exercise=exercise, answer=answer)
        kept = Run.objects.filter(user=user, exercise=exercise).values("pk")
        Run.objects.filter(user=user, exercise=exercise).exclude(
            pk__in=kept[: Run.KEPT_PER_EXERCISE]
        ).delete()
        transaction.on_commit(lambda: run_enqueue(run_id=run.pk))
    return run


def run_enqueue(*, run_id: int) -> bool:
    """Hand the run to a worker (in-process when Celery is eager); False when the broker is
    unreachable. A run is not swept up later: the learner runs it again."""
    from stepwise.submissions.tasks import grade_run

    return enqueue(grade_run, pk=run_id)


def run_grade(*, run_id: int) -> None:
    """Claim, grade against the visible tests, and record. Safe to call twice."""
    run = claim(Run, pk=run_id)
    if run is None:
        return
    try:
        spec = _runnable_spec(run.exercise)
        result = grade_answer(run.exercise, run.answer, spec=spec).to_dict()
    except InvalidChange:  # every test was made hidden since the run was made
        result = {"status": "error", "error": "This exercise has no visible tests to run."}
    except Exception as exc:
        logger.exception("Grading run %s failed", run_id)
        result = {"status": "error", "error": f"The grader failed: {type(exc).__name__}."}
    if store_result(
        Run, pk=run.pk, attempt=run.grading_attempts, result=result, now=timezone.now()
    ):
        notify_final(Run, pk=run.pk)
