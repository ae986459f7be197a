"""The Celery application. Tasks take ids and call services; messages are JSON only."""

import logging
import os

from celery import Celery
from celery.signals import worker_init, worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

app = Celery("stepwise")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

logger = logging.getLogger(__name__)


@worker_init.connect
def refuse_to_start_without_a_sandbox(**kwargs) -> None:
    """A worker grades untrusted code; without namespaces it must not pretend to be safe, and
    without the runtimes its published exercises run in it could only fail their submissions."""
    from django.conf import settings

    from stepwise.submissions.grader import missing_runtimes, sandbox_status

    missing = missing_runtimes()
    if missing:
        detail = "; ".join(missing.values())
        raise SystemExit(
            f"Refusing to start: published exercises need a missing runtime ({detail})."
        )
    ok, detail = sandbox_status()
    if ok:
        logger.info("Grading sandbox ready: %s", detail)
        return
    if settings.GRADING_REQUIRE_SANDBOX:
        raise SystemExit(f"Refusing to start: the grading sandbox is unavailable ({detail}).")
    logger.warning(
        "The grading sandbox is unavailable (%s): grading falls back to rlimits only and "
        "every result will carry a warning. Never run production like this.",
        detail,
    )


@worker_process_init.connect
def start_warm_sandboxes(**kwargs) -> None:
    """Each worker process keeps its own sandboxes started ahead of time (GRADING_WARM_POOL per
    runtime), so that even the first Django submission after a start is graded warm."""
    from stepwise.submissions.grader import warm_up_sandboxes

    warmed = warm_up_sandboxes()
    if warmed:
        logger.info("Warm sandboxes starting for: %s", ", ".join(warmed))
