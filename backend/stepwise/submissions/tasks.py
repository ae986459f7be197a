"""Celery tasks. Each takes ids only and calls a service."""

from celery import shared_task

from stepwise.submissions import regrade, runs, services


@shared_task(name="stepwise.submissions.tasks.grade_submission", acks_late=True)
def grade_submission(submission_id: int) -> None:
    services.submission_grade(submission_id=submission_id)


@shared_task(name="stepwise.submissions.tasks.grade_run", acks_late=True)
def grade_run(run_id: int) -> None:
    runs.run_grade(run_id=run_id)


@shared_task(name="stepwise.submissions.tasks.requeue_stuck_submissions")
def requeue_stuck_submissions() -> int:
    return len(services.submission_requeue_stuck())


@shared_task(name="stepwise.submissions.tasks.regrade_step", acks_late=True)
def regrade_step(job_id: int) -> None:
    """One batch of a regrade; queues the next step while submissions remain."""
    if regrade.regrade_step(job_id=job_id):
        regrade.regrade_enqueue(job_id=job_id)


@shared_task(name="stepwise.submissions.tasks.requeue_stuck_regrades")
def requeue_stuck_regrades() -> int:
    return len(regrade.regrade_requeue_stuck())
