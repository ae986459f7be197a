"""Runs: an answer tried against an exercise's visible tests, counted nowhere a submission is."""

import pytest

from stepwise.progress.models import ActiveDay, ExerciseProgress
from stepwise.submissions.models import ExerciseTally, LearnerTally, Run, Submission
from stepwise.submissions.runs import run_grade
from tests.factories import ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db

RIGHT = {"kind": "code", "source": "def add(a, b):\n    return a + b\n"}
WRONG = {"kind": "code", "source": "def add(a, b):\n    return a - b\n"}


@pytest.fixture
def code():
    return ExerciseFactory(topic=TopicFactory(slug="basics"), slug="add-numbers", kind="code")


def _run(client, slug, answer):
    return client.post(f"/api/v1/exercises/{slug}/runs/", {"answer": answer}, format="json")


@pytest.mark.sandbox
def test_a_run_is_graded_on_the_visible_tests_only_and_counted_nowhere(
    learner_api, instructor_api, code
):
    created = _run(learner_api, "add-numbers", RIGHT)
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "queued"  # the worker's job has not run yet
    run_grade(run_id=created.json()["id"])  # what the worker's job calls
    run = learner_api.get(f"/api/v1/runs/{created.json()['id']}/?wait=5").json()
    assert run["status"] == "completed"
    assert run["verdict"] == "accepted"
    assert run["score"] == 1.0
    assert [test["name"] for test in run["tests"]] == ["adds small numbers", "adds negatives"]
    assert not any(test["hidden"] for test in run["tests"])

    wrong = _run(learner_api, "add-numbers", WRONG).json()
    run_grade(run_id=wrong["id"])
    wrong = learner_api.get(f"/api/v1/runs/{wrong['id']}/").json()
    assert wrong["verdict"] == "wrong_answer"
    assert "secret case" not in str(wrong)

    # Not an attempt: no submission, tally, progress or active day; nothing in any list.
    assert not Submission.objects.exists()
    assert not LearnerTally.objects.exists() and not ExerciseTally.objects.exists()
    assert not ExerciseProgress.objects.exists() and not ActiveDay.objects.exists()
    assert learner_api.get("/api/v1/submissions/").json()["results"] == []
    assert instructor_api.get("/api/v1/exercises/add-numbers/stats/").json()["attempts"] == 0
    progress = learner_api.get("/api/v1/me/progress/").json()
    assert "'attempted': 1" not in str(progress) and "'solved': 1" not in str(progress)


def test_quizzes_have_no_tests_to_run(learner_api):
    topic = TopicFactory()
    ExerciseFactory(topic=topic, slug="pick-one", kind="choice")
    ExerciseFactory(topic=topic, slug="name-it", kind="text")
    for slug, answer in (
        ("pick-one", {"kind": "choice", "choices": ["b"]}),
        ("name-it", {"kind": "text", "text": "Location"}),
    ):
        response = _run(learner_api, slug, answer)
        assert response.status_code == 400
        assert "no tests to run" in response.json()["errors"]["exercise"][0]
    assert not Run.objects.exists()


def test_a_run_checks_its_answer_and_its_exercise_as_a_submission_would(learner_api, code):
    ExerciseFactory(topic=code.topic, slug="unpublished", kind="code", published=False)
    assert _run(learner_api, "unpublished", RIGHT).status_code == 404
    assert _run(learner_api, "nope", RIGHT).status_code == 404
    mismatched = _run(learner_api, "add-numbers", {"kind": "text", "text": "x"})
    assert mismatched.status_code == 400
    assert "answer.kind" in mismatched.json()["errors"]
    assert learner_api.get("/api/v1/runs/1/?wait=soon").status_code == 400
    assert not Run.objects.exists()


def test_only_the_learner_who_made_a_run_reads_it(
    learner_api, other_learner_api, instructor_api, code
):
    run_id = _run(learner_api, "add-numbers", RIGHT).json()["id"]
    assert learner_api.get(f"/api/v1/runs/{run_id}/").status_code == 200
    assert other_learner_api.get(f"/api/v1/runs/{run_id}/").status_code == 404
    assert instructor_api.get(f"/api/v1/runs/{run_id}/").status_code == 404


def test_only_the_newest_runs_of_an_exercise_are_kept(learner_api, other_learner_api, code):
    ids = [_run(learner_api, "add-numbers", RIGHT).json()["id"] for _ in range(7)]
    theirs = _run(other_learner_api, "add-numbers", RIGHT).json()["id"]
    kept = set(Run.objects.filter(user=learner_api.user).values_list("pk", flat=True))
    assert kept == set(ids[-Run.KEPT_PER_EXERCISE :])
    assert Run.objects.filter(pk=theirs).exists()  # another learner's runs are left alone


def test_runs_are_throttled_per_user_in_a_count_of_their_own(learner_api, code, monkeypatch):
    from stepwise.common.throttles import RunRateThrottle

    monkeypatch.setattr(RunRateThrottle, "THROTTLE_RATES", {"runs": "2/min"})
    statuses = [_run(learner_api, "add-numbers", RIGHT).status_code for _ in range(3)]
    assert statuses == [201, 201, 429]
    # Submitting is still allowed: runs do not use up the submissions' allowance.
    submitted = learner_api.post(
        "/api/v1/submissions/", {"exercise": "add-numbers", "answer": RIGHT}, format="json"
    )
    assert submitted.status_code == 201
