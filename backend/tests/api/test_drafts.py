"""Drafts: a learner's unsubmitted answer per exercise, kept on the server."""

import json

import pytest

from stepwise.submissions.models import Draft, Run
from tests.factories import PASSWORD, ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/me/drafts/"
SOURCE = {"kind": "code", "source": "def add(a, b):\n    return a\n"}


@pytest.fixture
def exercises():
    topic = TopicFactory(slug="basics")
    return {
        "code": ExerciseFactory(topic=topic, slug="add-numbers", kind="code"),
        "choice": ExerciseFactory(topic=topic, slug="status-quiz", kind="choice"),
        "hidden": ExerciseFactory(topic=topic, slug="unpublished", kind="code", published=False),
    }


def _save(client, slug, answer):
    return client.put(f"{URL}{slug}/", {"answer": answer}, format="json")


def test_a_draft_is_saved_read_back_listed_replaced_and_deleted(learner_api, exercises):
    saved = _save(learner_api, "add-numbers", SOURCE)
    assert saved.status_code == 200, saved.content
    assert saved.json()["answer"] == SOURCE
    assert learner_api.get(f"{URL}add-numbers/").json()["answer"] == SOURCE
    newer = {"kind": "code", "source": "def add(a, b):\n    return a + b\n"}
    _save(learner_api, "add-numbers", newer)
    _save(learner_api, "status-quiz", {"kind": "choice", "choices": ["a"]})
    listed = learner_api.get(URL).json()
    assert [d["exercise"] for d in listed["results"]] == ["status-quiz", "add-numbers"]
    assert listed["results"][1]["answer"] == newer
    assert Draft.objects.count() == 2  # one per learner and exercise
    assert learner_api.delete(f"{URL}add-numbers/").status_code == 204
    assert learner_api.get(f"{URL}add-numbers/").status_code == 404
    assert learner_api.delete(f"{URL}add-numbers/").status_code == 204  # already gone: fine


def test_a_draft_follows_the_rules_of_a_submitted_answer(learner_api, exercises):
    cases = [
        ("add-numbers", {"kind": "text", "text": "x"}, "answer.kind"),
        ("status-quiz", {"kind": "choice", "choices": ["zz"]}, "answer.choices"),
        ("add-numbers", {"kind": "code", "source": "x = 1\n" * 12_000}, "answer.source"),
    ]
    for slug, answer, field in cases:
        response = _save(learner_api, slug, answer)
        assert response.status_code == 400, (slug, response.content)
        assert field in response.json()["errors"]
    assert _save(learner_api, "unpublished", SOURCE).status_code == 404
    assert _save(learner_api, "nope", SOURCE).status_code == 404
    assert not Draft.objects.exists()


def test_a_learner_never_sees_another_learners_draft(learner_api, other_learner_api, exercises):
    _save(learner_api, "add-numbers", SOURCE)
    assert other_learner_api.get(f"{URL}add-numbers/").status_code == 404
    assert other_learner_api.get(URL).json()["results"] == []
    assert other_learner_api.delete(f"{URL}add-numbers/").status_code == 204
    assert learner_api.get(f"{URL}add-numbers/").status_code == 200  # theirs is untouched


def test_drafts_and_runs_are_exported_and_erased_with_the_account(learner_api, exercises):
    _save(learner_api, "add-numbers", SOURCE)
    run_id = learner_api.post(
        "/api/v1/exercises/add-numbers/runs/", {"answer": SOURCE}, format="json"
    ).json()["id"]
    response = learner_api.get("/api/v1/me/data/")
    data = json.loads(b"".join(response.streaming_content))
    assert data["drafts"][0]["exercise__slug"] == "add-numbers"
    assert data["drafts"][0]["answer"] == SOURCE
    assert [run["id"] for run in data["runs"]] == [run_id]
    deleted = learner_api.post("/api/v1/me/delete/", {"password": PASSWORD}, format="json")
    assert deleted.status_code == 204
    assert not Draft.objects.exists() and not Run.objects.exists()
