"""Hostile input, across the whole contract: every operation in openapi.yaml gets values a
careless parser chokes on (integers beyond 64 bits, Unicode digits, NUL and lone surrogates,
garbage cursors, JSON nested to the parser's limit, too many query parameters) in every query
parameter, path parameter and body node. Each must answer below 500, a 4xx in the error shape,
and log nothing as an error.

Schemathesis (tests/integration) generates from the schema, so it never sends what the schema
cannot describe; this walk sends exactly that, in-process, in a few seconds.
"""

import base64
import copy
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
import yaml
from django.db import transaction
from rest_framework_simplejwt.tokens import RefreshToken

from stepwise.classes import services
from stepwise.common.parsers import MAX_DEPTH
from stepwise.submissions.models import RegradeJob, Run
from tests.conftest import _client_for
from tests.factories import (
    PASSWORD,
    ClassroomFactory,
    ExerciseFactory,
    SubmissionFactory,
    TopicFactory,
    UserFactory,
    enrol,
)

pytestmark = pytest.mark.django_db

SCHEMA = yaml.safe_load((Path(__file__).resolve().parents[3] / "openapi.yaml").read_text())
METHODS = {"get", "post", "put", "patch", "delete"}
OPERATIONS = [
    (method.upper(), path, operation)
    for path, operations in SCHEMA["paths"].items()
    for method, operation in operations.items()
    if method in METHODS
]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _nested(depth: int):
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


HOSTILE_TEXT = [
    str(2**64), "9" * 5000, "²", "١٢", "-1", "1e400", "NaN", " 1", "\x00", "é", "x" * 3000, "",
    # Cursors: not base64, and base64 of a tampered position, offset or direction.
    "!!!", _b64("p=not-a-date"), _b64("o=" + "9" * 30), _b64("r=²"),
    _b64("p=9999-12-31 23:59:59.999999-23:59"), _b64("p=0001-01-01 00:00:00+14:00"),
]  # fmt: skip

HOSTILE_PATH = [str(2**64), "-1", "²", "%00", "x" * 3000, "é", ".."]

HOSTILE_JSON = [
    2**64, -(2**64), 1e308, "²", "\x00", "\ud800", "", "x" * 10_000, None, True, [], {},
    _nested(MAX_DEPTH - 2),
]  # fmt: skip

HOSTILE_CONTAINER_JSON = [2**64, "x", None, [], {}, [None], _nested(MAX_DEPTH - 2)]

HOSTILE_BODIES = [
    "[" * 950 + "]" * 950,
    '{"a":' * 950 + "1" + "}" * 950,
    json.dumps(_nested(MAX_DEPTH + 1)),
    json.dumps(_nested(MAX_DEPTH)),
    "1" * 5000,
    '{"a": NaN}',
    '{"a": -Infinity}',
    '"\\ud800"',
    "null",
    "\x00",
]


# Operations whose valid body is refused for the state of the world, not the body: deleting
# the account (right password) of an instructor who owns a class is a 409, and had it worked,
# the rest of the test would have no account to send its requests with.
REFUSED_BY_STATE = {("POST", "/api/v1/me/delete/"): 409}


@pytest.fixture
def world():
    instructor = UserFactory(username="fuzz-teacher", instructor=True)
    learner = UserFactory(username="fuzz-learner")
    topic = TopicFactory(slug="web")
    exercises = {
        kind: ExerciseFactory(topic=topic, kind=kind, slug=f"{kind}-one")
        for kind in ("choice", "text", "code", "sql", "http")
    }
    submission = SubmissionFactory(user=learner, exercise=exercises["choice"])
    classroom = enrol(ClassroomFactory(owner=instructor), learner)
    assignment = services.assignment_create(
        classroom=classroom,
        title="Week 1",
        opens_at=datetime(2027, 1, 4, tzinfo=UTC),
        due_at=datetime(2027, 1, 11, tzinfo=UTC),
        exercises=["choice-one"],
    )
    # A class the instructor does not teach, to join; and an instructor to make co-teacher.
    elsewhere = ClassroomFactory(owner=UserFactory(username="fuzz-helper", instructor=True))
    return {
        "instructor": instructor,
        "learner": learner,
        "clients": [_client_for(instructor), _client_for(learner)],
        "join_code": elsewhere.join_code,
        "class_id": classroom.pk,
        "path": {
            "slug": {"topics": "web", "exercises": "code-one", "me": "code-one"},
            "id": {
                "submissions": submission.pk,
                "runs": Run.objects.create(
                    user=learner, exercise=exercises["code"], answer={"kind": "code", "source": ""}
                ).pk,
                "classes": classroom.pk,
                "me": classroom.pk,
                "exercises": RegradeJob.objects.create(
                    exercise=exercises["code"], requested_by=instructor, tests_version=1
                ).pk,
            },
            "user_id": {"classes": learner.pk},
            "aid": {"classes": assignment.pk},
        },
    }


