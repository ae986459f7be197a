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

from stepwise.classes.models import timing
from stepwise.classes.selectors import assignments_with_exercise
from stepwise.common.domain import InvalidChange
from stepwise.curriculum.models import Exercise
from stepwise.progress.services import progress_record_result
from stepwise.submissions.grader import grade_answer
from stepwise.submissions.models import AssignmentWork, Draft, Submission, SubmissionHistory
from stepwise.submissions.notifications import notify_final
from stepwise.submissions.tallies import result_contribution, tally_attempt, tally_change

logger = logging.getLogger(__name__)
# The columns the claim and the result write change.
GRADING_WRITES = (
    "status", "verdict", "score", "tests", "message", "error_line", "detail", "warnings",
    "duration_ms",
    "peak_memory_kb", "tests_version", "grading_attempts", "started_at", "finished_at",
    "updated_at",
)  # fmt: skip


def check_answer(exercise: Exercise, answer: dict) -> None:
    """Refuse an answer that does not fit the exercise: the rules every stored answer follows
    (submissions, runs and drafts alike), beyond the shape `AnswerField` checks."""
    if answer.get("kind") != exercise.kind:
        raise InvalidChange({"answer": {"kind": [f"This exercise expects a {exercise.kind!r}."]}})
    if len(json.dumps(answer).encode()) > settings.SUBMISSION_MAX_ANSWER_BYTES:
        raise InvalidChange({"answer": ["The answer is larger than 64 KiB."]})
    if exercise.kind == "choice":
        option_ids = {option["id"] for option in exercise.spec.get("options", [])}
        unknown = sorted(set(answer["choices"]) - option_ids)
        if unknown:
            raise InvalidChange({"answer": {"choices": [f"Unknown options: {unknown}."]}})
        if not exercise.spec.get("multiple") and len(answer["choices"]) != 1:
            raise InvalidChange({"answer": {"choices": ["Choose exactly one option."]}})
    if exercise.kind == "django":
        unknown = sorted(set(answer["files"]) - set(exercise.spec.get("editable") or []))
        if unknown:
            raise InvalidChange(
                {"answer": {"files": [f"Not files of this exercise you can edit: {unknown}."]}}
            )


def submission_create(*, user, exercise: Exercise, answer: dict) -> Submission:
    check_answer(exercise, answer)
    with transaction.atomic():
        submission = Submission.objects.create(user=user, exercise=exercise, answer=answer)
        _record_assignment_work(submission)
        tally_attempt(user_id=user.pk, exercise_id=exercise.pk)
        if exercise.is_sandboxed:
            transaction.on_commit(lambda: submission_enqueue(submission_id=submission.pk))
    if not exercise.is_sandboxed:
        # Choice and text answers are pure comparisons: grade them inside the request.
        submission_grade(submission_id=submission.pk)
        # Grading stored the result with its own queries: read back only what it wrote, so
        # the exercise and the learner already in hand are not fetched again.
        submission.refresh_from_db(fields=GRADING_WRITES)
    # A submission made a moment ago has no earlier results: no query to learn that.
    submission._prefetched_objects_cache = {"history": SubmissionHistory.objects.none()}
    return submission


def _record_assignment_work(submission: Submission) -> None:
    """One row per assignment of the learner's (unarchived) classes that includes the
    exercise, saying whether the submission came on time for it."""
    assignments = assignments_with_exercise(learner=submission.user, exercise=submission.exercise)
    AssignmentWork.objects.bulk_create(
        AssignmentWork(
            submission=submission,
            assignment=assignment,
            learner_id=submission.user_id,
            exercise_id=submission.exercise_id,
            timing=timing(
                submitted_at=submission.created_at,
                assignment=assignment,
                extension_due=assignment.extension_due,
            ),
        )
        for assignment in assignments
    )


def enqueue(task, *, pk: int) -> bool:
    """Hand a row's id to a worker's `task`; False when the broker is unreachable, never an
    exception for the learner."""
    try:
        task.apply_async(
            args=[pk],
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0.1, "interval_step": 0.2},
        )
    except Exception:  # kombu raises several types for an unreachable broker
        logger.warning("Broker unreachable; %s %s stays queued", task.name, pk)
        return False
    return True


def submission_enqueue(*, submission_id: int) -> bool:
    """Hand the submission to a worker; when the broker is unreachable, the sweep retries."""
    from stepwise.submissions.tasks import grade_submission

    return enqueue(grade_submission, pk=submission_id)


def _stuck_before():
    return timezone.now() - timedelta(seconds=settings.GRADING_STUCK_AFTER_SECONDS)


