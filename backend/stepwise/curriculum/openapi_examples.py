"""Per-kind examples of the exercise contract: the bodies an author sends to create one.

Each is a complete exercise that the API accepts as it stands (`tests/api/test_openapi_examples.py`
sends every request example of the committed contract), under a topic of the shipped curriculum,
so Swagger UI's "Try it out" works on a fresh `make run`. The submission examples answer them.
"""

from datetime import UTC, datetime

from drf_spectacular.utils import OpenApiExample

from stepwise.accounts.models import User
from stepwise.common.markdown import render_markdown
from stepwise.curriculum.models import Exercise, Topic
from stepwise.curriculum.serializers import ExerciseDetailSerializer
from stepwise.curriculum.services import exercise_clean

TOPIC = "python-for-backend"
TOPIC_TITLE = "Python for backend work"

_SPECS = {
    "choice": (
        "Which status code answers a POST that created a resource?",
        {
            "multiple": False,
            "options": [{"id": "a", "text": "200 OK"}, {"id": "b", "text": "201 Created"}],
        },
        {"correct": ["b"]},
    ),
    "text": (
        "Which response header gives the URL of a resource just created?",
        {"placeholder": "A header name"},
        {"match": "case_insensitive", "accepted": ["Location"]},
    ),
    "code": (
        "Write `total(prices)`, the sum of a list of prices in cents.",
        {"starter": "def total(prices):\n    ...\n"},
        {
            "solution": "def total(prices):\n    return sum(prices)\n",
            "tests": [
                {"name": "two prices", "call": "total", "args": [[250, 199]], "expect": 449},
                {"name": "no prices", "call": "total", "args": [[]], "expect": 0, "hidden": True},
            ],
        },
    ),
    "sql": (
        "List the names of the books, newest first.",
        {
            "schema": "CREATE TABLE book (id INTEGER PRIMARY KEY, name TEXT, year INTEGER);",
            "seed": "INSERT INTO book VALUES (1, 'Dune', 1965), (2, 'Emma', 1815);",
            "ordered": True,
        },
        {
            "solution": "SELECT name FROM book ORDER BY year DESC",
            "tests": [{"name": "the sample books"}],
        },
    ),
    "http": (
        'Write a WSGI `app` that answers every request with `{"status": "ok"}`.',
        {"starter": "def app(environ, start_response):\n    ...\n"},
        {
            "solution": (
                "import json\n\n\ndef app(environ, start_response):\n"
                "    start_response('200 OK', [('Content-Type', 'application/json')])\n"
                "    return [json.dumps({'status': 'ok'}).encode()]\n"
            ),
            "tests": [
                {
                    "name": "the health check",
                    "request": {"method": "GET", "path": "/health"},
                    "expect": {"status": 200, "json": {"status": "ok"}},
                }
            ],
        },
    ),
    "pytest": (
        "Write tests for `cents(amount)`, which turns `'2.50'` into `250`.",
        {"module": "money", "runtime": "django"},
        {
            "solution": "from money import cents\n\n\ndef test_cents():\n"
            "    assert cents('2.50') == 250\n",
            "reference": "from decimal import Decimal\n\n\ndef cents(amount):\n"
            "    return int(Decimal(amount) * 100)\n",
            "bugs": [
                {
                    "name": "drops-cents",
                    "title": "It drops the cents.",
                    "hint": "Try an amount with cents.",
                    "source": "def cents(amount):\n    return int(float(amount)) * 100\n",
                }
            ],
        },
    ),
    "django": (
        'Write the view `ping` of `status/views.py` so that `/ping/` answers `{"pong": true}`.',
        {
            "files": {
                "status/__init__.py": "",
                "status/urls.py": "from django.urls import path\n\nfrom status.views import ping\n"
                "\nurlpatterns = [path('ping/', ping)]\n",
            },
            "editable": ["status/views.py"],
            "starter": {"status/views.py": "def ping(request):\n    ...\n"},
            "urlconf": "status.urls",
        },
        {
            "solution": {
                "status/views.py": "from django.http import JsonResponse\n\n\n"
                "def ping(request):\n    return JsonResponse({'pong': True})\n"
            },
            "tests": [
                {
                    "name": "ping answers",
                    "steps": [
                        {
                            "request": {"path": "/ping/"},
                            "expect": {"status": 200, "json": {"pong": True}},
                        }
                    ],
                }
            ],
        },
    ),
}


def example_slug(kind: str) -> str:
    return f"example-{kind}"


def exercise_request(kind: str) -> dict:
    prompt, spec, private_spec = _SPECS[kind]
    return {
        "topic": TOPIC,
        "slug": example_slug(kind),
        "title": f"Example: a {kind} exercise",
        "kind": kind,
        "difficulty": "easy",
        "points": 10,
        "prompt_markdown": prompt,
        "hints": [],
        "published": False,  # a new exercise is a draft until a check of it passes
        "spec": {"kind": kind, **spec},
        "private_spec": {"kind": kind, **private_spec},
    }


_WHEN = datetime(2026, 11, 30, 9, 12, tzinfo=UTC)


class _Author:
    """Stands in for the request of the instructor who created the exercise."""

    user = User(username="teacher", is_staff=True)


def exercise_created(kind: str) -> dict:
    """What creating the example of `kind` answers, as the API's own serializer writes it."""
    body = exercise_request(kind)
    cleaned = exercise_clean(
        kind=kind,
        spec=body["spec"],
        private_spec=body["private_spec"],
        hints=body["hints"],
        limits=None,
    )
    fields = {key: value for key, value in body.items() if key not in ("topic", *cleaned)}
    exercise = Exercise(
        **fields,
        **cleaned,
        topic=Topic(slug=TOPIC, title=TOPIC_TITLE),
        prompt_html=render_markdown(body["prompt_markdown"]),
        created_at=_WHEN,
        updated_at=_WHEN,
    )
    serializer = ExerciseDetailSerializer(exercise, context={"request": _Author()})
    # The exercise after this one depends on the catalogue it joins, read from the database,
    # which the contract must not depend on: in the catalogue of the examples it is the last.
    serializer.fields.pop("next_exercise")
    return {**serializer.data, "next_exercise": None}


def exercise_create_examples() -> list[OpenApiExample]:
    requests = [
        OpenApiExample(
            kind, summary=f"A {kind} exercise", value=exercise_request(kind), request_only=True
        )
        for kind in _SPECS
    ]
    responses = [
        OpenApiExample(
            f"{kind} created",
            summary=f"A {kind} exercise, created",
            value=exercise_created(kind),
            response_only=True,
            status_codes=["201"],
        )
        for kind in _SPECS
    ]
    return requests + responses
