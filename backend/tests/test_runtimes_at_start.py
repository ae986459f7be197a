"""A worker refuses to start when a runtime that published exercises need is missing, and
`grading_status` names each runtime and whether it is ready."""

import dataclasses
from io import StringIO

import pytest
from django.core.management import call_command

from config.celery import refuse_to_start_without_a_sandbox
from stepwise.submissions import grader
from tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_runtimes_built(monkeypatch, tmp_path):
    config = dataclasses.replace(grader.sandbox_config(), runtimes_dir=str(tmp_path))
    monkeypatch.setattr(grader, "sandbox_config", lambda: config)


def _pytest_exercise(published=True):
    return ExerciseFactory(kind="pytest", published=published)


def test_only_published_exercises_make_a_runtime_needed(no_runtimes_built):
    _pytest_exercise(published=False)
    assert grader.runtimes_needed() == {"stdlib"}
    assert grader.missing_runtimes() == {}
    _pytest_exercise()
    assert grader.runtimes_needed() == {"stdlib", "django"}
    assert "make runtimes" in grader.missing_runtimes()["django"]


def test_a_worker_refuses_to_start_without_a_needed_runtime(no_runtimes_built):
    _pytest_exercise()
    with pytest.raises(SystemExit, match="published exercises need a missing runtime"):
        refuse_to_start_without_a_sandbox()


def test_grading_status_names_each_runtime(no_runtimes_built):
    _pytest_exercise()
    out, err = StringIO(), StringIO()
    call_command("grading_status", stdout=out, stderr=err)
    assert "Runtime stdlib: ready" in out.getvalue()
    assert "Runtime django: the django runtime is not built" in err.getvalue()
    assert "(needed by published exercises)" in err.getvalue()


def test_the_runtime_built_here_is_ready():
    _pytest_exercise()
    assert grader.missing_runtimes() == {}