def claim(model, *, pk: int):
    """Mark the row (a `Submission` or a `Run`) running and return it with its exercise loaded
    (its `grading_attempts` is this claim's number), or None when it is final or another worker
    holds a fresh claim (a duplicate delivery)."""
    claimable = Q(status=Submission.Status.QUEUED) | Q(
        status=Submission.Status.RUNNING, updated_at__lt=_stuck_before()
    )
    now = timezone.now()
    updated = model.objects.filter(claimable, pk=pk).update(
        status=Submission.Status.RUNNING,
        started_at=now,
        updated_at=now,
        grading_attempts=F("grading_attempts") + 1,
    )
    if not updated:
        return None
    return model.objects.select_related("exercise").get(pk=pk)


def submission_claim(*, submission_id: int) -> Submission | None:
    return claim(Submission, pk=submission_id)


def store_result(model, *, pk: int, attempt: int, result: dict, now, **columns) -> bool:
    """Write a grading result into the row once: only the claim that is still current writes.
    One conditional UPDATE decides that, so no row lock is held while anything else runs."""
    completed = result.get("status") == "completed"
    return bool(
        model.objects.filter(
            pk=pk, status=Submission.Status.RUNNING, grading_attempts=attempt
        ).update(
            status=Submission.Status.COMPLETED if completed else Submission.Status.ERROR,
            verdict=(result.get("verdict") or "") if completed else "",
            score=result.get("score") if completed else None,
            tests=result.get("tests", []),
            message=result.get("message", "") or "",
            error_line=result.get("error_line"),
            detail=result.get("error", "") or "",
            warnings=result.get("warnings", []),
            duration_ms=result.get("duration_ms"),
            peak_memory_kb=result.get("peak_memory_kb"),
            finished_at=now,
            updated_at=now,
            **columns,
        )
    )


def submission_record_result(*, submission: Submission, attempt: int, result: dict) -> bool:
    """Store a grading result exactly once, with what it changes in the tallies and the
    learner's progress in the same transaction."""
    completed = result.get("status") == "completed"
    score = result.get("score") if completed else None
    verdict = (result.get("verdict") or "") if completed else ""
    now = timezone.now()
    with transaction.atomic():
        stored = store_result(
            Submission,
            pk=submission.pk,
            attempt=attempt,
            result=result,
            now=now,
            tests_version=submission.exercise.tests_version,
        )
        if not stored:
            return False
        if completed:
            tally_change(
                user_id=submission.user_id,
                exercise_id=submission.exercise_id,
                change=result_contribution(
                    status=Submission.Status.COMPLETED,
                    verdict=verdict,
                    score=score,
                    tests=result.get("tests", []),
                ),
            )
            progress_record_result(
                user_id=submission.user_id,
                exercise_id=submission.exercise_id,
                submission_id=submission.pk,
                score=score or 0.0,
                accepted=verdict == Submission.Verdict.ACCEPTED,
                finished_at=now,
            )
        transaction.on_commit(lambda: notify_final(Submission, pk=submission.pk))
    return True


def submission_grade(*, submission_id: int) -> None:
    """Claim, grade and record. Safe to call twice: the second call changes nothing."""
    submission = submission_claim(submission_id=submission_id)
    if submission is None:
        return
    try:
        result = grade_answer(submission.exercise, submission.answer).to_dict()
    except Exception as exc:
        logger.exception("Grading submission %s failed", submission_id)
        result = {"status": "error", "error": f"The grader failed: {type(exc).__name__}."}
    submission_record_result(
        submission=submission, attempt=submission.grading_attempts, result=result
    )


def submission_requeue_stuck() -> list[int]:
    """Re-enqueue submissions left `queued` or `running` past the deadline (a broker that was
    down at submit time, a worker killed mid-job, a web process that died while grading a
    choice or text answer in its request). Returns the ids handed to the broker; a worker
    grades any kind."""
    stuck_ids = list(
        Submission.objects.filter(
            status__in=[Submission.Status.QUEUED, Submission.Status.RUNNING],
            updated_at__lt=_stuck_before(),
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


def draft_save(*, user, exercise: Exercise, answer: dict) -> Draft:
    """Keep `answer` as the learner's draft of the exercise (replacing the one before), held to
    the rules of a submitted answer."""
    check_answer(exercise, answer)
    draft, _ = Draft.objects.update_or_create(
        user=user, exercise=exercise, defaults={"answer": answer}
    )
    return draft


def draft_delete(*, user, exercise: Exercise) -> None:
    """Forget the learner's draft of the exercise (nothing to do when there is none)."""
    Draft.objects.filter(user=user, exercise=exercise).delete()
