"""Progress is earned by completed submissions and reported per topic and overall."""

from datetime import timedelta

import pytest
from django.utils import timezone

from stepwise.progress.models import ActiveDay
from tests.factories import ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _submit(client, slug, choices):
    return client.post(
        "/api/v1/submissions/",
        {"exercise": slug, "answer": {"kind": "choice", "choices": choices}},
        format="json",
    )


def test_progress_moves_when_a_submission_is_accepted(learner_api):
    first = TopicFactory(slug="first", order=1)
    second = TopicFactory(slug="second", order=2)
    ExerciseFactory(topic=first, slug="q1", points=10)
    ExerciseFactory(topic=first, slug="q2", points=30)
    ExerciseFactory(topic=second, slug="q3")

    empty = learner_api.get("/api/v1/me/progress/").json()
    assert empty["overall"] == {
        "total": 3,
        "attempted": 0,
        "solved": 0,
        "points_total": 50,
        "points_earned": 0,
    }

    _submit(learner_api, "q1", ["a"])  # wrong
    _submit(learner_api, "q1", ["b"])  # right
    _submit(learner_api, "q2", ["a"])  # wrong

    body = learner_api.get("/api/v1/me/progress/").json()
    assert body["overall"]["attempted"] == 2
    assert body["overall"]["solved"] == 1
    assert body["overall"]["points_earned"] == 10
    topic = body["topics"][0]
    assert (topic["slug"], topic["solved"], topic["attempted"], topic["total"]) == (
        "first",
        1,
        2,
        2,
    )
    q1 = topic["exercises"][0]
    assert (q1["slug"], q1["attempts"], q1["best_score"]) == ("q1", 2, 1.0)
    assert q1["solved_at"] is not None
    assert body["streak"] == 1
    assert len(body["active_days"]) == 1


def test_a_later_wrong_answer_keeps_the_best_score_and_solved_time(learner_api):
    ExerciseFactory(slug="q1")
    _submit(learner_api, "q1", ["b"])
    solved_at = learner_api.get("/api/v1/me/progress/").json()["topics"][0]["exercises"][0]
    _submit(learner_api, "q1", ["a"])
    after = learner_api.get("/api/v1/me/progress/").json()["topics"][0]["exercises"][0]
    assert after["best_score"] == 1.0
    assert after["solved_at"] == solved_at["solved_at"]
    assert after["attempts"] == 2


def test_resume_offers_the_latest_unsolved_exercise_or_the_next_one_after_it(
    learner_api, other_learner_api
):
    first = TopicFactory(slug="first", title="First", order=1)
    ExerciseFactory(topic=first, slug="q1", order=1)
    ExerciseFactory(topic=first, slug="draft", order=2, published=False)
    ExerciseFactory(topic=first, slug="q2", title="Q2", order=3)
    ExerciseFactory(topic=TopicFactory(slug="second", order=2), slug="q3", order=1)

    def resume():
        body = learner_api.get("/api/v1/me/progress/").json()["resume"]
        return body and body["slug"]

    assert resume() is None  # nothing answered yet
    _submit(other_learner_api, "q2", ["a"])
    assert resume() is None  # another learner's answers are theirs
    _submit(learner_api, "q3", ["b"])
    assert resume() == "q1"  # q3 solved and last: from the start again
    _submit(learner_api, "q2", ["a"])
    assert learner_api.get("/api/v1/me/progress/").json()["resume"] == {
        "slug": "q2", "title": "Q2", "topic": "first", "topic_title": "First",
    }  # fmt: skip
    _submit(learner_api, "q1", ["b"])
    assert resume() == "q2"  # q1 solved: the next unsolved, past the draft
    _submit(learner_api, "q2", ["b"])
    assert resume() is None  # every exercise solved


def test_progress_is_private_to_each_learner(learner_api, other_learner_api):
    ExerciseFactory(slug="q1")
    _submit(learner_api, "q1", ["b"])
    other = other_learner_api.get("/api/v1/me/progress/").json()
    assert other["overall"]["solved"] == 0
    assert other["active_days"] == []


def test_progress_needs_authentication(api):
    assert api.get("/api/v1/me/progress/").status_code == 401


def test_active_days_come_from_the_summary_kept_with_each_result(learner_api, learner):
    """The calendar reads one row per active day, written in the result's transaction, so a
    long history does not make it slower; answers graded on two days make two active days."""
    ExerciseFactory(slug="q1")
    _submit(learner_api, "q1", ["b"])
    _submit(learner_api, "q1", ["a"])
    assert ActiveDay.objects.filter(user=learner).count() == 1
    yesterday = timezone.localdate() - timedelta(days=1)
    ActiveDay.objects.create(user=learner, day=yesterday)
    body = learner_api.get("/api/v1/me/progress/").json()
    assert body["active_days"] == [yesterday.isoformat(), timezone.localdate().isoformat()]
    assert body["streak"] == 2
