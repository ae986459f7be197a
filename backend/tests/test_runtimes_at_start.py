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


@pytest.mark.sandbox
def test_a_worker_process_starts_warm_sandboxes_for_the_runtimes_in_use(monkeypatch):
    import time

    from config.celery import start_warm_sandboxes
    from grading import runner, warm

    config = dataclasses.replace(grader.sandbox_config(), warm_pool=1)
    monkeypatch.setattr(grader, "sandbox_config", lambda: config)
    try:
        assert grader.warm_up_sandboxes() == ["stdlib"]  # no exercise needs Django yet
        _pytest_exercise()
        start_warm_sandboxes()
        deadline = time.monotonic() + 20
        while warm.starting() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert warm.ready(runner.pool_key("django", config)) == 1
        assert warm.ready(runner.pool_key("stdlib", config)) == 1
    finally:
        warm.drain()


def test_without_a_pool_configured_nothing_is_started(monkeypatch):
    config = dataclasses.replace(grader.sandbox_config(), warm_pool=0)
    monkeypatch.setattr(grader, "sandbox_config", lambda: config)
    _pytest_exercise()
    assert grader.warm_up_sandboxes() == []
