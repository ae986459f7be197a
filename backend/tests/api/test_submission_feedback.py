"""What a submission's feedback shows to whom: a hidden test's real message and call only to
instructors and admins who may read the submission, and a choice or text exercise's
explanation once it gives nothing away."""

import pytest
from rest_framework.test import APIClient

from stepwise.accounts.services import user_token_pair
from tests.factories import ClassroomFactory, ExerciseFactory, SubmissionFactory, UserFactory, enrol

pytestmark = pytest.mark.django_db

URL = "/api/v1/submissions/"

VISIBLE = {
    "name": "slugifies a title",
    "status": "fail",
    "message": "expected 'hello-world', got 'Hello World'",
    "output": "",
    "duration_ms": 1.4,
    "hidden": False,
    "call": "slugify('Hello World')",
    "real_message": None,
    "real_call": None,
}
HIDDEN = {
    "name": "an edge case",
    "status": "error",
    "message": "failed with an error (hidden test)",
    "output": "",
    "duration_ms": None,
    "hidden": True,
    "call": None,
    "real_message": "IndexError: list index out of range (line 3 of your code)",
    "real_call": "slugify('')",
}
# A result stored before these fields existed.
OLD = {"name": "older", "status": "fail", "message": "m", "output": "", "duration_ms": 0,
       "hidden": True}  # fmt: skip


def _client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {user_token_pair(user=user)['access']}")
    return client


def test_hidden_real_messages_and_calls_reach_only_instructors_and_admins_of_the_work(
    learner, learner_api, instructor, instructor_api, admin_user
):
    enrol(ClassroomFactory(owner=instructor), learner)
    submission = SubmissionFactory(
        user=learner, exercise=ExerciseFactory(kind="code"), tests=[VISIBLE, HIDDEN, OLD]
    )
    url = f"{URL}{submission.pk}/"

    visible, hidden, old = learner_api.get(url).json()["tests"]
    assert visible["call"] == "slugify('Hello World')"
    assert visible["duration_ms"] == 1.4
    assert (hidden["message"], hidden["call"], hidden["real_message"]) == (
        "failed with an error (hidden test)",
        None,
        None,
    )
    assert "real_call" not in hidden
    assert (old["duration_ms"], old["call"], old["real_message"]) == (None, None, None)

    for reader in (instructor_api, _client(admin_user)):
        visible, hidden, old = reader.get(url).json()["tests"]
        assert hidden["real_message"] == HIDDEN["real_message"]
        assert hidden["call"] == "slugify('')"
        assert hidden["message"] == "failed with an error (hidden test)"
        assert visible["real_message"] is None

    other_teacher = UserFactory(instructor=True)
    enrol(ClassroomFactory(owner=other_teacher), UserFactory())
    assert _client(other_teacher).get(url).status_code == 404


def test_a_syntax_error_is_stored_once_with_its_line(learner, learner_api):
    submission = SubmissionFactory(
        user=learner,
        exercise=ExerciseFactory(kind="code"),
        verdict="syntax_error",
        message="SyntaxError: invalid syntax (line 2 of your code) while loading your code",
        error_line=2,
        tests=[{**VISIBLE, "status": "not_run", "message": "not run", "call": None}],
    )
    body = learner_api.get(f"{URL}{submission.pk}/").json()
    assert body["message"].startswith("SyntaxError: invalid syntax (line 2")
    assert body["error_line"] == 2
    assert body["tests"][0]["status"] == "not_run"


@pytest.fixture
def quiz():
    spec = {"correct": ["b"], "explanation": "**201 Created** says a resource was made."}
    return ExerciseFactory(slug="status-quiz", kind="choice", private_spec=spec)


def _answer(client, choice):
    body = {"exercise": "status-quiz", "answer": {"kind": "choice", "choices": [choice]}}
    return client.post(URL, body, format="json").json()


def test_the_explanation_follows_a_right_answer_and_a_wrong_one_only_once_solved(
    learner, learner_api, instructor, instructor_api, quiz
):
    wrong = _answer(learner_api, "a")
    assert wrong["verdict"] == "wrong_answer"
    assert wrong["explanation_html"] is None  # it would name the right option
    assert learner_api.get(f"{URL}{wrong['id']}/").json()["explanation_html"] is None
    enrol(ClassroomFactory(owner=instructor), learner)
    shown = instructor_api.get(f"{URL}{wrong['id']}/").json()["explanation_html"]
    assert shown == "<p><strong>201 Created</strong> says a resource was made.</p>"

    right = _answer(learner_api, "b")
    assert right["explanation_html"] == shown
    assert learner_api.get(f"{URL}{wrong['id']}/").json()["explanation_html"] == shown
    assert _answer(learner_api, "a")["explanation_html"] == shown  # solved already

    exercise = learner_api.get("/api/v1/exercises/status-quiz/").json()
    assert "201 Created** says" not in str(exercise)
    assert "explanation" not in str(exercise)


def test_an_exercise_without_an_explanation_and_a_code_answer_have_none(learner, learner_api):
    ExerciseFactory(slug="status-quiz", kind="choice", private_spec={"correct": ["b"]})
    assert _answer(learner_api, "b")["explanation_html"] is None
    code = SubmissionFactory(
        user=learner,
        exercise=ExerciseFactory(kind="code", private_spec={"explanation": "no"}),
        verdict="accepted",
    )
    assert learner_api.get(f"{URL}{code.pk}/").json()["explanation_html"] is None
