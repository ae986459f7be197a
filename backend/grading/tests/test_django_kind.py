"""The `django` kind: a small Django project completed by the learner, graded step by step in
the sandbox with the `django` runtime; what comes back and how many SQL statements each step
made are compared outside."""

from __future__ import annotations

import pytest

from grading import Limits, grade
from grading.jsondata import JSONObject

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

PROJECT = {
    "shelf/__init__.py": "",
    "shelf/apps.py": (
        "from django.apps import AppConfig\n\nclass ShelfConfig(AppConfig):\n    name = 'shelf'\n"
    ),
    "shelf/urls.py": (
        "from django.urls import path\nfrom shelf import views\n\n"
        "urlpatterns = [path('books/', views.books), path('books/<int:pk>/', views.book)]\n"
    ),
}
MODELS = """from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    title = models.CharField(max_length=80)
"""
VIEWS = """from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from shelf.models import Book


def books(request):
    rows = Book.objects.select_related("author").order_by("id")
    return JsonResponse([{"title": b.title, "author": b.author.name} for b in rows], safe=False)


def book(request, pk):
    found = get_object_or_404(Book, pk=pk)
    return JsonResponse({"title": found.title})


def count_books(author_name):
    return Book.objects.filter(author__name=author_name).count()
"""
FIXTURES: JSONObject = {
    "objects": [
        {"model": "shelf.Author", "fields": {"name": "Le Guin"}},
        {"model": "shelf.Author", "fields": {"name": "Pratchett"}},
        {"model": "shelf.Book", "fields": {"author": 1, "title": "The Dispossessed"}},
        {"model": "shelf.Book", "fields": {"author": 2, "title": "Mort"}},
        {"model": "shelf.Book", "fields": {"author": 2, "title": "Guards! Guards!"}},
    ]
}
LIST = [
    {"title": "The Dispossessed", "author": "Le Guin"},
    {"title": "Mort", "author": "Pratchett"},
    {"title": "Guards! Guards!", "author": "Pratchett"},
]
SPEC: JSONObject = {
    "files": PROJECT,
    "editable": ["shelf/models.py", "shelf/views.py"],
    "starter": {"shelf/models.py": "", "shelf/views.py": ""},
    "apps": ["shelf"],
    "urlconf": "shelf.urls",
    "tests": [
        {
            "name": "the list in one query",
            "fixtures": FIXTURES,
            "steps": [
                {
                    "request": {"method": "GET", "path": "/books/"},
                    "expect": {"status": 200, "json": LIST},
                    "max_queries": 1,
                }
            ],
        },
        {
            "name": "a missing book is a 404",
            "steps": [{"request": {"path": "/books/9/"}, "expect": {"status": 404}}],
        },
        {
            "name": "a helper called directly",
            "fixtures": FIXTURES,
            "steps": [
                {"call": "shelf.views.count_books", "args": ["Pratchett"], "expect": 2},
                {
                    "query": {
                        "model": "shelf.Book",
                        "filter": {"author__name": "Le Guin"},
                        "values": ["title"],
                    },
                    "expect": [{"title": "The Dispossessed"}],
                },
            ],
        },
        {
            "name": "a hidden check",
            "hidden": True,
            "fixtures": FIXTURES,
            "steps": [{"request": {"path": "/books/2/"}, "expect": {"json": {"title": "Mort"}}}],
        },
    ],
}


def run(views: str, config, models: str = MODELS, spec: JSONObject | None = None, **limits):
    answer = {"shelf/models.py": models, "shelf/views.py": views}
    return grade("django", answer, spec or SPEC, Limits(**{"time_ms": 8000, **limits}), config)


def test_a_correct_project_is_accepted(config):
    result = run(VIEWS, config)
    assert (result.status, result.verdict) == ("completed", "accepted"), result.tests
    assert result.sandboxed


def test_an_n_plus_one_is_named_with_its_query_count(config):
    result = run(VIEWS.replace('.select_related("author")', ""), config)
    assert result.verdict == "wrong_answer"
    first = result.tests[0]
    assert first.status == "fail"
    assert first.message == "step 1 (GET /books/): made 4 SQL queries, at most 1 allowed"


def test_what_came_back_is_described_per_step(config):
    result = run(VIEWS.replace("get_object_or_404(Book, pk=pk)", "Book.objects.first()"), config)
    missing = result.tests[1]
    assert missing.message.startswith("step 1 (GET /books/9/): ")
    assert "status: expected 404, got 500 Internal Server Error" in missing.message
    # A visible test shows the server error's traceback, as the development server would.
    assert "AttributeError: 'NoneType' object has no attribute 'title'" in missing.output
    assert result.tests[3].message == "wrong result (hidden test)"


def test_a_broken_file_names_the_file_and_line(config):
    result = run(VIEWS + "\ndef oops(:\n", config)
    assert result.verdict == "syntax_error"
    assert "(shelf/views.py, line 20)" in result.message
    assert result.error_line is None  # a line of which file: the message says


def test_a_failing_helper_is_reported_as_an_error(config):
    result = run(
        VIEWS.replace("return Book.objects.filter", "raise KeyError('x')\n    return Book"), config
    )
    helper = result.tests[2]
    assert helper.status == "error"
    assert "KeyError" in helper.message and "shelf.views.count_books" in helper.message