def _counter():
    count = 0
    while True:
        count += 1
        yield count


_serial = _counter()


def _valid_body(method: str, path: str, world) -> dict:
    """A body the operation accepts (before any value in it is made hostile); fresh names
    each time so that a mutation is not refused merely for reusing the previous one's."""
    n = next(_serial)
    code_exercise = {
        "spec": {"kind": "code", "starter": "def double(x):\n    pass\n"},
        "private_spec": {
            "kind": "code",
            "solution": "def double(x):\n    return 2 * x\n",
            "tests": [{"name": "two", "call": "double", "args": [1], "expect": 2}],
        },
    }
    bodies = {
        ("POST", "/api/v1/auth/register/"): lambda: {
            "username": f"fuzzer{n}",
            "email": f"fuzzer{n}@example.org",
            "password": "a-long-passphrase-42",
            "display_name": "Fuzzer",
        },
        ("POST", "/api/v1/auth/token/"): lambda: {
            "username": world["learner"].username,
            "password": PASSWORD,
        },
        ("POST", "/api/v1/auth/token/refresh/"): lambda: {
            "refresh": str(RefreshToken.for_user(world["learner"]))
        },
        ("POST", "/api/v1/auth/logout/"): lambda: {
            "refresh": str(RefreshToken.for_user(world["learner"]))
        },
        ("PATCH", "/api/v1/me/"): lambda: {
            "email": f"teacher{n}@example.org",
            "display_name": "Teacher",
        },
        ("POST", "/api/v1/me/password/"): lambda: {
            "old_password": PASSWORD,
            "new_password": PASSWORD,
        },
        ("POST", "/api/v1/topics/"): lambda: {
            "slug": f"fuzz-{n}",
            "title": "Fuzz",
            "summary": "s",
            "lesson_markdown": "# L",
            "order": 5,
            "prerequisites": ["web"],
            "published": False,
        },
        ("PATCH", "/api/v1/topics/{slug}/"): lambda: {
            "title": "Web",
            "summary": "s",
            "order": 1,
            "prerequisites": [],
        },
        ("POST", "/api/v1/exercises/"): lambda: {
            "topic": "web",
            "slug": f"fuzz-{n}",
            "title": "Double it",
            "kind": "code",
            "difficulty": "medium",
            "points": 20,
            "prompt_markdown": "Write `double(x)`.",
            "hints": ["Multiply."],
            "limits": {"time_ms": 1500},
            **copy.deepcopy(code_exercise),
        },
        ("PATCH", "/api/v1/exercises/{slug}/"): lambda: {
            "title": "Double it",
            "published": False,  # changing a published exercise's tests needs a check first
            "hints": ["Multiply."],
            "limits": {"time_ms": 1500},
            **copy.deepcopy(code_exercise),
        },
        ("POST", "/api/v1/classes/"): lambda: {
            "name": f"Fuzz {n}",
            "description": "Mondays",
            "starts_on": "2027-01-04",
            "ends_on": "2027-03-29",
        },
        ("PATCH", "/api/v1/classes/{id}/"): lambda: {"name": "Fuzz", "description": "d"},
        ("POST", "/api/v1/classes/{id}/instructors/"): lambda: {"username": "fuzz-helper"},
        ("POST", "/api/v1/classes/join/"): lambda: {"code": world["join_code"]},
        ("POST", "/api/v1/classes/{id}/assignments/"): lambda: {
            "title": f"Week {n}",
            "opens_at": "2027-01-04T08:00:00Z",
            "due_at": "2027-01-11T09:00:00+01:00",
            "late_multiplier": 0.5,
            "cutoff_at": "2027-01-13T09:00:00Z",
            "exercises": ["choice-one", "text-one"],
        },
        ("PATCH", "/api/v1/classes/{id}/assignments/{aid}/"): lambda: {
            "title": "Week 1",
            "due_at": "2027-01-12T09:00:00Z",
            "exercises": ["choice-one"],
        },
        ("POST", "/api/v1/exercises/{slug}/regrades/"): lambda: {"class": world["class_id"]},
        ("POST", "/api/v1/exercises/{slug}/copy/"): lambda: {"slug": f"fuzz-{n}", "topic": "web"},
        ("POST", "/api/v1/me/delete/"): lambda: {"password": PASSWORD},
        ("PUT", "/api/v1/classes/{id}/assignments/{aid}/extensions/{user_id}/"): lambda: {
            "due_at": "2027-01-20T09:00:00Z"
        },
        ("POST", "/api/v1/exercises/{slug}/runs/"): lambda: {
            "answer": {"kind": "code", "source": "def add(a, b):\n    return a + b\n"},
        },
        ("PUT", "/api/v1/me/drafts/{slug}/"): lambda: {
            "answer": {"kind": "code", "source": "def add(a, b):\n    return a - b\n"},
        },
        ("POST", "/api/v1/markdown/preview/"): lambda: {
            "markdown": "# Lesson\n\nSome `code` and a [link](https://example.org)."
        },
        ("POST", "/api/v1/submissions/"): lambda: {
            "exercise": "text-one",
            "answer": {"kind": "text", "text": "Location"},
        },
    }
    return bodies[(method, path)]()


