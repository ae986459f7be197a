"""`manage.py content_sync`: files in, rows out, idempotently and without touching API rows."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from stepwise.curriculum.models import Exercise, Origin, Topic
from tests.content.conftest import ADD, BASICS, HEADER, STATUS, WEB
from tests.factories import ExerciseFactory, SubmissionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def sync(tree, *flags) -> list[str]:
    out = StringIO()
    call_command("content_sync", "--path", str(tree.root), *flags, stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


def test_the_first_sync_creates_every_topic_and_exercise_from_the_files(tree):
    lines = sync(tree)

    assert lines[-1] == (
        "sync: 2 topics (2 created, 0 updated, 0 unchanged), "
        "4 exercises (4 created, 0 updated, 0 unchanged)"
    )
    assert "topic basics: created" in lines
    assert "exercise add-numbers: created" in lines
    web = Topic.objects.get(slug="web")
    assert web.origin == Origin.FILES
    assert list(web.prerequisites.values_list("slug", flat=True)) == ["basics"]
    assert web.lesson_html == '<h1 id="section-the-web">The web</h1>\n<p>A server answers requests.</p>'
    add = Exercise.objects.get(slug="add-numbers")
    assert (add.topic.slug, add.kind, add.origin, add.limits) == ("basics", "code", "files",
                                                                  {"time_ms": 3000})  # fmt: skip
    assert add.private_spec["solution"] == "def add(a, b):\n    return a + b\n"
    assert len(add.private_spec["tests"]) == 6
    assert add.prompt_html == "<p>Write <code>add(a, b)</code>.</p>"
    status = Exercise.objects.get(slug="created-status").private_spec
    assert (status["correct"], status["explanation"]) == (
        ["b"], "**201 Created** says that the request made a new resource; 200 says only that it "
        "worked.",
    )  # fmt: skip


def test_a_second_sync_reports_everything_unchanged(tree):
    sync(tree)

    lines = sync(tree)

    assert lines[-1] == (
        "sync: 2 topics (0 created, 0 updated, 2 unchanged), "
        "4 exercises (0 created, 0 updated, 4 unchanged)"
    )
    assert "exercise names-in-order: unchanged" in lines


def test_sample_answers_are_neither_stored_nor_a_change(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", match="regex", accepted=["(?i)location"],
                     sample_answers=["the-sample-answer"])  # fmt: skip
    sync(tree)
    tree.update_yaml(f"{HEADER}/exercise.yaml", sample_answers=["another-sample-answer"])

    assert "exercise location-header: unchanged" in sync(tree)
    row = Exercise.objects.get(slug="location-header")
    assert row.private_spec == {
        "kind": "text", "match": "regex", "accepted": ["(?i)location"], "tolerance": 0,
        "explanation": "The `Location` header gives the URL of what was created.",
    }  # fmt: skip
    assert "sample" not in json.dumps([row.spec, row.private_spec, row.hints, row.limits])


def test_a_changed_lesson_updates_the_topic_and_its_html(tree):
    sync(tree)
    tree.write(f"{BASICS}/lesson.md", "# The basics\n\nNow with **more**.\n")

    lines = sync(tree)

    assert "topic basics: updated (lesson_markdown)" in lines
    assert "<strong>more</strong>" in Topic.objects.get(slug="basics").lesson_html
    assert lines[-1].startswith("sync: 2 topics (0 created, 1 updated, 1 unchanged)")


def test_changed_tests_and_prerequisites_are_written(tree):
    sync(tree)
    tests = tree.read_yaml(f"{ADD}/tests.yaml")
    tests["tests"][0]["name"] = "adds one and two"
    tree.update_yaml(f"{ADD}/tests.yaml", tests=tests["tests"])
    tree.update_yaml(f"{WEB}/topic.yaml", prerequisites=[])

    lines = sync(tree)

    assert "exercise add-numbers: updated (private_spec, spec)" in lines
    assert "topic web: updated (prerequisites)" in lines
    add = Exercise.objects.get(slug="add-numbers")
    assert add.private_spec["tests"][0]["name"] == "adds one and two"
    assert not Topic.objects.get(slug="web").prerequisites.exists()


def test_a_html_rendering_that_drifted_is_rendered_again(tree):
    sync(tree)
    Exercise.objects.filter(slug="location-header").update(prompt_html="<p>stale</p>")

    assert "exercise location-header: updated (prompt_markdown)" in sync(tree)
    assert "Which header" in Exercise.objects.get(slug="location-header").prompt_html


def test_invalid_files_are_all_reported_and_nothing_is_written(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", kind="quiz")
    tree.update_yaml(f"{WEB}/topic.yaml", prerequisites=["nowhere"])
    err = StringIO()

    with pytest.raises(CommandError, match=r"problem\(s\) in .*nothing was written"):
        call_command("content_sync", "--path", str(tree.root), stdout=StringIO(), stderr=err)

    assert f"{STATUS}/exercise.yaml: kind" in err.getvalue()
    assert f"{WEB}/topic.yaml: prerequisite 'nowhere' is not a topic" in err.getvalue()
    assert not Topic.objects.exists()


def test_a_dry_run_reports_but_writes_nothing(tree):
    lines = sync(tree, "--dry-run")

    assert lines[-1].endswith("4 exercises (4 created, 0 updated, 0 unchanged); "
                              "dry run: nothing was written")  # fmt: skip
    assert not Topic.objects.exists()
    assert not Exercise.objects.exists()


def test_prune_deletes_an_exercise_removed_from_the_files(tree):
    sync(tree)
    tree.remove(HEADER)

    lines = sync(tree, "--prune")

    assert "exercise location-header: deleted" in lines
    assert not Exercise.objects.filter(slug="location-header").exists()
    assert lines[-1].endswith(
        "pruned topics (0 deleted, 0 unpublished), exercises (1 deleted, 0 unpublished)"
    )


def test_prune_unpublishes_a_removed_exercise_that_has_submissions(tree):
    sync(tree)
    SubmissionFactory(exercise=Exercise.objects.get(slug="created-status"))
    tree.remove(STATUS)

    lines = sync(tree, "--prune")

    assert "exercise created-status: unpublished, not deleted: 1 submission(s) refer to it" in lines
    status = Exercise.objects.get(slug="created-status")
    assert status.published is False
    assert status.submissions.count() == 1
    assert sync(tree, "--prune")[-1].endswith("exercises (0 deleted, 0 unpublished)")


def test_prune_deletes_a_topic_removed_from_the_files_with_its_exercises(tree):
    sync(tree)
    tree.remove(WEB)

    lines = sync(tree, "--prune")

    assert "topic web: deleted" in lines
    assert not Topic.objects.filter(slug="web").exists()
    assert not Exercise.objects.filter(slug__in=["created-status", "location-header"]).exists()


def test_without_prune_rows_removed_from_the_files_stay(tree):
    sync(tree)
    tree.remove(HEADER)

    sync(tree)

    assert Exercise.objects.get(slug="location-header").published is True


def test_rows_created_through_the_api_are_never_touched(tree):
    api_topic = TopicFactory(slug="basics", title="Made in the admin", origin=Origin.API)
    api_exercise = ExerciseFactory(slug="location-header", title="Admin's", topic=api_topic)
    other = ExerciseFactory(slug="made-by-hand", topic=api_topic)

    lines = sync(tree, "--prune")

    assert any(line.startswith("topic basics: skipped: a row with this slug was created "
                               "through the API") for line in lines)  # fmt: skip
    assert "exercise add-numbers: skipped: its topic 'basics' was skipped" in lines
    assert any(line.startswith("exercise location-header: skipped") for line in lines)
    assert lines[-1].startswith(
        "sync: 2 topics (1 created, 0 updated, 0 unchanged, 1 skipped), "
        "4 exercises (1 created, 0 updated, 0 unchanged, 3 skipped)"
    )
    api_topic.refresh_from_db()
    api_exercise.refresh_from_db()
    assert (api_topic.title, api_topic.origin) == ("Made in the admin", "api")
    assert (api_exercise.title, api_exercise.kind) == ("Admin's", "choice")
    assert Exercise.objects.filter(pk=other.pk).exists()
    # Web's prerequisite is the existing row with that slug.
    assert list(Topic.objects.get(slug="web").prerequisites.all()) == [api_topic]


def test_adopt_hands_an_api_row_over_to_the_files(tree):
    TopicFactory(slug="basics", title="Made in the admin", order=9, origin=Origin.API)

    lines = sync(tree, "--adopt")

    assert "topic basics: updated (lesson_markdown, order, origin, summary, title)" in lines
    basics = Topic.objects.get(slug="basics")
    assert (basics.title, basics.origin) == ("The basics", "files")
    assert sync(tree)[-1].startswith("sync: 2 topics (0 created, 0 updated, 2 unchanged)")


def test_cleaning_a_stored_exercise_again_changes_nothing_for_any_kind():
    """The services clean every exercise on every save (the admin saves whole rows), so
    cleaning must be idempotent: storing an exercise of the real curriculum again, unchanged,
    keeps its specs and its tests version, or an unrelated edit would mark every learner's
    result as graded against old tests."""
    from stepwise.curriculum import services

    call_command("content_sync", stdout=StringIO(), verbosity=0)
    exercises = list(Exercise.objects.all())
    assert {e.kind for e in exercises} >= {"choice", "text", "code", "sql", "http", "pytest",
                                           "django"}  # fmt: skip
    for exercise in exercises:
        before = (exercise.spec, exercise.private_spec, exercise.tests_version)
        services.exercise_update(exercise=exercise, published=exercise.published, by_files=True)
        exercise.refresh_from_db()
        assert (exercise.spec, exercise.private_spec, exercise.tests_version) == before, (
            exercise.slug
        )
