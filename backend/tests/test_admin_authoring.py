"""Authoring in the Django admin goes through the curriculum services: the same rules as the
API, refused with sentences next to the fields, and the Markdown rendered the same way."""

import json

import pytest
from django import forms
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


def test_publishing_in_the_admin_needs_a_passing_check_as_in_the_api(admin_client):
    topic = TopicFactory()
    form = _exercise_form(topic, published="on")
    errors = _errors(admin_client.post("/admin/curriculum/exercise/add/", form))
    assert any("run Check first" in m for m in errors["published"])
    assert not Exercise.objects.filter(slug="pick-one").exists()

    draft = admin_client.post("/admin/curriculum/exercise/add/", _exercise_form(topic))
    assert draft.status_code == 302, _errors(draft)
    exercise = Exercise.objects.get(slug="pick-one")
    assert exercise.owner.username == "boss"
    admin_client.post(
        "/admin/curriculum/exercise/",
        {"action": "run_check", "_selected_action": [exercise.pk]},
    )
    assert exercise.checks.get().passed is True
    published = admin_client.post(
        f"/admin/curriculum/exercise/{exercise.pk}/change/", _exercise_form(topic, published="on")
    )
    assert published.status_code == 302, _errors(published)


def _form_as_posted(response, **changes) -> dict:
    """What the browser posts back for the change form in `response`, with `changes`."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
            continue
        data[name] = "" if value is None else value
    return {**data, **changes}


@pytest.mark.parametrize("kind", ["code", "django"])
def test_the_code_in_a_spec_is_edited_as_code_and_comes_back_as_it_was(admin_client, kind):
    private = json.loads(json.dumps(SPECS[kind]["private_spec"]))
    if kind == "django":  # the factory's step expects no status, which saving refuses
        private["tests"][0]["steps"][0]["expect"]["status"] = 200
    exercise = ExerciseFactory(kind=kind, published=False, private_spec=private)
    url = f"/admin/curriculum/exercise/{exercise.pk}/change/"
    response = admin_client.get(url)
    form = response.context["adminform"].form
    page = response.content.decode()
    if kind == "code":
        solution = SPECS["code"]["private_spec"]["solution"]
        assert form["code_solution"].value() == solution
        # Real newlines in a monospace textarea, not `\\n` inside a JSON string.
        assert "def add(a, b):\n    return a + b" in page
        assert "solution" not in json.loads(form["private_spec"].value())
    else:
        assert form["code_files"].value().startswith("==== file: hello/__init__.py ====\n")
    code = ("starter", "files", "solution", "harness")
    stored = {k: v for k, v in {**exercise.spec, **exercise.private_spec}.items() if k in code}

    unchanged = admin_client.post(url, _form_as_posted(response))
    assert unchanged.status_code == 302, _errors(unchanged)
    exercise.refresh_from_db()
    both = {**exercise.spec, **exercise.private_spec}
    assert {k: v for k, v in both.items() if k in code} == stored

    if kind == "code":
        new = "def add(a, b):\r\n    total = a + b\r\n\r\n    return total\r\n"
        wrong = "==== wrong answer ====\ndef add(a, b):\n    return a - b\n"
        changed = admin_client.post(
            url, _form_as_posted(response, code_solution=new, code_wrong_answers=wrong)
        )
        assert changed.status_code == 302, _errors(changed)
        exercise.refresh_from_db()
        assert exercise.private_spec["solution"] == new.replace("\r\n", "\n")
        assert exercise.private_spec["wrong_answers"] == ["def add(a, b):\n    return a - b\n"]


def test_a_code_field_the_kind_does_not_have_is_refused_next_to_it(admin_client):
    topic = TopicFactory()
    form = _exercise_form(topic, code_schema="CREATE TABLE t (id INTEGER);")
    errors = _errors(admin_client.post("/admin/curriculum/exercise/add/", form))
    assert errors["code_schema"] == ["A choice exercise has no sql schema here."]
