"""Grading through the whole stack: the API stores a submission, a real Celery worker takes it
from a real Redis, grades it in the real sandbox and stores the result exactly once — also when
the worker is killed mid-job, when Redis is down at submit time, or a job arrives twice."""

import signal
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from stack import services
from stepwise.progress.models import ExerciseProgress
from stepwise.submissions.models import RegradeJob, Submission, SubmissionHistory
from stepwise.submissions.regrade import regrade_requeue_stuck, regrade_start
from stepwise.submissions.services import submission_requeue_stuck
from stepwise.submissions.tasks import grade_submission
from tests.factories import ExerciseFactory, SubmissionFactory, UserFactory
from tests.integration.conftest import wait_for_final, wait_for_status

pytestmark = [
    pytest.mark.integration,
    pytest.mark.sandbox,
    pytest.mark.django_db(transaction=True),
]

CONTENT = Path(__file__).resolve().parents[2] / "content" / "topics"


def _exercise_dir(slug: str) -> Path:
    return next(CONTENT.glob(f"*/exercises/{slug}"))


def _client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


def _submit(client, slug: str, answer: dict) -> dict:
    response = client.post(
        "/api/v1/submissions/", {"exercise": slug, "answer": answer}, format="json"
    )
    assert response.status_code == 201, response.content
    return response.json()


@pytest.fixture
def curriculum():
    call_command("content_sync", verbosity=0)


@pytest.fixture
def learner():
    return UserFactory(username="worker-learner")


ANSWER_KEY = {"code": "source", "http": "source", "sql": "query"}


@pytest.mark.parametrize(
    ("kind", "slug", "wrong", "expected_in_message"),
    [
        ("code", "slugify-a-title", "no-run-collapsing.py", "expected"),
        ("sql", "order-count-per-customer", "inner-join.sql", "missing"),
        ("http", "wsgi-json-greeting", "text-plain-content-type.py", "header"),
    ],
)
def test_each_kind_is_graded_end_to_end_with_feedback(
    start_worker, curriculum, learner, kind, slug, wrong, expected_in_message
):
    start_worker()
    client = _client(learner)
    folder = _exercise_dir(slug)
    suffix = "sql" if kind == "sql" else "py"
    key = ANSWER_KEY[kind]

    queued = _submit(client, slug, {"kind": kind, key: (folder / f"solution.{suffix}").read_text()})
    assert queued["status"] == "queued"
    accepted = wait_for_final(queued["id"])
    assert (accepted.status, accepted.verdict, accepted.score) == ("completed", "accepted", 1.0)
    assert all(test["status"] == "pass" for test in accepted.tests)

    wrong_answer = _submit(
        client, slug, {"kind": kind, key: (folder / "wrong" / wrong).read_text()}
    )
    graded = wait_for_final(wrong_answer["id"])
    assert graded.verdict == "wrong_answer"
    assert 0 <= graded.score < 1
    failed = [test for test in graded.tests if test["status"] != "pass"]
    assert failed
    visible_messages = " ".join(t["message"] for t in failed if not t["hidden"]).lower()
    assert expected_in_message in visible_messages, graded.tests

    detail = client.get(f"/api/v1/submissions/{wrong_answer['id']}/").json()
    assert detail["verdict"] == "wrong_answer"
    # The learner reads every stored test but what is kept of hidden tests for instructors.
    kept_for_instructors = {"real_message": None}
    assert detail["tests"] == [
        {key: value for key, value in test.items() if key != "real_call"}
        | (kept_for_instructors if test["hidden"] else {})
        for test in graded.tests
    ]
    progress = ExerciseProgress.objects.get(user=learner, exercise__slug=slug)
    assert (progress.attempts, progress.best_score) == (2, 1.0)


SLOW_BUT_RIGHT = """
import time

def add(a, b):
    time.sleep(1.5)
    return a + b
"""


def test_a_worker_killed_mid_grading_does_not_lose_the_submission(start_worker, settings):
    settings.GRADING_STUCK_AFTER_SECONDS = 1
    exercise = ExerciseFactory(kind="code", slug="slow-add", limits={"time_ms": 8000})
    learner = UserFactory()
    first = start_worker()
    created = _submit(_client(learner), "slow-add", {"kind": "code", "source": SLOW_BUT_RIGHT})
    wait_for_status(created["id"], "running")
    first.kill(signal.SIGKILL)  # the worker, its pool and the sandbox it started

    time.sleep(1.2)
    assert Submission.objects.get(pk=created["id"]).status == "running"
    start_worker()
    assert submission_requeue_stuck() == [created["id"]]  # what beat's sweep does

    graded = wait_for_final(created["id"])
    assert (graded.status, graded.verdict) == ("completed", "accepted")
    assert graded.grading_attempts == 2
    time.sleep(2)  # a late redelivery of the first message must change nothing
    graded.refresh_from_db()
    assert graded.grading_attempts == 2
    progress = ExerciseProgress.objects.get(user=learner, exercise=exercise)
    assert progress.attempts == 1


