"""The submission lifecycle: create (queued), claim (running), record the result (final).

A submission is written before any grading starts, so an accepted answer is never lost:
`code`, `sql` and `http` answers are handed to a Celery task after the row is committed;
if the broker is down, the periodic sweep re-enqueues the row later.
"""

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from rest_framework.exceptions import ValidationError

from stepwise.curriculum.models import Exercise
from stepwise.progress.services import progress_record_result
from stepwise.submissions.grader import grade_answer
from stepwise.submissions.models import Submission

logger = logging.getLogger(__name__)


def _check_answer(exercise: Exercise, answer: dict) -> None:
    if answer.get("kind") != exercise.kind:
        raise ValidationError({"answer": {"kind": [f"This exercise expects a {exercise.kind!r}."]}})
    if len(json.dumps(answer).encode()) > settings.SUBMISSION_MAX_ANSWER_BYTES:
        raise ValidationError({"answer": ["The answer is larger than 64 KiB."]})
    if exercise.kind == "choice":
        option_ids = {option["id"] for option in exercise.spec.get("options", [])}
        unknown = sorted(set(answer["choices"]) - option_ids)
        if unknown:
            raise ValidationError({"answer": {"choices": [f"Unknown options: {unknown}."]}})
        if not exercise.spec.get("multiple") and len(answer["choices"]) != 1:
            raise ValidationError({"answer": {"choices": ["Choose exactly one option."]}})


def submission_create(*, user, exercise: Exercise, answer: dict) -> Submission:
    _check_answer(exercise, answer)
    with transaction.atomic():
        submission = Submission.objects.create(user=user, exercise=exercise, answer=answer)
        if exercise.is_sandboxed:
            transaction.on_commit(lambda: submission_enqueue(submission_id=submission.pk))
    if not exercise.is_sandboxed:
        # Choice and text answers are pure comparisons: grade them inside the request.
        submission_grade(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


def submission_enqueue(*, submission_id: int) -> bool:
    """Hand the submission to a worker; False when the broker is unreachable (the sweep
    will retry), never an exception for the learner."""
    from stepwise.submissions.tasks import grade_submission

    try:
        grade_submission.apply_async(
            args=[submission_id],
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0.1, "interval_step": 0.2},
        )
    except Exception:  # kombu raises several types for an unreachable broker
        logger.warning("Broker unreachable; submission %s stays queued", submission_id)
        return False
    return True


def _stuck_before():
    return timezone.now() - timedelta(seconds=settings.GRADING_STUCK_AFTER_SECONDS)


def submission_claim(*, submission_id: int) -> int | None:
    """Mark the submission running; return its attempt number, or None when it is final or
    another worker holds a fresh claim (a duplicate delivery)."""
    claimable = Q(status=Submission.Status.QUEUED) | Q(
        status=Submission.Status.RUNNING, updated_at__lt=_stuck_before()
    )
    updated = Submission.objects.filter(claimable, pk=submission_id).update(
        status=Submission.Status.RUNNING,
        started_at=timezone.now(),
        updated_at=timezone.now(),
        grading_attempts=F("grading_attempts") + 1,
    )
    if not updated:
        return None
    return Submission.objects.values_list("grading_attempts", flat=True).get(pk=submission_id)


def submission_record_result(*, submission_id: int, attempt: int, result: dict) -> bool:
    """Store a grading result exactly once: only the claim that is still current writes."""
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update()
            .filter(pk=submission_id, status=Submission.Status.RUNNING, grading_attempts=attempt)
            .first()
        )
        if submission is None:
            return False
        completed = result.get("status") == "completed"
        submission.status = Submission.Status.COMPLETED if completed else Submission.Status.ERROR
        submission.verdict = (result.get("verdict") or "") if completed else ""
        submission.score = result.get("score") if completed else None
        submission.tests = result.get("tests", [])
        submission.detail = result.get("error", "") or ""
        submission.warnings = result.get("warnings", [])
        submission.duration_ms = result.get("duration_ms")
        submission.peak_memory_kb = result.get("peak_memory_kb")
        submission.finished_at = timezone.now()
        submission.save()
        if completed:
            progress_record_result(submission=submission)
    return True


def submission_grade(*, submission_id: int) -> None:
    """Claim, grade and record. Safe to call twice: the second call changes nothing."""
    attempt = submission_claim(submission_id=submission_id)
    if attempt is None:
        return
    submission = Submission.objects.select_related("exercise").get(pk=submission_id)
    try:
        result = grade_answer(submission.exercise, submission.answer).to_dict()
    except Exception as exc:
        logger.exception("Grading submission %s failed", submission_id)
        result = {"status": "error", "error": f"The grader failed: {type(exc).__name__}."}
    submission_record_result(submission_id=submission_id, attempt=attempt, result=result)


def submission_requeue_stuck() -> list[int]:
    """Re-enqueue submissions left `queued` or `running` past the deadline (a broker that was
    down at submit time, a worker killed mid-job). Returns the ids handed to the broker."""
    stuck_ids = list(
        Submission.objects.filter(
            status__in=[Submission.Status.QUEUED, Submission.Status.RUNNING],
            updated_at__lt=_stuck_before(),
            exercise__kind__in=Exercise.SANDBOXED_KINDS,
        ).values_list("pk", flat=True)[:500]
    )
    requeued = []
    for submission_id in stuck_ids:
        # Back to `queued` with a fresh timestamp: the presumed-dead claim can no longer write
        # its result, and the next sweep leaves the row alone while the new job is pending.
        Submission.objects.filter(
            pk=submission_id,
            status__in=[Submission.Status.QUEUED, Submission.Status.RUNNING],
        ).update(status=Submission.Status.QUEUED, updated_at=timezone.now())
        if submission_enqueue(submission_id=submission_id):
            requeued.append(submission_id)
    return requeued
