"""Celery tasks. Each takes ids only and calls a service."""

from celery import shared_task

from stepwise.submissions import services


@shared_task(name="stepwise.submissions.tasks.grade_submission", acks_late=True)
def grade_submission(submission_id: int) -> None:
    services.submission_grade(submission_id=submission_id)


@shared_task(name="stepwise.submissions.tasks.requeue_stuck_submissions")
def requeue_stuck_submissions() -> int:
    return len(services.submission_requeue_stuck())
