"""The sweep hands stuck submissions back for grading and leaves fresh or final ones alone."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from stepwise.submissions.models import Submission
from tests.factories import ExerciseFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def _age(submission, seconds):
    Submission.objects.filter(pk=submission.pk).update(
        updated_at=timezone.now() - timedelta(seconds=seconds)
    )


def test_the_sweep_requeues_only_stale_unfinished_submissions(settings, capsys):
    settings.GRADING_STUCK_AFTER_SECONDS = 60
    code = ExerciseFactory(kind="code")
    answer = {"kind": "code", "source": "def add(a, b):\n    return a + b\n"}
    stale_queued = SubmissionFactory(exercise=code, status="queued", verdict="", answer=answer)
    stale_running = SubmissionFactory(exercise=code, status="running", verdict="", answer=answer)
    fresh = SubmissionFactory(exercise=code, status="queued", verdict="", answer=answer)
    done = SubmissionFactory(exercise=code, status="completed", answer=answer)
    for submission in (stale_queued, stale_running, done):
        _age(submission, 600)

    call_command("grading_sweep")

    assert "2 stuck submission(s)" in capsys.readouterr().out
    statuses = dict(Submission.objects.values_list("pk", "status"))
    assert statuses[stale_queued.pk] == "queued"  # back in line with a fresh timestamp
    assert statuses[stale_running.pk] == "queued"  # the dead claim can no longer write
    assert statuses[fresh.pk] == "queued"
    assert statuses[done.pk] == "completed"
    stale_running.refresh_from_db()
    assert stale_running.updated_at > timezone.now() - timedelta(seconds=60)


def test_the_sweep_recovers_a_text_answer_left_running_by_a_dead_web_process(settings):
    """Choice and text answers are graded inside the request; if that process dies, the row
    stays `running`, and the sweep must hand it on like any other."""
    from stepwise.submissions.services import submission_requeue_stuck
    from stepwise.submissions.tasks import grade_submission

    settings.GRADING_STUCK_AFTER_SECONDS = 60
    text = ExerciseFactory(kind="text")
    stuck = SubmissionFactory(
        exercise=text, status="running", verdict="", answer={"kind": "text", "text": "Location"}
    )
    _age(stuck, 600)

    assert submission_requeue_stuck() == [stuck.pk]
    grade_submission.apply(args=[stuck.pk])  # what the worker does with the job
    stuck.refresh_from_db()
    assert (stuck.status, stuck.verdict) == ("completed", "accepted")