def test_each_test_starts_from_its_own_fixtures(config):
    # The POST of one test must not be seen by the next: each runs in a rolled-back transaction.
    spec = dict(SPEC)
    spec["tests"] = [
        {
            "name": "one",
            "fixtures": FIXTURES,
            "steps": [{"call": "shelf.views.add_book", "args": ["New"], "expect": 4}],
        },
        {
            "name": "two",
            "fixtures": FIXTURES,
            "steps": [{"call": "shelf.views.add_book", "args": ["New"], "expect": 4}],
        },
    ]
    views = VIEWS + (
        "\ndef add_book(title):\n"
        "    from shelf.models import Author\n"
        "    Book.objects.create(author=Author.objects.first(), title=title)\n"
        "    return Book.objects.count()\n"
    )
    result = run(views, config, spec=spec)
    assert result.verdict == "accepted", result.tests


# --- hostile projects ----------------------------------------------------------------------------


HOSTILE = {
    "switches the query counter off": VIEWS.replace(
        "def books(request):\n",
        "def books(request):\n"
        "    from django.db import connection\n"
        "    connection.ensure_connection()\n"
        "    connection.connection.set_trace_callback(None)\n",
    ).replace('.select_related("author")', ""),
    "patches the test handler to answer itself": VIEWS.replace(
        "    rows = Book.objects",
        "    return JsonResponse([], safe=False)\n    rows = Book.objects",
    )
    + (
        "\nimport json\nfrom django.test import client\nfrom django.http import HttpResponse\n"
        "client.ClientHandler.__call__ = lambda self, environ: HttpResponse(json.dumps("
        + repr(LIST)
        + "), content_type='application/json')\n"
    ),
    "prints fake results": VIEWS.replace(
        "def books(request):\n",
        "def books(request):\n"
        '    print(\'{"n": "0", "t": "result", "steps": []}\')\n'
        "    raise RuntimeError('no list')\n",
    ),
    "kills the shim": VIEWS.replace(
        "def books(request):\n", "def books(request):\n    import os\n    os._exit(0)\n"
    ),
    "reads the files of the project and its own process": VIEWS.replace(
        "def books(request):\n",
        "def books(request):\n"
        "    import glob\n"
        "    if glob.glob('/tmp/project-*/**', recursive=True) or True:\n"
        "        raise RuntimeError(open('/proc/1/environ').read() or 'empty')\n",
    ),
}


@pytest.mark.parametrize("attempt", HOSTILE)
def test_hostile_projects_never_pass_the_test_they_break(config, attempt):
    result = run(HOSTILE[attempt], config)
    assert result.status == "completed", attempt
    first = result.tests[0]
    assert first.status != "pass", (attempt, first)


def test_the_counter_switched_off_is_named(config):
    result = run(HOSTILE["switches the query counter off"], config)
    assert "the SQL statements could not be counted" in result.tests[0].message


def test_the_sandbox_holds_no_secret_and_no_other_run(config):
    probe = VIEWS.replace(
        "def books(request):\n",
        "def books(request):\n"
        "    import os\n"
        "    from django.conf import settings\n"
        "    seen = sorted(os.environ) + [settings.DATABASES['default']['NAME']]\n"
        "    seen += sorted(p for p in os.listdir('/tmp') if p.startswith('project-'))\n"
        "    return JsonResponse(seen, safe=False)\n",
    )
    spec = dict(SPEC)
    spec["tests"] = [
        {"name": "look", "steps": [{"request": {"path": "/books/"}, "expect": {"json": []}}]}
    ]
    message = run(probe, config, spec=spec).tests[0].message
    # Only the sandbox's own few variables, the in-memory database, and one project: this one.
    assert "'HOME', 'LANG', 'PATH'" in message and "':memory:'" in message
    assert message.count("project-") == 1
    assert "DJANGO_SECRET_KEY" not in message and "DATABASE_URL" not in message


def test_a_file_outside_the_editable_ones_is_refused_before_the_sandbox(config):
    answer = {"shelf/models.py": MODELS, "shelf/views.py": VIEWS, "shelf/urls.py": "x = 1\n"}
    result = grade("django", answer, SPEC, Limits(), config)
    assert result.status == "error"
    assert "shelf/urls.py" in result.error


def test_an_expected_error_leaves_the_data_as_it_was_and_the_test_goes_on(config):
    spec = dict(SPEC)
    spec["tests"] = [
        {
            "name": "a duplicate is refused by the database, nothing is half-written",
            "fixtures": FIXTURES,
            "steps": [
                {"call": "shelf.models.Book.objects.create", "kwargs": {"title": "Orphan"},
                 "raises": "IntegrityError"},
                {"query": {"model": "shelf.Book", "values": ["title"], "order_by": ["id"]},
                 "expect": [{"title": "The Dispossessed"}, {"title": "Mort"},
                            {"title": "Guards! Guards!"}]},
                {"call": "shelf.views.count_books", "args": ["Pratchett"], "expect": 2},
            ],
        }
    ]  # fmt: skip
    result = run(VIEWS, config, spec=spec)
    assert result.verdict == "accepted", result.tests


def test_a_test_whose_fixtures_fail_leaves_nothing_for_the_next(config):
    spec = dict(SPEC)
    broken = {"objects": [*FIXTURES["objects"], {"model": "shelf.Book", "fields": {"nope": 1}}]}
    spec["tests"] = [
        {"name": "broken data", "fixtures": broken, "steps": SPEC["tests"][2]["steps"]},
        {"name": "clean data", "fixtures": FIXTURES, "steps": SPEC["tests"][2]["steps"]},
    ]
    result = run(VIEWS, config, spec=spec)
    assert result.tests[0].status == "error"
    assert "loading the test's data failed" in result.tests[0].message
    assert result.tests[1].status == "pass", result.tests[1]
