"""Regrading: an exercise's submissions graded again against its current tests.

A job regrades the submissions in its scope (every one for an admin's regrade of everyone, the
learners of one class, or of every class the requester teaches) whose `tests_version` is not
the job's. It runs in steps: each task regrades a batch, then queues the next step, so no task
runs long and a worker killed mid-job loses at most the submission it was grading. A result
is written in one transaction with the history row that keeps the earlier result, and only
if the submission is not at the job's version already: whatever is retried, each submission
is regraded once. Progress and the exercise tallies are brought in line in the same
transaction; the gradebook reads the submissions and needs nothing."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min, Q, QuerySet
from django.utils import timezone

from stepwise.classes.models import Classroom, Membership
from stepwise.classes.selectors import learners_taught_by
from stepwise.common.permissions import is_admin
from stepwise.curriculum.models import Exercise
from stepwise.progress.services import progress_set_best
from stepwise.submissions.grader import grade_answer
from stepwise.submissions.models import RegradeJob, Submission, SubmissionHistory
from stepwise.submissions.tallies import result_contribution, tally_change

logger = logging.getLogger(__name__)

BATCH_SIZE = 10


def _scope(job: RegradeJob) -> QuerySet[Submission]:
    submissions = Submission.objects.filter(
        exercise_id=job.exercise_id,
        status__in=[Submission.Status.COMPLETED, Submission.Status.ERROR],
    )
    if job.everyone:
        return submissions
    if job.classroom_id is not None:
        members = Membership.objects.filter(classroom_id=job.classroom_id)
        return submissions.filter(user_id__in=members.values("learner_id"))
    return submissions.filter(user_id__in=learners_taught_by(user=job.requested_by))


def _pending(job: RegradeJob) -> QuerySet[Submission]:
    stale = Q(tests_version__isnull=True) | ~Q(tests_version=job.tests_version)
    return _scope(job).filter(stale).order_by("id")


@transaction.atomic
def regrade_start(*, exercise: Exercise, user, classroom: Classroom | None = None) -> RegradeJob:
    """Start regrading `exercise` for `classroom`'s learners, or all the learners `user` may
    read (everyone, for an admin). The caller has checked that `user` teaches `classroom`."""
    job = RegradeJob.objects.create(
        exercise=exercise,
        classroom=classroom,
        requested_by=user,
        everyone=classroom is None and is_admin(user),
        tests_version=exercise.tests_version,
    )
    job.total = _pending(job).count()
    job.save(update_fields=["total"])
    transaction.on_commit(lambda: regrade_enqueue(job_id=job.pk))
    return job


def regrade_enqueue(*, job_id: int) -> bool:
    from stepwise.submissions.tasks import regrade_step

    try:
        regrade_step.apply_async(args=[job_id], retry=True)
    except Exception:  # an unreachable broker: the sweep queues the job again later
        logger.warning("Broker unreachable; regrade %s waits for the sweep", job_id)
        return False
    return True


def regrade_step(*, job_id: int) -> bool:
    """Regrade one batch of the job; True when more remain (the task queues the next step)."""
    job = RegradeJob.objects.select_related("exercise", "requested_by").filter(pk=job_id).first()
    if job is None or job.status in (RegradeJob.Status.DONE, RegradeJob.Status.SUPERSEDED):
        return False
    if job.exercise.tests_version != job.tests_version:
        _finish(job, RegradeJob.Status.SUPERSEDED)
        return False
    RegradeJob.objects.filter(pk=job.pk).update(
        status=RegradeJob.Status.RUNNING, updated_at=timezone.now()
    )
    batch = list(_pending(job).values_list("pk", flat=True)[:BATCH_SIZE])
    for submission_id in batch:
        _regrade_one(job, submission_id)
    if len(batch) < BATCH_SIZE:
        _finish(job, RegradeJob.Status.DONE)
        return False
    return True


def _regrade_one(job: RegradeJob, submission_id: int) -> None:
    submission = Submission.objects.get(pk=submission_id)  # graded against job.exercise
    if submission.tests_version == job.tests_version:
        return
    try:
        result = grade_answer(job.exercise, submission.answer).to_dict()
    except Exception as exc:
        logger.exception("Regrading submission %s failed", submission_id)
        result = {"status": "error", "error": f"The grader failed: {type(exc).__name__}."}
    completed = result.get("status") == "completed"
    verdict = (result.get("verdict") or "") if completed else ""
    score = result.get("score") if completed else None
    now = timezone.now()
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission_id)
        if locked.tests_version == job.tests_version:
            return  # another step got here first
        SubmissionHistory.objects.create(
            submission=locked,
            verdict=locked.verdict,
            score=locked.score,
            tests=locked.tests,
            tests_version=locked.tests_version,
            graded_at=locked.finished_at,
            reason=_reason(locked.tests_version, job.tests_version),
        )
        changed = (locked.verdict, locked.score) != (verdict, score)
        Submission.objects.filter(pk=submission_id).update(
            status=Submission.Status.COMPLETED if completed else Submission.Status.ERROR,
            verdict=verdict,
            score=score,
            tests=result.get("tests", []),
            message=result.get("message", "") or "",
            error_line=result.get("error_line"),
            detail=result.get("error", "") or "",
            warnings=result.get("warnings", []),
            duration_ms=result.get("duration_ms"),
            peak_memory_kb=result.get("peak_memory_kb"),
            tests_version=job.tests_version,
            regraded_at=now,
            finished_at=now,
            updated_at=now,
        )
        _refresh_progress(locked.user_id, locked.exercise_id)
        earlier = result_contribution(
            status=locked.status, verdict=locked.verdict, score=locked.score, tests=locked.tests
        )
        now_counted = result_contribution(
            status=Submission.Status.COMPLETED if completed else Submission.Status.ERROR,
            verdict=verdict,
            score=score,
            tests=result.get("tests", []),
        )
        tally_change(
            user_id=locked.user_id,
            exercise_id=locked.exercise_id,
            change=now_counted + -earlier,
        )
        counts = {"regraded": job.regraded + 1, "changed": job.changed + int(changed)}
        RegradeJob.objects.filter(pk=job.pk).update(updated_at=now, **counts)
        job.regraded, job.changed = counts["regraded"], counts["changed"]


def _reason(old: int | None, new: int) -> str:
    if old is None:
        return f"Graded again against version {new} of the exercise's tests."
    return f"The exercise's tests changed (version {old} to {new}): graded again."


def _refresh_progress(user_id: int, exercise_id: int) -> None:
    results = Submission.objects.filter(
        user_id=user_id, exercise_id=exercise_id, status=Submission.Status.COMPLETED
    ).aggregate(
        best=Max("score"),
        solved=Min("finished_at", filter=Q(verdict=Submission.Verdict.ACCEPTED)),
    )
    progress_set_best(
        user_id=user_id,
        exercise_id=exercise_id,
        best_score=results["best"] or 0.0,
        solved_at=results["solved"],
    )


def _finish(job: RegradeJob, status: str) -> None:
    now = timezone.now()
    RegradeJob.objects.filter(pk=job.pk).update(status=status, finished_at=now, updated_at=now)


def regrade_requeue_stuck() -> list[int]:
    """Queue again the jobs whose last step is older than the grading deadline (a worker
    killed mid-step, a broker that was down)."""
    before = timezone.now() - timedelta(seconds=settings.GRADING_STUCK_AFTER_SECONDS)
    stuck = RegradeJob.objects.filter(
        status__in=[RegradeJob.Status.QUEUED, RegradeJob.Status.RUNNING], updated_at__lt=before
    ).values_list("pk", flat=True)[:100]
    requeued = []
    for job_id in stuck:
        RegradeJob.objects.filter(pk=job_id).update(updated_at=timezone.now())
        if regrade_enqueue(job_id=job_id):
            requeued.append(job_id)
    return requeued
