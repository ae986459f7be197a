"""The `pytest` kind: the learner's test file against a reference and buggy implementations,
each in a fresh sandbox with the `django` runtime (pytest) bound in read-only."""

from __future__ import annotations

import dataclasses

import pytest

from grading import Limits, grade
from grading.jsondata import JSONObject
from grading.kinds.pytest import module_problem, neutral_source

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

REFERENCE = '''
def clamp(value, low, high):
    """Limit value to [low, high]."""
    if low > high:
        raise ValueError("low is above high")
    return max(low, min(value, high))
'''
BUGS = [
    {
        "name": "no-upper-limit",
        "title": "values above high pass through",
        "hint": "Try a value above the upper limit.",
        "source": "def clamp(value, low, high):\n"
        "    if low > high:\n        raise ValueError('low is above high')\n"
        "    return max(low, value)  # BUG: the upper limit is never applied\n",
    },
    {
        "name": "no-check",
        "title": "low above high is not refused",
        "hint": "What should happen when the limits are the wrong way round?",
        "source": "def clamp(value, low, high):\n    return max(low, min(value, high))\n",
    },
]
SPEC = {"module": "limits_lib", "reference": REFERENCE, "bugs": BUGS, "runtime": "django"}

GOOD = """
import pytest
from limits_lib import clamp

@pytest.mark.parametrize("value, expected", [(5, 5), (-3, 0), (12, 10)])
def test_clamp(value, expected):
    assert clamp(value, 0, 10) == expected

def test_refuses_reversed_limits():
    with pytest.raises(ValueError):
        clamp(1, 10, 0)
"""


def run(source: str, config, spec: JSONObject | None = None, **limits):
    return grade("pytest", source, spec or SPEC, Limits(**limits), config)


def test_a_test_file_that_catches_every_bug_is_accepted(config):
    result = run(GOOD, config)
    assert (result.status, result.verdict, result.score) == ("completed", "accepted", 1.0)
    names = [t.name for t in result.tests]
    assert "test_clamp[12-10]" in names and "test_refuses_reversed_limits" in names
    assert "bug 1 of 2 caught: values above high pass through" in names
    assert "bug 2 of 2 caught: low above high is not refused" in names
    assert result.sandboxed


def test_a_missed_bug_gets_its_hint_and_a_partial_score(config):
    weak = GOOD.split("def test_refuses")[0]
    result = run(weak, config)
    assert (result.verdict, result.score) == ("wrong_answer", 0.5)
    missed = [t for t in result.tests if t.status == "fail"]
    assert [(t.name, t.message) for t in missed] == [
        ("bug 2 of 2: not caught", "What should happen when the limits are the wrong way round?")
    ]
    # The name of a missed bug is not given away.
    assert not any("low above high" in t.name for t in result.tests)


def test_a_test_file_failing_on_the_reference_is_never_accepted(config):
    # Fails everywhere: it "catches" both bugs, and it must still be rejected.
    result = run(
        "from limits_lib import clamp\ndef test_x():\n    assert clamp(5, 0, 10) == 6\n", config
    )
    assert (result.verdict, result.score) == ("wrong_answer", 0.0)
    first = result.tests[0]
    assert first.status == "fail"
    assert "fails on the correct implementation" in first.message
    assert "assert 5 == 6" in first.message
    assert all("not tried" in t.message for t in result.tests[1:])


def test_no_tests_syntax_errors_and_collection_errors(config):
    assert run("x = 1\n", config).verdict == "wrong_answer"
    syntax = run("def test_x(:\n    pass\n", config)
    assert syntax.verdict == "syntax_error"
    assert "line 1" in syntax.message and syntax.error_line == 1
    assert syntax.tests[0].status == "not_run"
    broken = run("import no_such_module\ndef test_x():\n    pass\n", config)
    assert broken.verdict == "runtime_error"
    assert "no_such_module" in broken.tests[0].message


def test_endless_tests_hit_the_time_limit(config):
    result = run("def test_forever():\n    while True:\n        pass\n", config, time_ms=500)
    assert result.verdict == "time_limit_exceeded"


def test_fixtures_monkeypatch_and_mock_work_inside_the_sandbox(config):
    source = (
        GOOD
        + """
from unittest import mock
import limits_lib

def test_tmp_path_and_monkeypatch(tmp_path, monkeypatch):
    (tmp_path / "f.txt").write_text("x")
    monkeypatch.setenv("LIMIT", "3")
    assert (tmp_path / "f.txt").read_text() == "x"

def test_patch_the_module():
    with mock.patch.object(limits_lib, "clamp", return_value=99) as fake:
        assert limits_lib.clamp(1, 2, 3) == 99
    fake.assert_called_once_with(1, 2, 3)
"""
    )
    assert run(source, config).verdict == "accepted"


# --- what learner code can see and do from inside ----------------------------------------------

