"""The curriculum issue as a test: "a learner who signs in after `make run` finds all of it,
with every exercise solvable by its reference solution through the API".

The real curriculum is synced, a learner registers through the API, finds every topic and
exercise by paging through the lists, and submits each exercise's reference answer (the
`correct` choices, a text exercise's first sample answer, the solution file) through
POST /api/v1/submissions/. Grading runs in this process, as with `make run` without a broker:
Celery is eager and the sandboxed kinds go through the real bubblewrap sandbox.
"""

import pytest
from django.core.management import call_command

from config.celery import app as celery_app
from grading.kinds import KINDS
from stepwise.common.throttles import AuthRateThrottle, SubmissionRateThrottle
from stepwise.curriculum.content import ExerciseFiles, load_content, text_samples

pytestmark = [
    pytest.mark.integration,
    pytest.mark.sandbox,
    pytest.mark.long,
    # Real commits, so a code answer is handed to Celery by its on_commit callback.
    pytest.mark.django_db(transaction=True),
]


def reference_answer(exercise: ExerciseFiles) -> dict:
    """The answer a learner who knows the solution sends, read from the exercise's files."""
    kind = exercise.kind
    if kind == "choice":
        return {"kind": "choice", "choices": list(exercise.meta["correct"])}
    if kind == "text":
        return {"kind": "text", "text": text_samples(exercise)[0]}
    return {"kind": kind, KINDS[kind].answer_key: exercise.solution}


def every_page(client, url: str) -> list[dict]:
    results, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        results += body["results"]
        url, pages = body["next"], pages + 1
        assert pages <= 50, "the pagination does not end"
    return results


@pytest.fixture
def content():
    content = load_content()
    assert content.ok, [str(p) for p in content.problems]
    return content


@pytest.fixture
def in_process_grading(monkeypatch):
    # The Celery app's settings are a mapping; setattr could not be undone on them.
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    monkeypatch.setattr(SubmissionRateThrottle, "THROTTLE_RATES", {"submissions": "10000/min"})
    monkeypatch.setattr(AuthRateThrottle, "THROTTLE_RATES", {"auth": "10000/min"})


def test_a_new_learner_finds_the_whole_curriculum_and_solves_every_exercise(
    api, content, in_process_grading
):
    call_command("content_sync", verbosity=0)
    registered = api.post(
        "/api/v1/auth/register/",
        {"username": "new-learner", "email": "new@example.com", "password": "a-long-passphrase-42"},
        format="json",
    )
    assert registered.status_code == 201, registered.content
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {registered.json()['access']}")
    assert api.get("/api/v1/me/").json()["username"] == "new-learner"

    # Everything in the files is visible, in roadmap order, with the right counts.
    topics = every_page(api, "/api/v1/topics/")
    assert [t["slug"] for t in topics] == [t.slug for t in content.topics]
    assert len(topics) == 14
    assert {t["slug"]: t["exercise_count"] for t in topics} == {
        t.slug: len(t.exercises) for t in content.topics
    }
    listed = every_page(api, "/api/v1/exercises/?page_size=20")
    assert [(e["topic"], e["slug"], e["kind"]) for e in listed] == [
        (e.topic_slug, e.slug, e.kind) for e in content.exercises
    ]

    # Every reference answer, submitted like a learner would, is accepted with full marks.
    not_solved = []
    for exercise in content.exercises:
        created = api.post(
            "/api/v1/submissions/",
            {"exercise": exercise.slug, "answer": reference_answer(exercise)},
            format="json",
        )
        if created.status_code != 201:
            not_solved.append((exercise.slug, created.status_code, created.json()))
            continue
        detail = api.get(f"/api/v1/submissions/{created.json()['id']}/").json()
        outcome = (detail["status"], detail["verdict"], detail["score"])
        if outcome != ("completed", "accepted", 1.0):
            failing = [t for t in detail["tests"] if t["status"] != "pass"]
            not_solved.append((exercise.slug, outcome, detail["detail"], failing[:3]))
    assert not not_solved, "not solved through the API:\n" + "\n".join(map(repr, not_solved))

    progress = api.get("/api/v1/me/progress/").json()
    total = len(content.exercises)
    assert (progress["overall"]["total"], progress["overall"]["solved"]) == (total, total)
    assert progress["overall"]["points_earned"] == progress["overall"]["points_total"]
    unsolved = [
        e["slug"]
        for topic in progress["topics"]
        for e in topic["exercises"]
        if e["solved_at"] is None or e["best_score"] != 1.0 or e["attempts"] != 1
    ]
    assert unsolved == []
    assert [t["slug"] for t in progress["topics"]] == [t.slug for t in content.topics]
