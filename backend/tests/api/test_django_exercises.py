"""django exercises through the API: a learner sees the fixed files and the editable ones but
not the solution or the tests, may send only the editable files, and gets each test's step."""

import pytest

from stepwise.submissions.models import Submission
from stepwise.submissions.services import submission_grade
from tests.factories import TopicFactory, publish_unchecked

pytestmark = [pytest.mark.django_db, pytest.mark.sandbox]

APP = {
    "tally/__init__.py": "",
    "tally/apps.py": "from django.apps import AppConfig\n\n\nclass TallyConfig(AppConfig):\n"
    "    name = 'tally'\n",
    "tally/urls.py": "from django.urls import path\n\nfrom tally.views import total\n\n"
    "urlpatterns = [path('total/', total)]\n",
}
SOLVED = (
    "from django.http import JsonResponse\n\n\ndef total(request):\n"
    "    numbers = [int(n) for n in request.GET.getlist('n')]\n"
    "    return JsonResponse({'total': sum(numbers)})  # SECRET-SOLUTION-MARKER\n"
)
EXERCISE = {
    "topic": "frameworks",
    "slug": "sum-view",
    "title": "A view that adds",
    "kind": "django",
    "difficulty": "easy",
    "points": 10,
    "prompt_markdown": "Write `total`.",
    "spec": {
        "kind": "django",
        "files": APP,
        "editable": ["tally/views.py"],
        "starter": {"tally/views.py": "def total(request):\n    pass\n"},
        "apps": ["tally"],
        "urlconf": "tally.urls",
    },
    "private_spec": {
        "kind": "django",
        "solution": {"tally/views.py": SOLVED},
        "tests": [
            {
                "name": "two numbers",
                "steps": [
                    {
                        "request": {"path": "/total/", "query": "n=2&n=3"},
                        "expect": {"status": 200, "json": {"total": 5}},
                    }
                ],
            },
            {
                "name": "SECRET-TEST-NAME",
                "hidden": True,
                "steps": [
                    {
                        "request": {"path": "/total/", "query": "n=7"},
                        "expect": {"status": 200, "json": {"total": 7}},
                    }
                ],
            },
        ],
    },
}


@pytest.fixture
def exercise(instructor_api):
    TopicFactory(slug="frameworks")
    response = instructor_api.post("/api/v1/exercises/", EXERCISE, format="json")
    assert response.status_code == 201, response.json()
    publish_unchecked("sum-view")


def _submit(client, files):
    return client.post(
        "/api/v1/submissions/",
        {"exercise": "sum-view", "answer": {"kind": "django", "files": files}},
        format="json",
    )


def test_a_learner_sees_the_project_but_not_the_solution_or_the_tests(exercise, learner_api):
    body = learner_api.get("/api/v1/exercises/sum-view/").json()
    assert body["spec"]["files"] == APP
    assert body["spec"]["editable"] == ["tally/views.py"]
    assert body["private_spec"] is None
    text = learner_api.get("/api/v1/exercises/sum-view/").content.decode()
    assert "SECRET-SOLUTION-MARKER" not in text and "SECRET-TEST-NAME" not in text


def test_a_project_is_graded_per_test_and_step(exercise, learner_api):
    wrong = SOLVED.replace("sum(numbers)", "sum(numbers) + 1")
    response = _submit(learner_api, {"tally/views.py": wrong})
    assert response.status_code == 201, response.json()
    submission_grade(submission_id=response.json()["id"])
    submission = Submission.objects.get(pk=response.json()["id"])
    assert (submission.status, submission.verdict) == ("completed", "wrong_answer")
    tests = learner_api.get(f"/api/v1/submissions/{submission.pk}/").json()["tests"]
    assert tests[0]["message"].startswith("step 1 (GET /total/): body: expected {'total': 5}")
    assert tests[1]["message"] == "wrong result (hidden test)"

    response = _submit(learner_api, {"tally/views.py": SOLVED})
    submission_grade(submission_id=response.json()["id"])
    assert Submission.objects.get(pk=response.json()["id"]).verdict == "accepted"


@pytest.mark.parametrize(
    "files",
    [
        {"tally/urls.py": "urlpatterns = []\n"},  # a fixed file
        {"tally/views.py": SOLVED, "../../etc/passwd": "x"},  # not a file of the exercise
        {"tally/views.py": "x" * (33 * 1024)},  # over the per-file cap
        {"tally/views.py": 42},  # not text
    ],
)
def test_files_a_learner_cannot_send_are_a_400(exercise, learner_api, files):
    response = _submit(learner_api, files)
    assert response.status_code == 400
    assert "answer" in response.json()["errors"] or "answer" in response.content.decode()
    assert not Submission.objects.exists()