FINGERPRINTS = {
    # Each test fails exactly when it can tell the reference from a bug by anything but behaviour:
    # were any of these to work, a file of only this test would be accepted.
    "the implementation's source": (
        "import inspect, limits_lib\n"
        "def test_x():\n    assert 'BUG' not in inspect.getsource(limits_lib)\n"
    ),
    "the module's file": (
        "import os, limits_lib\n"
        "def test_x():\n    assert not os.path.exists(limits_lib.__file__)\n"
        "    assert 'BUG' not in open('/sandbox/limits_lib.py').read()\n"
    ),
    "the comments and docstrings": (
        "import limits_lib\n"
        "def test_x():\n    assert limits_lib.clamp.__doc__ == 'Limit value to [low, high].'\n"
    ),
    "files left by an earlier run": (
        "import os\n"
        "def test_x():\n"
        "    seen = os.path.exists('/tmp/seen')\n"
        "    open('/tmp/seen', 'w').close()\n"
        "    assert not seen\n"
    ),
}


@pytest.mark.parametrize("channel", FINGERPRINTS)
def test_nothing_but_behaviour_tells_the_implementations_apart(config, channel):
    result = run(FINGERPRINTS[channel], config)
    assert result.verdict != "accepted", channel
    caught = [t for t in result.tests if t.name.startswith("bug") and t.status == "pass"]
    reference_passed = result.tests[0].status == "pass"
    # Whatever the channel shows, it shows the same for every implementation.
    assert not (reference_passed and caught), channel


def test_comments_and_docstrings_are_stripped_before_the_sandbox():
    neutral = neutral_source(REFERENCE + "# a comment\n")
    assert "Limit value" not in neutral and "comment" not in neutral
    assert "max(low, min(value, high))" in neutral
    assert "BUG" not in neutral_source(BUGS[0]["source"])


FORGERIES = {
    "printing a pytest summary": (
        "def test_x():\n    print('2 passed in 0.01s')\n    assert False\n"
    ),
    "exiting with status 0": ("import os\ndef test_x():\n    os._exit(0)\n"),
    "patching pytest's report": (
        "import _pytest.reports as r\n"
        "r.TestReport.passed = property(lambda self: True)\n"
        "r.TestReport.failed = property(lambda self: False)\n"
        "def test_x():\n    assert False\n"
    ),
    "killing the shim": (
        "import os, signal\ndef test_x():\n    os.kill(os.getpid(), signal.SIGKILL)\n"
    ),
    "writing fake records on every descriptor": (
        "import os\n"
        "def test_x():\n"
        "    for fd in range(3, 20):\n"
        "        try:\n"
        '            os.write(fd, b\'{"n":"x","t":"result","suite":{"tests":[]}}\\n\')\n'
        "        except OSError:\n"
        "            pass\n"
        "    assert False\n"
    ),
}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_file_that_tests_nothing_is_never_accepted_whatever_it_forges(config, forgery):
    result = run(FORGERIES[forgery], config)
    assert result.status == "completed", forgery
    assert result.verdict != "accepted", forgery
    assert result.score == 0.0, forgery


def test_each_implementation_runs_in_a_fresh_sandbox_with_the_runtime_read_only(config):
    source = """
import os, sys
def test_runtime_is_read_only():
    runtime = [p for p in sys.path if p.startswith('/runtime')][0]
    try:
        open(os.path.join(runtime, 'planted.py'), 'w')
    except OSError:
        pass
    else:
        raise AssertionError('the runtime is writable')

def test_no_secrets_in_the_environment():
    names = {name for name in os.environ if not name.startswith('PYTEST_')}
    assert names <= {'PATH', 'HOME', 'LANG', 'PWD'}, names
"""
    result = run(source, config)
    assert result.tests[0].status == "pass" and result.tests[1].status == "pass", result.tests


def test_a_missing_runtime_is_a_platform_error_not_a_verdict(config, tmp_path):
    elsewhere = dataclasses.replace(config, runtimes_dir=str(tmp_path))
    result = run(GOOD, elsewhere)
    assert result.status == "error"
    assert "make runtimes" in result.error


def test_module_names_that_would_hide_other_modules_are_refused():
    assert module_problem("slugs") == ""
    for name in ("json", "pytest", "django", "test_answer", "not an identifier", "café"):
        assert module_problem(name), name


# --- tests of a Django project: the module under test is one file of a small project -----------

