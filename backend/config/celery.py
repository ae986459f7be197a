"""The Celery application. Tasks take ids and call services; messages are JSON only."""

import logging
import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.development")

app = Celery("stepwise")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

logger = logging.getLogger(__name__)


@worker_init.connect
def refuse_to_start_without_a_sandbox(**kwargs) -> None:
    """A worker grades untrusted code; without namespaces it must not pretend to be safe."""
    from django.conf import settings

    from stepwise.submissions.grader import sandbox_status

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
