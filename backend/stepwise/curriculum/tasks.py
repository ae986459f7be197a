"""Celery tasks of the curriculum. Each takes ids only and calls a service."""

from celery import shared_task

from stepwise.curriculum import checks


@shared_task(name="stepwise.curriculum.tasks.check_step", acks_late=True)
def check_step(check_id: int) -> None:
    """Grade one answer of an exercise check; queue the next while answers remain."""
    if checks.check_step(check_id=check_id):
        checks.check_enqueue(check_id=check_id)


@shared_task(name="stepwise.curriculum.tasks.requeue_stuck_checks")
def requeue_stuck_checks() -> int:
    return len(checks.check_requeue_stuck())
