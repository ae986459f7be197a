"""Per-kind examples of submitting an answer, and of what comes back.

Each answers the exercise the example of the same kind of `POST /api/v1/exercises/` creates
(`stepwise.curriculum.openapi_examples`); `tests/api/test_openapi_examples.py` sends them all.
"""

from drf_spectacular.utils import OpenApiExample

from grading.kinds.choice import TEST_NAME as CHOICE_TEST_NAME
from stepwise.curriculum.openapi_examples import example_slug

ANSWERS = {
    "choice": {"choices": ["b"]},
    "text": {"text": "location"},
    "code": {"source": "def total(prices):\n    return sum(prices)\n"},
    "sql": {"query": "SELECT name FROM book ORDER BY year DESC"},
    "http": {
        "source": "def app(environ, start_response):\n"
        "    start_response('200 OK', [('Content-Type', 'application/json')])\n"
        '    return [b\'{"status": "ok"}\']\n'
    },
    "pytest": {
        "source": "from money import cents\n\n\ndef test_cents():\n    assert cents('0.99') == 99\n"
    },
    "django": {
        "files": {
            "status/views.py": "from django.http import JsonResponse\n\n\n"
            "def ping(request):\n    return JsonResponse({'pong': True})\n"
        }
    },
}

_WHEN = "2026-11-30T09:12:00.123456Z"
_SUBMISSION = {
    "id": 42,
    "user": {"id": 7, "username": "ada", "display_name": "Ada"},
    "score": None,
    "created_at": _WHEN,
    "finished_at": None,
    "tests": [],
    "message": "",
    "error_line": None,
    "explanation_html": None,
    "detail": "",
    "warnings": [],
    "duration_ms": None,
    "peak_memory_kb": None,
    "started_at": None,
    "updated_at": _WHEN,
    "tests_version": None,
    "regraded_at": None,
    "history": [],
}


def submission_examples() -> list[OpenApiExample]:
    requests = [
        OpenApiExample(
            kind,
            summary=f"An answer to a {kind} exercise",
            value={"exercise": example_slug(kind), "answer": {"kind": kind, **answer}},
            request_only=True,
        )
        for kind, answer in ANSWERS.items()
    ]
    graded = {
        **_SUBMISSION,
        "exercise": example_slug("choice"),
        "exercise_title": "Example: a choice exercise",
        "kind": "choice",
        "status": "completed",
        "verdict": "accepted",
        "tests_version": 1,
        "score": 1.0,
        "finished_at": _WHEN,
        "started_at": _WHEN,
        "duration_ms": 0,
        "peak_memory_kb": 0,
        "answer": {"kind": "choice", "choices": ["b"]},
        "tests": [
            {
                "name": CHOICE_TEST_NAME,
                "status": "pass",
                "message": "correct",
                "output": "",
                "duration_ms": None,
                "hidden": False,
                "call": None,
                "real_message": None,
            }
        ],
    }
    queued = {
        **_SUBMISSION,
        "exercise": example_slug("code"),
        "exercise_title": "Example: a code exercise",
        "kind": "code",
        "status": "queued",
        "verdict": None,
        "answer": {"kind": "code", **ANSWERS["code"]},
    }
    responses = [
        OpenApiExample(
            "graded",
            summary="A choice answer, graded inside the request",
            value=graded,
            response_only=True,
            status_codes=["201"],
        ),
        OpenApiExample(
            "queued",
            summary="A code answer, queued for the grader",
            value=queued,
            response_only=True,
            status_codes=["201"],
        ),
    ]
    return requests + responses
