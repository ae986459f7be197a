"""factory_boy factories for the backend's models, one valid exercise of every kind."""

import factory
from django.contrib.auth.models import Group

from stepwise.accounts.models import INSTRUCTOR_GROUP, User
from stepwise.classes.models import Classroom, Membership
from stepwise.common.markdown import render_markdown
from stepwise.curriculum.models import Exercise, Topic
from stepwise.submissions.models import Submission
from stepwise.submissions.tallies import submission_contribution, tally_change

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    display_name = factory.LazyAttribute(lambda u: u.username.title())
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def instructor(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(Group.objects.get_or_create(name=INSTRUCTOR_GROUP)[0])
        self.save()


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    slug = factory.Sequence(lambda n: f"topic-{n}")
    title = factory.Sequence(lambda n: f"Topic {n}")
    summary = "What this topic is about."
    lesson_markdown = "# Lesson\n\nSome `code`:\n\n```python\nprint('hi')\n```\n"
    lesson_html = factory.LazyAttribute(lambda t: render_markdown(t.lesson_markdown))
    order = factory.Sequence(int)
    published = True


CHOICE = {
    "spec": {
        "multiple": False,
        "options": [{"id": "a", "text": "200 OK"}, {"id": "b", "text": "201 Created"}],
    },
    "private_spec": {"correct": ["b"], "explanation": "A POST that made something is *201*."},
}
TEXT = {
    "spec": {"placeholder": "Header name"},
    "private_spec": {
        "match": "case_insensitive",
        "accepted": ["Location"],
        "tolerance": 0,
        "explanation": "The *Location* header names the new resource.",
    },
}
CODE = {
    "spec": {"starter": "def add(a, b):\n    raise NotImplementedError\n"},
    "private_spec": {
        "solution": "def add(a, b):\n    return a + b\n",
        "harness": "",
        "tests": [
            {"name": "adds small numbers", "call": "add", "args": [1, 2], "expect": 3},
            {"name": "adds negatives", "call": "add", "args": [-1, -2], "expect": -3},
            {"name": "secret case", "call": "add", "args": [40, 2], "expect": 42, "hidden": True},
        ],
    },
}
SQL = {
    "spec": {
        "starter": "SELECT name FROM users",
        "schema": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
        "seed": "INSERT INTO users VALUES (1, 'Ada'), (2, 'Linus');",
        "ordered": True,
    },
    "private_spec": {
        "solution": "SELECT name FROM users ORDER BY name DESC",
        "tests": [{"name": "sample rows"}, {"name": "hidden rows", "hidden": True}],
    },
}
HTTP = {
    "spec": {"starter": "def app(environ, start_response):\n    raise NotImplementedError\n"},
    "private_spec": {
        "solution": (
            "import json\n\ndef app(environ, start_response):\n"
            "    start_response('200 OK', [('Content-Type', 'application/json')])\n"
            "    return [json.dumps({'ok': True}).encode()]\n"
        ),
        "tests": [
            {
                "name": "answers ok",
                "request": {"method": "GET", "path": "/"},
                "expect": {"status": 200, "json": {"ok": True}},
            }
        ],
    },
}
PYTEST = {
    "spec": {"module": "doubling", "runtime": "django", "starter": ""},
    "private_spec": {
        "solution": "from doubling import double\n\ndef test_three():\n    assert double(3) == 6\n",
        "reference": "def double(n):\n    return 2 * n\n",
        "bugs": [
            {
                "name": "squares",
                "title": "squares the number",
                "hint": "Try 3.",
                "source": "def double(n):\n    return n * n\n",
            }
        ],
    },
}
DJANGO = {
    "spec": {
        "runtime": "django",
        "files": {
            "hello/__init__.py": "",
            "hello/urls.py": "from django.urls import path\n\nfrom hello.views import hi\n\n"
            "urlpatterns = [path('hi/', hi)]\n",
        },
        "editable": ["hello/views.py"],
        "starter": {"hello/views.py": ""},
        "apps": [],
        "urlconf": "hello.urls",
        "settings": {},
    },
    "private_spec": {
        "solution": {
            "hello/views.py": "from django.http import JsonResponse\n\n\ndef hi(request):\n"
            "    return JsonResponse({'hi': 1})\n"
        },
        "tests": [
            {
                "name": "says hi",
                "steps": [{"request": {"path": "/hi/"}, "expect": {"json": {"hi": 1}}}],
            }
        ],
    },
}
SPECS = {
    "choice": CHOICE,
    "text": TEXT,
    "code": CODE,
    "sql": SQL,
    "http": HTTP,
    "pytest": PYTEST,
    "django": DJANGO,
}


class ExerciseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exercise

    class Params:
        specs = factory.LazyAttribute(lambda e: SPECS[e.kind])

    topic = factory.SubFactory(TopicFactory)
    slug = factory.Sequence(lambda n: f"exercise-{n}")
    title = factory.Sequence(lambda n: f"Exercise {n}")
    kind = "choice"
    difficulty = "easy"
    points = 10
    order = factory.Sequence(int)
    prompt_markdown = "Do the thing."
    prompt_html = "<p>Do the thing.</p>"
    hints = ["Think about it."]
    spec = factory.LazyAttribute(lambda e: dict(e.specs["spec"]))
    private_spec = factory.LazyAttribute(lambda e: dict(e.specs["private_spec"]))
    published = True


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    user = factory.SubFactory(UserFactory)
    exercise = factory.SubFactory(ExerciseFactory)
    answer = factory.LazyAttribute(lambda s: {"kind": "choice", "choices": ["a"]})
    status = Submission.Status.COMPLETED
    verdict = Submission.Verdict.WRONG_ANSWER
    score = 0.0
    tests = factory.LazyFunction(
        lambda: [
            {
                "name": "answer",
                "status": "fail",
                "message": "not the right option",
                "output": "",
                "duration_ms": 0,
                "hidden": False,
            }
        ]
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Written straight to the table, the submission is tallied as the services would
        # have tallied it, so the exercise stats see it.
        submission = super()._create(model_class, *args, **kwargs)
        tally_change(
            user_id=submission.user_id,
            exercise_id=submission.exercise_id,
            change=submission_contribution(submission),
        )
        return submission


class ClassroomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Classroom

    name = factory.Sequence(lambda n: f"Class {n}")
    owner = factory.SubFactory(UserFactory, instructor=True)
    join_code = factory.Sequence(lambda n: f"CODE{n:04d}")


def enrol(classroom: Classroom, *learners: User) -> Classroom:
    """Put `learners` in `classroom` (instructors read only the work of their classes)."""
    for learner in learners:
        Membership.objects.get_or_create(classroom=classroom, learner=learner)
    return classroom


def change_published_tests(exercise: Exercise, *, by, **changes) -> None:
    """Change the tests of a published choice or text exercise as an author must: unpublished
    in the same edit, checked (at once, for these kinds), then published again."""
    from stepwise.curriculum import services
    from stepwise.curriculum.checks import check_start

    services.exercise_update(exercise=exercise, published=False, **changes)
    check = check_start(exercise=exercise, user=by)
    assert check.passed, check
    services.exercise_update(exercise=exercise, published=True)
    exercise.refresh_from_db()


def publish_unchecked(slug: str) -> None:
    """Publish an exercise made through the API without the check that publishing through the
    API needs (tests/api/test_exercise_checks.py covers that rule): for tests about what
    learners see and how a kind is graded, which a check would only make slower."""
    assert Exercise.objects.filter(slug=slug).update(published=True) == 1
