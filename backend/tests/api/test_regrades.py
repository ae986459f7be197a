"""Regrading: an exercise's version moves when what grading depends on changes, a regrade
grades each submission in scope once against the new tests, keeps the earlier result in the
submission's history, and brings progress in line; who may start and follow one."""

import pytest

from stepwise.curriculum import services as curriculum_services
from stepwise.progress.models import ExerciseProgress
from stepwise.submissions import regrade
from stepwise.submissions.models import RegradeJob, Submission, SubmissionHistory
from stepwise.submissions.services import submission_create
from tests.conftest import _client_for
from tests.factories import (
    ClassroomFactory,
    ExerciseFactory,
    UserFactory,
    change_published_tests,
    enrol,
)

pytestmark = pytest.mark.django_db

LOCATION = {"kind": "text", "text": "Location"}


@pytest.fixture(autouse=True)
def _no_broker(monkeypatch):
    """The steps run here, one after another, instead of as Celery tasks."""
    monkeypatch.setattr(regrade, "regrade_enqueue", lambda job_id: True)


def _run(job_id: int) -> RegradeJob:
    while regrade.regrade_step(job_id=job_id):
        pass
    return RegradeJob.objects.get(pk=job_id)


@pytest.fixture
def world(instructor, learner, other_learner, admin_user):
    exercise = ExerciseFactory(kind="text", slug="redirect-header")
    classroom = enrol(ClassroomFactory(owner=instructor), learner)
    enrol(ClassroomFactory(), other_learner)  # taught by someone else
    mine = submission_create(user=learner, exercise=exercise, answer=LOCATION)
    theirs = submission_create(user=other_learner, exercise=exercise, answer=LOCATION)
    assert mine.verdict == theirs.verdict == "accepted"
    # The author decides the answer is another header: version 2 of the tests.
    change_published_tests(
        exercise,
        by=instructor,
        private_spec={
            "match": "case_insensitive",
            "accepted": ["Content-Location"],
            "tolerance": 0,
            "explanation": "The server names the new address in Content-Location.",
        },
    )
    return {"exercise": exercise, "class": classroom, "mine": mine, "theirs": theirs,
            "owner": _client_for(instructor), "admin": _client_for(admin_user)}  # fmt: skip


def test_the_version_moves_with_grading_and_not_with_wording(world):
    exercise = world["exercise"]
    assert exercise.tests_version == 2
    assert world["mine"].tests_version == 1
    curriculum_services.exercise_update(exercise=exercise, title="Which header?")
    exercise.refresh_from_db()
    assert exercise.tests_version == 2
    exercise.limits = {"time_ms": 500}
    exercise.save()  # the admin and content_sync save too: the model keeps the count
    assert exercise.tests_version == 3


def test_a_class_regrade_changes_the_verdict_keeps_history_and_updates_progress(world, learner):
    url = "/api/v1/exercises/redirect-header/regrades/"
    response = world["owner"].post(url, {"class": world["class"].pk}, format="json")
    assert response.status_code == 202, response.json()
    assert response.json()["status"] == "queued"
    job = _run(response.json()["id"])
    assert (job.status, job.total, job.regraded, job.changed) == ("done", 1, 1, 1)
    mine = Submission.objects.get(pk=world["mine"].pk)
    assert (mine.verdict, mine.tests_version) == ("wrong_answer", 2)
    (before,) = SubmissionHistory.objects.filter(submission=mine)
    assert (before.verdict, before.score, before.tests_version) == ("accepted", 1.0, 1)
    assert "version 1 to 2" in before.reason
    progress = ExerciseProgress.objects.get(user=learner, exercise=world["exercise"])
    assert (progress.solved_at, progress.best_score, progress.attempts) == (None, 0.0, 1)
    # Outside the class: untouched.
    assert Submission.objects.get(pk=world["theirs"].pk).verdict == "accepted"
    # The learner sees that the verdict changed, and why.
    shown = _client_for(learner).get(f"/api/v1/submissions/{mine.pk}/").json()
    assert shown["verdict"] == "wrong_answer" and shown["regraded_at"]
    assert shown["history"][0]["verdict"] == "accepted"
    assert "tests changed" in shown["history"][0]["reason"]
    followed = world["owner"].get(f"{url}{job.pk}/").json()
    assert (followed["status"], followed["progress"]) == ("done", 1.0)


def test_each_submission_is_regraded_once_whatever_is_retried(world):
    job = regrade.regrade_start(exercise=world["exercise"], user=world["admin"].user)
    assert _run(job.pk).regraded == 2  # the admin's: everyone
    assert regrade.regrade_step(job_id=job.pk) is False
    again = regrade.regrade_start(exercise=world["exercise"], user=world["admin"].user)
    assert again.total == 0
    assert SubmissionHistory.objects.count() == 2


def test_a_step_interrupted_mid_batch_resumes_without_regrading_twice(world):
    job = regrade.regrade_start(exercise=world["exercise"], user=world["admin"].user)
    job = RegradeJob.objects.select_related("exercise").get(pk=job.pk)
    # A worker regrades the first submission and dies before the rest of its batch.
    regrade._regrade_one(job, world["mine"].pk)
    assert regrade.regrade_step(job_id=job.pk) is False
    job.refresh_from_db()
    assert (job.status, job.regraded) == ("done", 2)
    for submission in (world["mine"], world["theirs"]):
        assert SubmissionHistory.objects.filter(submission=submission).count() == 1


def test_an_instructor_without_a_class_filter_regrades_the_learners_they_teach(world):
    response = world["owner"].post("/api/v1/exercises/redirect-header/regrades/", {}, format="json")
    assert _run(response.json()["id"]).total == 1
    assert Submission.objects.get(pk=world["theirs"].pk).tests_version == 1


def test_newer_tests_supersede_a_running_regrade(world):
    job = regrade.regrade_start(exercise=world["exercise"], user=world["admin"].user)
    exercise = world["exercise"]
    exercise.limits = {"time_ms": 700}
    exercise.save()
    assert regrade.regrade_step(job_id=job.pk) is False
    assert RegradeJob.objects.get(pk=job.pk).status == "superseded"


def test_who_starts_and_follows_regrades(world, learner):
    url = "/api/v1/exercises/redirect-header/regrades/"
    assert _client_for(learner).post(url, {}, format="json").status_code == 403
    stranger = _client_for(UserFactory(username="stranger", instructor=True))
    assert stranger.post(url, {"class": world["class"].pk}, format="json").status_code == 404
    started = world["owner"].post(url, {"class": world["class"].pk}, format="json").json()
    assert stranger.get(f"{url}{started['id']}/").status_code == 404
    assert [job["id"] for job in stranger.get(url).json()] == []
    assert [job["id"] for job in world["admin"].get(url).json()] == [started["id"]]
    assert world["owner"].get("/api/v1/exercises/nope/regrades/").status_code == 404