def _nodes(value, prefix=()):
    """Every path into `value` below its root: objects' keys and arrays' indexes."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        yield (*prefix, key)
        if isinstance(child, dict | list) and child:
            yield from _nodes(child, (*prefix, key))


def _is_leaf(body, node) -> bool:
    for key in node:
        body = body[key]
    return not isinstance(body, dict | list)


def _replaced(body, node, value):
    body = copy.deepcopy(body)
    target = body
    for key in node[:-1]:
        target = target[key]
    target[node[-1]] = value
    return body


def _url(path: str, world, override: dict | None = None) -> str:
    def value(name):
        if override and name in override:
            return override[name]
        known = world["path"][name]
        return str(known[path.split("/")[3]]) if isinstance(known, dict) else str(known)

    for name in ("slug", "id", "user_id", "aid"):
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", quote(value(name), safe="%"))
    return path


class _ServerError(Exception):
    pass


def _send(client, method, url, body=None, raw=None):
    if body is not None:
        raw = json.dumps(body, allow_nan=True)
    # Each request in a savepoint, as each would be its own transaction on a server: a
    # database error must fail this request only, not every request after it.
    try:
        with transaction.atomic():
            if raw is None:
                response = client.generic(method, url)
            else:
                response = client.generic(method, url, raw, content_type="application/json")
            if response.status_code >= 500:
                raise _ServerError(response)
    except _ServerError as error:
        response = error.args[0]
    return response


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    OPERATIONS,
    ids=[f"{method} {path}" for method, path, _ in OPERATIONS],
)
def test_no_operation_answers_hostile_input_with_a_server_error(
    method, path, operation, world, caplog
):
    failures = []
    has_body = "requestBody" in operation
    clients = world["clients"][:1] if has_body else world["clients"]

    def check(response, where):
        is_json = response.get("Content-Type") == "application/json"
        # A streamed download (the learner's data export) is read only when it is an error.
        body = response.json() if is_json and not getattr(response, "streaming", False) else None
        if response.status_code >= 500:
            failures.append(f"{where}: {response.status_code}")
        elif response.status_code >= 400 and not (
            isinstance(body, dict) and {"code", "detail"} <= body.keys()
        ):
            failures.append(f"{where}: {response.status_code} not in the error shape")

    for client in clients:
        who = client.user.username
        base = _valid_body(method, path, world) if has_body else None
        url = _url(path, world)

        response = _send(client, method, url, base)
        check(response, f"{who} the valid request")
        if (method, path) in REFUSED_BY_STATE:
            assert response.status_code == REFUSED_BY_STATE[(method, path)], response.content
        elif has_body:  # the base body is valid, so mutations of it reach past the first check
            assert response.status_code < 300, (who, response.status_code, response.content)

        for parameter in operation.get("parameters", []):
            if parameter["in"] == "query" and who != world["instructor"].username:
                continue  # query parameters parse the same for everyone; spare the time
            for value in HOSTILE_TEXT if parameter["in"] == "query" else HOSTILE_PATH:
                if parameter["in"] == "query":
                    target = f"{url}?{urlencode({parameter['name']: value})}"
                else:
                    target = _url(path, world, {parameter["name"]: value})
                response = _send(client, method, target, base and _valid_body(method, path, world))
                check(response, f"{who} {parameter['in']} {parameter['name']}={value[:40]!r}")

        too_many = "&".join(f"p{i}=1" for i in range(1001))
        check(_send(client, method, f"{url}?{too_many}", base), f"{who} 1001 query parameters")

        if has_body:
            for raw in HOSTILE_BODIES:
                check(_send(client, method, url, raw=raw), f"{who} body {raw[:40]!r}")
            for node in list(_nodes(base)):
                # An object or array replaced by a scalar is a type error like any other;
                # the full list is spent on the leaves, where values reach the database.
                values = HOSTILE_JSON if _is_leaf(base, node) else HOSTILE_CONTAINER_JSON
                for value in values:
                    body = _replaced(_valid_body(method, path, world), node, value)
                    response = _send(client, method, url, body)
                    check(response, f"{who} body {'.'.join(map(str, node))}={value!r:.40}")

    errors = [r.getMessage()[:200] for r in caplog.records if r.levelno >= logging.ERROR]
    assert not failures and not errors, "\n".join(failures + errors[:5])
