"""Authoring in the Django admin goes through the curriculum services: the same rules as the
API, refused with sentences next to the fields, and the Markdown rendered the same way."""

import json

import pytest
from django.test import Client

from stepwise.curriculum.models import Exercise, Topic
from stepwise.submissions.models import Submission
from tests.factories import SPECS, ExerciseFactory, SubmissionFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    client = Client()
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    return client


def _exercise_form(topic: Topic, **overrides) -> dict:
    fields = {
        "topic": topic.pk,
        "slug": "pick-one",
        "title": "Pick one",
        "kind": "choice",
        "difficulty": "easy",
        "points": 10,
        "order": 0,
        "prompt_markdown": "Which **one**?",
        "hints": json.dumps(["Read the prompt."]),
        "limits": json.dumps({}),
        "spec": json.dumps(SPECS["choice"]["spec"]),
        "private_spec": json.dumps(SPECS["choice"]["private_spec"]),
        "published": "on",
    }
    return {**fields, **overrides}


def _errors(response) -> dict[str, list[str]]:
    form = response.context["adminform"].form
    return {field: [str(m) for m in messages] for field, messages in form.errors.items()}


def test_an_exercise_added_in_the_admin_is_stored_as_the_services_store_it(admin_client):
    topic = TopicFactory()
    response = admin_client.post("/admin/curriculum/exercise/add/", _exercise_form(topic))
    assert response.status_code == 302, _errors(response)
    exercise = Exercise.objects.get(slug="pick-one")
    assert exercise.prompt_html == "<p>Which <strong>one</strong>?</p>"
    assert exercise.grading_digest  # saved through the model's versioning, like the API's


def test_limits_out_of_bounds_are_refused_with_a_sentence_next_to_the_field(admin_client):
    topic = TopicFactory()
    form = _exercise_form(topic, limits=json.dumps({"time_ms": 999_999_999, "colour": 1}))
    response = admin_client.post("/admin/curriculum/exercise/add/", form)
    assert response.status_code == 200
    errors = _errors(response)
    assert any(m.startswith("time_ms: Must be an integer from") for m in errors["limits"])
    assert "colour: Unknown limit." in errors["limits"]
    assert "ErrorDetail" not in response.content.decode()
    assert not Exercise.objects.filter(slug="pick-one").exists()


def test_too_many_hints_and_a_bad_spec_are_each_reported_on_their_field(admin_client):
    topic = TopicFactory()
    private = {**SPECS["choice"]["private_spec"], "correct": ["zz"]}
    form = _exercise_form(
        topic, hints=json.dumps(["1", "2", "3", "4"]), private_spec=json.dumps(private)
    )
    errors = _errors(admin_client.post("/admin/curriculum/exercise/add/", form))
    assert errors["hints"] == ["Give at most 3 hints."]
    assert any("Unknown option ids: zz." in m for m in errors["private_spec"])
    assert all("ErrorDetail" not in m for messages in errors.values() for m in messages)


def test_a_prerequisite_cycle_is_refused_in_the_admin_as_in_the_api(admin_client):
    first = TopicFactory(slug="first")
    second = TopicFactory(slug="second")
    second.prerequisites.set([first])
    form = {
        "slug": "first",
        "title": first.title,
        "summary": first.summary,
        "lesson_markdown": first.lesson_markdown,
        "order": first.order,
        "prerequisites": [second.pk],
        "published": "on",
    }
    response = admin_client.post(f"/admin/curriculum/topic/{first.pk}/change/", form)
    assert _errors(response)["prerequisites"] == ["Prerequisites may not form a cycle."]
    assert list(first.prerequisites.all()) == []


def test_a_lesson_edited_in_the_admin_is_rendered_by_the_service(admin_client):
    topic = TopicFactory(slug="lesson")
    form = {
        "slug": "lesson",
        "title": topic.title,
        "summary": "",
        "lesson_markdown": "Now *changed*.",
        "order": topic.order,
        "published": "on",
    }
    response = admin_client.post(f"/admin/curriculum/topic/{topic.pk}/change/", form)
    assert response.status_code == 302, _errors(response)
    topic.refresh_from_db()
    assert topic.lesson_html == "<p>Now <em>changed</em>.</p>"


def test_nobody_adds_a_submission_by_hand(admin_client):
    ExerciseFactory()
    assert admin_client.get("/admin/submissions/submission/add/").status_code == 403


def test_nobody_deletes_a_submission_by_hand(admin_client):
    submission = SubmissionFactory()
    url = f"/admin/submissions/submission/{submission.pk}/delete/"
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_a_row_the_curriculum_files_own_is_refused_with_the_reason(admin_client):
    topic = TopicFactory(slug="owned", origin="files")
    form = {
        "slug": "owned",
        "title": "Changed here",
        "summary": "",
        "lesson_markdown": topic.lesson_markdown,
        "order": topic.order,
        "published": "on",
    }
    response = admin_client.post(f"/admin/curriculum/topic/{topic.pk}/change/", form)
    assert response.status_code == 200
    (message,) = _errors(response)["__all__"]
    assert "defined by the curriculum files" in message and "content_sync" in message
    topic.refresh_from_db()
    assert topic.title != "Changed here"