def test_a_submission_made_while_redis_is_down_is_graded_after_it_returns(start_worker, settings):
    settings.GRADING_STUCK_AFTER_SECONDS = 0
    ExerciseFactory(kind="code", slug="add-numbers")
    client = _client(UserFactory())
    services.redis_server.stop()
    try:
        started = time.monotonic()
        created = _submit(
            client, "add-numbers", {"kind": "code", "source": "def add(a, b):\n    return a + b\n"}
        )
        assert time.monotonic() - started < 10  # the learner is not kept waiting on the broker
        assert created["status"] == "queued"
    finally:
        services.redis_server.start()

    start_worker()
    assert submission_requeue_stuck() == [created["id"]]
    graded = wait_for_final(created["id"])
    assert graded.verdict == "accepted"


def test_the_same_job_delivered_twice_stores_one_result(start_worker):
    exercise = ExerciseFactory(kind="code", slug="add-numbers")
    learner = UserFactory()
    start_worker()
    created = _submit(
        _client(learner),
        "add-numbers",
        {"kind": "code", "source": "def add(a, b):\n    return a - b\n"},
    )
    grade_submission.delay(created["id"])
    grade_submission.delay(created["id"])

    graded = wait_for_final(created["id"])
    time.sleep(1.5)  # let the duplicates run to completion
    graded.refresh_from_db()
    assert graded.verdict == "wrong_answer"
    assert graded.grading_attempts == 1
    assert ExerciseProgress.objects.get(user=learner, exercise=exercise).attempts == 1


def test_a_client_long_polling_gets_the_verdict_the_moment_it_is_stored(start_worker):
    ExerciseFactory(kind="code", slug="add-numbers")
    client = _client(UserFactory())
    start_worker()
    created = _submit(
        client, "add-numbers", {"kind": "code", "source": "def add(a, b):\n    return a + b\n"}
    )
    started = time.monotonic()
    detail = client.get(f"/api/v1/submissions/{created['id']}/?wait=10").json()
    waited = time.monotonic() - started
    assert (detail["status"], detail["verdict"]) == ("completed", "accepted")
    assert waited < 5  # answered on the worker's notification, not at the 10 s timeout


def test_long_polling_a_submission_that_stays_queued_times_out_with_its_state():
    ExerciseFactory(kind="code", slug="add-numbers")
    client = _client(UserFactory())
    created = _submit(client, "add-numbers", {"kind": "code", "source": "x = 1\n"})
    started = time.monotonic()
    detail = client.get(f"/api/v1/submissions/{created['id']}/?wait=1").json()
    assert detail["status"] == "queued"
    assert 0.9 <= time.monotonic() - started < 5


def test_a_worker_refuses_to_start_when_the_sandbox_is_required_but_missing(start_worker):
    worker = start_worker({"GRADING_BWRAP": "/nonexistent/bwrap"}, wait=False)
    assert worker.process.wait(timeout=60) != 0
    assert "Refusing to start" in worker.output()


def test_the_periodic_sweep_is_scheduled():
    from config.celery import app

    schedule = app.conf.beat_schedule["requeue-stuck-submissions"]
    assert schedule["task"] == "stepwise.submissions.tasks.requeue_stuck_submissions"
    assert schedule["schedule"] <= 60


QUICK_BUT_SLOW = """
import time

def add(a, b):
    time.sleep(0.3)
    return a + b
"""


def test_a_regrade_interrupted_by_killing_the_worker_completes_once(start_worker, settings):
    """Six submissions graded against version 1; the tests change; the regrade's worker is
    killed mid-job; a new worker and the sweep finish it. Each submission is regraded once."""
    settings.GRADING_STUCK_AFTER_SECONDS = 1
    exercise = ExerciseFactory(kind="code", slug="slow-add", limits={"time_ms": 8000})
    learners = [UserFactory() for _ in range(6)]
    submissions = [
        SubmissionFactory(user=learner, exercise=exercise, verdict="accepted", score=1.0,
                          answer={"kind": "code", "source": QUICK_BUT_SLOW}, tests_version=1)
        for learner in learners
    ]  # fmt: skip
    exercise.private_spec = {
        **exercise.private_spec,
        "tests": [*exercise.private_spec["tests"],
                  {"name": "zero", "call": "add", "args": [0, 0], "expect": 1}],
    }  # fmt: skip
    # (`zero` expects 1 on purpose: every regraded verdict changes, so each is visible.)
    exercise.save()
    assert exercise.tests_version == 2
    admin = UserFactory(is_staff=True, is_superuser=True)

    first = start_worker()
    job = regrade_start(exercise=exercise, user=admin)
    deadline = time.monotonic() + 60
    while RegradeJob.objects.get(pk=job.pk).regraded < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    first.kill(signal.SIGKILL)
    stopped_at = RegradeJob.objects.get(pk=job.pk).regraded
    assert 2 <= stopped_at < 6

    time.sleep(1.2)
    start_worker()
    assert regrade_requeue_stuck() == [job.pk]  # what beat's sweep does
    deadline = time.monotonic() + 90
    while RegradeJob.objects.get(pk=job.pk).status != "done" and time.monotonic() < deadline:
        time.sleep(0.1)
    job.refresh_from_db()
    assert (job.status, job.regraded, job.changed) == ("done", 6, 6)
    for submission in submissions:
        submission.refresh_from_db()
        assert (submission.verdict, submission.tests_version) == ("wrong_answer", 2)
        assert SubmissionHistory.objects.filter(submission=submission).count() == 1
