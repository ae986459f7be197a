"""Check before publishing: `exercises/{slug}/checks/` grades an exercise's reference, starter
and wrong answers; publishing needs a passing check of the content as it is; copies."""

from datetime import timedelta

import pytest
from django.utils import timezone

from stepwise.curriculum import checks
from stepwise.curriculum.models import Exercise, ExerciseCheck
from tests.conftest import _client_for
from tests.factories import SPECS, ExerciseFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


def _text_exercise(**overrides) -> dict:
    body = {
        "topic": "web",
        "slug": "redirect-header",
        "title": "The redirect header",
        "kind": "text",
        "spec": {"kind": "text"},
        "private_spec": {"kind": "text", "match": "case_insensitive", "accepted": ["Location"]},
    }
    return {**body, **overrides}


def _patch(api, slug, body):
    return api.patch(f"/api/v1/exercises/{slug}/", body, format="json")


def test_a_draft_is_checked_then_published_and_an_edit_makes_the_check_stale(instructor_api):
    TopicFactory(slug="web")
    created = instructor_api.post("/api/v1/exercises/", _text_exercise(), format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["published"] is False and created.json()["can_edit"] is True

    refused = _patch(instructor_api, "redirect-header", {"published": True})
    assert refused.status_code == 400
    assert "run Check first" in refused.json()["errors"]["published"][0]

    started = instructor_api.post("/api/v1/exercises/redirect-header/checks/")
    assert started.status_code == 201, started.json()
    check = started.json()
    assert (check["status"], check["passed"], check["is_current"]) == ("done", True, True)
    assert (check["checked"], check["total"]) == (2, 2)
    assert {(r["role"], r["name"], r["ok"]) for r in check["results"]} == {
        ("starter", "an empty answer", True),
        ("reference", "accepted answer 'Location'", True),
    }
    assert check["problems"] == []
    assert _patch(instructor_api, "redirect-header", {"published": True}).status_code == 200
    # A change that does not touch the tests keeps it published without a new check.
    assert _patch(instructor_api, "redirect-header", {"title": "Where to"}).status_code == 200

    new_tests = {"private_spec": {"kind": "text", "match": "exact", "accepted": ["Location"]}}
    refused = _patch(instructor_api, "redirect-header", new_tests)
    assert refused.status_code == 400
    assert "unpublish it" in refused.json()["errors"]["published"][0]
    assert Exercise.objects.get(slug="redirect-header").private_spec["match"] == "case_insensitive"

    assert (
        _patch(instructor_api, "redirect-header", {**new_tests, "published": False}).status_code
        == 200
    )
    url = f"/api/v1/exercises/redirect-header/checks/{check['id']}/"
    assert instructor_api.get(url).json()["is_current"] is False
    listed = instructor_api.get("/api/v1/exercises/redirect-header/checks/").json()["results"]
    assert [(c["id"], c["is_current"]) for c in listed] == [(check["id"], False)]
    refused = _patch(instructor_api, "redirect-header", {"published": True})
    assert "run Check first" in refused.json()["errors"]["published"][0]


def test_a_failing_check_says_which_answer_and_publishing_repeats_it(instructor_api):
    TopicFactory(slug="web")
    every_option_right = _text_exercise(
        slug="pick-all",
        kind="choice",
        published=True,
        spec={"kind": "choice", "multiple": True, "options": SPECS["choice"]["spec"]["options"]},
        private_spec={"kind": "choice", "correct": ["a", "b"]},
    )
    refused = instructor_api.post("/api/v1/exercises/", every_option_right, format="json")
    assert refused.status_code == 400
    assert "run Check first" in refused.json()["errors"]["published"][0]
    assert not Exercise.objects.filter(slug="pick-all").exists()

    del every_option_right["published"]
    assert (
        instructor_api.post("/api/v1/exercises/", every_option_right, format="json").status_code
        == 201
    )
    check = instructor_api.post("/api/v1/exercises/pick-all/checks/").json()
    assert check["passed"] is False
    assert check["problems"] == [
        "every option chosen passes every test, so the tests do not catch it"
    ]
    refused = _patch(instructor_api, "pick-all", {"published": True})
    assert refused.status_code == 400
    assert "every option chosen passes every test" in refused.json()["errors"]["published"][0]


def test_only_the_owner_and_admins_check_or_change_an_exercise(
    instructor_api, learner_api, admin_user
):
    TopicFactory(slug="web")
    assert (
        instructor_api.post("/api/v1/exercises/", _text_exercise(), format="json").status_code
        == 201
    )
    check = instructor_api.post("/api/v1/exercises/redirect-header/checks/").json()
    url = f"/api/v1/exercises/redirect-header/checks/{check['id']}/"

    other_api = _client_for(UserFactory(username="other-teacher", instructor=True))
    assert other_api.get("/api/v1/exercises/redirect-header/").json()["can_edit"] is False
    assert other_api.post("/api/v1/exercises/redirect-header/checks/").status_code == 403
    assert other_api.get("/api/v1/exercises/redirect-header/checks/").status_code == 403
    assert other_api.get(url).status_code == 403
    assert _patch(other_api, "redirect-header", {"title": "Mine now"}).status_code == 403
    assert learner_api.post("/api/v1/exercises/redirect-header/checks/").status_code == 403
    assert learner_api.get(url).status_code == 403
    assert _client_for(admin_user).get(url).status_code == 200
    assert instructor_api.get("/api/v1/exercises/redirect-header/checks/999999/").status_code == 404
    assert ExerciseCheck.objects.count() == 1


def test_an_instructor_copies_a_file_owned_exercise_into_a_draft_of_their_own(
    instructor_api, instructor, learner_api
):
    original = ExerciseFactory(slug="add-two", kind="code", origin="files")
    body = instructor_api.get("/api/v1/exercises/add-two/").json()
    assert (body["origin"], body["can_edit"]) == ("files", False)

    first = instructor_api.post("/api/v1/exercises/add-two/copy/", {}, format="json")
    assert first.status_code == 201, first.json()
    copy = first.json()
    assert (copy["slug"], copy["origin"], copy["published"], copy["can_edit"]) == (
        "add-two-copy", "api", False, True,
    )  # fmt: skip
    assert copy["private_spec"]["solution"] == original.private_spec["solution"]
    assert copy["topic"] == original.topic.slug
    assert Exercise.objects.get(slug="add-two-copy").owner == instructor
    again = instructor_api.post("/api/v1/exercises/add-two/copy/", {}, format="json")
    assert again.json()["slug"] == "add-two-copy-2"

    TopicFactory(slug="elsewhere")
    named = instructor_api.post(
        "/api/v1/exercises/add-two/copy/", {"slug": "my-add", "topic": "elsewhere"}, format="json"
    )
    assert (named.json()["slug"], named.json()["topic"]) == ("my-add", "elsewhere")
    taken = instructor_api.post(
        "/api/v1/exercises/add-two/copy/", {"slug": "my-add"}, format="json"
    )
    assert taken.status_code == 400 and "slug" in taken.json()["errors"]
    assert learner_api.post("/api/v1/exercises/add-two/copy/", {}, format="json").status_code == 403
    assert _patch(instructor_api, "add-two-copy", {"title": "Mine"}).status_code == 200


# --- sandboxed kinds: a job graded by the workers, one answer per step -----------------------


CODE = {
    "topic": "web",
    "slug": "double-it",
    "title": "Double it",
    "kind": "code",
    "spec": {"kind": "code", "starter": "def double(x):\n    return 2 * x\n"},
    "private_spec": {
        "kind": "code",
        "solution": "def double(x):\n    return x + 1\n",
        "tests": [
            {"name": "doubles one", "call": "double", "args": [1], "expect": 2},
            {"name": "doubles zero", "call": "double", "args": [0], "expect": 0},
        ],
        "wrong_answers": ["def double(x):\n    return x\n"],
    },
}


def _run_steps(check_id: int) -> None:
    while checks.check_step(check_id=check_id):  # what the worker's tasks do, step by step
        pass


@pytest.mark.sandbox
def test_a_code_check_grades_each_answer_in_the_sandbox_and_names_the_tests(instructor_api):
    TopicFactory(slug="web")
    assert instructor_api.post("/api/v1/exercises/", CODE, format="json").status_code == 201
    started = instructor_api.post("/api/v1/exercises/double-it/checks/").json()
    assert (started["status"], started["checked"], started["total"]) == ("queued", 0, 3)
    assert all(result["ok"] is None for result in started["results"])

    assert checks.check_step(check_id=started["id"]) is True  # one answer graded, two to go
    url = f"/api/v1/exercises/double-it/checks/{started['id']}/"
    midway = instructor_api.get(url).json()
    assert (midway["status"], midway["checked"]) == ("running", 1)
    _run_steps(started["id"])
    done = instructor_api.get(url).json()
    assert (done["status"], done["passed"], done["checked"]) == ("done", False, 3)
    reference, starter, wrong = done["results"]
    assert [t["name"] for t in reference["failing_tests"]] == ["doubles zero"]
    assert (starter["ok"], starter["failing_tests"]) == (False, [])
    assert (wrong["ok"], wrong["name"]) == (True, "wrong answer 1")
    refused = _patch(instructor_api, "double-it", {"published": True})
    message = refused.json()["errors"]["published"][0]
    assert "reference solution fails the tests: doubles zero" in message
    assert "starter passes every test" in message

    fixed = {**CODE["private_spec"], "solution": "def double(x):\n    return 2 * x\n"}
    starter = {"kind": "code", "starter": "def double(x):\n    pass\n"}
    assert (
        _patch(instructor_api, "double-it", {"private_spec": fixed, "spec": starter}).status_code
        == 200
    )
    assert instructor_api.get(url).json()["is_current"] is False
    again = instructor_api.post("/api/v1/exercises/double-it/checks/").json()
    _run_steps(again["id"])
    assert _patch(instructor_api, "double-it", {"published": True}).status_code == 200


def test_a_check_of_content_changed_midway_stops_and_a_stuck_one_is_swept(instructor_api, settings):
    TopicFactory(slug="web")
    assert instructor_api.post("/api/v1/exercises/", CODE, format="json").status_code == 201
    started = instructor_api.post("/api/v1/exercises/double-it/checks/").json()
    ExerciseCheck.objects.filter(pk=started["id"]).update(
        updated_at=timezone.now() - timedelta(seconds=600)
    )
    settings.GRADING_STUCK_AFTER_SECONDS = 60
    assert checks.check_requeue_stuck() == [started["id"]]
    assert checks.check_requeue_stuck() == []  # requeued with a fresh timestamp

    body = {"private_spec": {**CODE["private_spec"], "solution": "def double(x): return 2*x"}}
    assert _patch(instructor_api, "double-it", body).status_code == 200
    assert checks.check_step(check_id=started["id"]) is False
    check = ExerciseCheck.objects.get(pk=started["id"])
    assert check.status == "error" and "changed while it was checked" in check.error
    refused = _patch(instructor_api, "double-it", {"published": True})
    assert "run Check first" in refused.json()["errors"]["published"][0]
