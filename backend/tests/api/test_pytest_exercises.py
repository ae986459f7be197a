"""pytest exercises through the API: an instructor writes one, a learner sees the module's
name and how many bugs there are but never an implementation, and a submitted test file is
graded per bug."""

import copy

import pytest

from stepwise.submissions.models import Submission
from stepwise.submissions.services import submission_grade
from tests.factories import TopicFactory, publish_unchecked

pytestmark = [pytest.mark.django_db, pytest.mark.sandbox]

REFERENCE = "def double(n):\n    return 2 * n\n"
BUGS = [
    {
        "name": "adds-two",
        "title": "adds two instead of doubling",
        "hint": "Try a number other than 2.",
        "source": "def double(n):\n    return n + 2  # SECRET-BUG-MARKER\n",
    },
    {
        "name": "squares",
        "title": "squares the number",
        "hint": "Try 3.",
        "source": "def double(n):\n    return n * n\n",
    },
]
EXERCISE = {
    "topic": "testing",
    "slug": "test-double",
    "title": "Test double()",
    "kind": "pytest",
    "difficulty": "easy",
    "points": 10,
    "prompt_markdown": "Write tests for `double(n)`, which returns twice `n`.",
    "spec": {
        "kind": "pytest",
        "module": "numbers_lib",
        "starter": "from numbers_lib import double\n",
    },
    "private_spec": {
        "kind": "pytest",
        "solution": (
            "from numbers_lib import double\n\ndef test_double():\n    assert double(3) == 6\n"
        ),
        "reference": REFERENCE,
        "bugs": BUGS,
    },
}


@pytest.fixture
def exercise(instructor_api):
    TopicFactory(slug="testing")
    response = instructor_api.post("/api/v1/exercises/", EXERCISE, format="json")
    assert response.status_code == 201, response.json()
    publish_unchecked(EXERCISE["slug"])
    return response.json()


def _submit_and_grade(client, source):
    response = client.post(
        "/api/v1/submissions/",
        {"exercise": "test-double", "answer": {"kind": "pytest", "source": source}},
        format="json",
    )
    assert response.status_code == 201, response.json()
    submission_grade(submission_id=response.json()["id"])
    return Submission.objects.get(pk=response.json()["id"])


def test_a_learner_sees_the_module_and_the_bug_count_but_no_implementation(exercise, learner_api):
    body = learner_api.get("/api/v1/exercises/test-double/").json()
    assert body["spec"] == {
        "kind": "pytest",
        "module": "numbers_lib",
        "starter": "from numbers_lib import double\n",
        "runtime": "django",
        "bug_count": 2,
    }
    assert body["private_spec"] is None
    text = learner_api.get("/api/v1/exercises/test-double/").content.decode()
    assert "SECRET-BUG-MARKER" not in text and "2 * n" not in text


def test_a_test_file_is_graded_per_bug(exercise, learner_api):
    weak = "from numbers_lib import double\n\ndef test_zero():\n    assert double(0) == 0\n"
    submission = _submit_and_grade(learner_api, weak)
    assert submission.status == Submission.Status.COMPLETED
    assert (submission.verdict, submission.score) == ("wrong_answer", 0.5)
    shown = learner_api.get(f"/api/v1/submissions/{submission.pk}/").content.decode()
    assert "adds two instead of doubling" in shown  # caught: named
    assert "Try 3." in shown  # missed: the hint only
    assert "squares the number" not in shown and "SECRET-BUG-MARKER" not in shown

    good = weak + "\ndef test_three():\n    assert double(3) == 6\n"
    assert _submit_and_grade(learner_api, good).verdict == "accepted"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda e: e["spec"].update(module="json"), "spec"),
        (lambda e: e["private_spec"].update(bugs=[]), "private_spec"),
        (lambda e: e["private_spec"]["bugs"].append(dict(BUGS[0])), "private_spec"),
        (lambda e: e["private_spec"].pop("reference"), "private_spec"),
    ],
)
def test_an_invalid_pytest_exercise_is_a_400_naming_the_field(instructor_api, change, field):
    TopicFactory(slug="testing")
    body = copy.deepcopy(EXERCISE)
    change(body)
    response = instructor_api.post("/api/v1/exercises/", body, format="json")
    assert response.status_code == 400
    assert field in response.content.decode()


# --- tests of a Django project -----------------------------------------------------------------

PROJECT = {
    "files": {
        "shelf/__init__.py": "",
        "shelf/models.py": (
            "from django.db import models\n\n"
            "class Book(models.Model):\n"
            "    title = models.CharField(max_length=100)\n"
            "    pages = models.IntegerField()\n"
        ),
    },
    "apps": ["shelf"],
}
QUERIES = "from .models import Book\n\ndef long_books():\n    return list(Book.objects.filter(pages__gte=300).order_by('title'))\n"  # noqa: E501
PROJECT_EXERCISE = {
    **EXERCISE,
    "slug": "test-long-books",
    "spec": {"kind": "pytest", "module": "shelf.queries", "project": PROJECT},
    "private_spec": {
        "kind": "pytest",
        "solution": (
            "import pytest\nfrom shelf.models import Book\nfrom shelf.queries import long_books\n\n"
            "@pytest.mark.django_db\ndef test_long_books():\n"
            "    Book.objects.create(title='B', pages=300)\n"
            "    Book.objects.create(title='A', pages=299)\n"
            "    assert [b.title for b in long_books()] == ['B']\n"
        ),
        "reference": QUERIES,
        "bugs": [
            {
                "name": "strictly-longer",
                "title": "a book of exactly 300 pages is left out",
                "hint": "Try a book right at the limit. SECRET-HINT-IS-SHOWN-ONLY-WHEN-MISSED",
                "source": QUERIES.replace("pages__gte", "pages__gt"),
            }
        ],
    },
}


def test_a_project_exercise_shows_its_fixed_files_but_not_the_module_under_test(
    instructor_api, learner_api
):
    TopicFactory(slug="testing")
    response = instructor_api.post("/api/v1/exercises/", PROJECT_EXERCISE, format="json")
    assert response.status_code == 201, response.json()
    publish_unchecked("test-long-books")
    spec = learner_api.get("/api/v1/exercises/test-long-books/").json()["spec"]
    assert spec["module"] == "shelf.queries"
    assert set(spec["project"]["files"]) == {"shelf/__init__.py", "shelf/models.py"}
    assert (
        "pages__gte" not in learner_api.get("/api/v1/exercises/test-long-books/").content.decode()
    )

    submitted = learner_api.post(
        "/api/v1/submissions/",
        {
            "exercise": "test-long-books",
            "answer": {"kind": "pytest", "source": PROJECT_EXERCISE["private_spec"]["solution"]},
        },
        format="json",
    )
    assert submitted.status_code == 201, submitted.json()
    submission_grade(submission_id=submitted.json()["id"])
    assert Submission.objects.get(pk=submitted.json()["id"]).verdict == "accepted"


@pytest.mark.parametrize(
    ("spec_change", "message"),
    [
        ({"project": None}, "needs a Django project"),
        ({"module": "shelf.models"}, "fixed file"),
        ({"project": {**PROJECT, "settings": {"DATABASES": {}}}}, "database cannot be changed"),
    ],
)
def test_an_invalid_project_exercise_is_a_400(instructor_api, spec_change, message):
    TopicFactory(slug="testing")
    body = copy.deepcopy(PROJECT_EXERCISE)
    body["spec"].update(spec_change)
    response = instructor_api.post("/api/v1/exercises/", body, format="json")
    assert response.status_code == 400
    assert message in response.content.decode()