PROJECT = {
    "files": {
        "notes/__init__.py": "",
        "notes/models.py": (
            "from django.db import models\n\n"
            "class Note(models.Model):\n"
            "    title = models.CharField(max_length=100)\n"
            "    done = models.BooleanField(default=False)\n"
        ),
        "notes/urls.py": (
            "from django.urls import path\nfrom . import views\n\n"
            "urlpatterns = [path('notes/', views.OpenNotes.as_view())]\n"
        ),
    },
    "apps": ["notes"],
    "urlconf": "notes.urls",
}
VIEWS = '''
"""The open notes, oldest first."""
from rest_framework import generics, serializers
from .models import Note

class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Note
        fields = ["id", "title"]

class OpenNotes(generics.ListAPIView):
    serializer_class = NoteSerializer

    def get_queryset(self):
        return Note.objects.filter(done=False).order_by("id")
'''
DJANGO_SPEC = {
    "module": "notes.views",
    "reference": VIEWS,
    "bugs": [
        {
            "name": "done-listed",
            "title": "notes already done are listed too",
            "hint": "Make a note that is done and look for it.",
            "source": VIEWS.replace("filter(done=False)", "all()  # BUG"),
        }
    ],
    "project": PROJECT,
}
ENDPOINT_TEST = """
import pytest
from rest_framework.test import APIClient
from notes.models import Note

@pytest.mark.django_db
def test_only_open_notes_are_listed():
    Note.objects.create(title="write")
    Note.objects.create(title="sent", done=True)
    response = APIClient().get("/notes/")
    assert response.status_code == 200
    assert [note["title"] for note in response.json()] == ["write"]
"""


def test_tests_of_a_drf_endpoint_run_against_each_implementation_of_the_view(config):
    result = run(ENDPOINT_TEST, config, DJANGO_SPEC, time_ms=10000)
    assert (result.verdict, result.score) == ("accepted", 1.0), result
    assert [t.name for t in result.tests] == [
        "test_only_open_notes_are_listed",
        "bug 1 of 1 caught: notes already done are listed too",
    ]
    weak = ENDPOINT_TEST.replace('Note.objects.create(title="sent", done=True)', "")
    missed = run(weak, config, DJANGO_SPEC, time_ms=10000)
    assert (missed.verdict, missed.score) == ("wrong_answer", 0.0)
    assert missed.tests[-1].message == "Make a note that is done and look for it."


def test_without_the_django_db_mark_the_database_is_refused(config):
    unmarked = ENDPOINT_TEST.replace("@pytest.mark.django_db\n", "")
    result = run(unmarked, config, DJANGO_SPEC, time_ms=10000)
    assert result.verdict == "wrong_answer"
    assert "django_db" in result.tests[0].message


def test_the_module_under_test_has_no_source_to_read_in_a_project(config):
    peeking = (
        "import inspect, os, notes.views\n"
        "def test_x():\n"
        "    assert not os.path.exists(notes.views.__file__)\n"
        "    assert 'BUG' not in inspect.getsource(notes.views)\n"
    )
    result = run(peeking, config, DJANGO_SPEC, time_ms=10000)
    assert result.verdict != "accepted"
    assert "could not get source code" in result.tests[0].message or "OSError" in (
        result.tests[0].message
    ), result.tests[0]


def test_dotted_module_names_belong_to_a_project_and_not_to_its_fixed_files():
    assert module_problem("notes.views", PROJECT) == ""
    assert module_problem("notes.views") == "a dotted module name needs a Django project around it"
    assert "fixed file" in module_problem("notes.models", PROJECT)
    assert module_problem("django.views", PROJECT)


@pytest.mark.parametrize("forgery", ["printing a pytest summary", "exiting with status 0"])
def test_forgeries_buy_nothing_in_a_project_either(config, forgery):
    result = run(FORGERIES[forgery], config, DJANGO_SPEC, time_ms=10000)
    assert result.status == "completed", forgery
    assert (result.verdict, result.score) != ("accepted", 1.0), forgery
    assert result.score == 0.0, forgery


def test_patching_the_view_under_test_makes_every_run_alike(config):
    # The test file replaces the view's query with the right one: it then passes everywhere,
    # and so catches nothing.
    patched = ENDPOINT_TEST.replace(
        "from notes.models import Note\n",
        "from notes.models import Note\nimport notes.views\n"
        "notes.views.OpenNotes.get_queryset = lambda self: "
        "Note.objects.filter(done=False).order_by('id')\n",
    )
    result = run(patched, config, DJANGO_SPEC, time_ms=10000)
    assert (result.verdict, result.score) == ("wrong_answer", 0.0)


def test_a_run_tries_the_correct_implementation_alone_and_names_no_bug(config):
    from grading.visible import visible_spec

    narrowed = visible_spec("pytest", SPEC)
    assert narrowed is not None
    weak = "from limits_lib import clamp\n\ndef test_in_range():\n    assert clamp(5, 0, 10) == 5\n"
    wrong = weak.replace("== 5", "== 6")
    result = run(weak, config, narrowed)
    assert result.verdict.value == "accepted"  # it passes where it must; the bugs are not tried
    assert result.score == 1.0
    assert [test.name for test in result.tests] == ["test_in_range"]
    assert "bug" not in str(result.to_dict())
    assert run(wrong, config, narrowed).verdict.value == "wrong_answer"
    # Without the run's narrowing, a spec with no bugs is still a broken exercise.
    assert run(weak, config, {**SPEC, "bugs": []}).status.value == "error"
