"""Learners' curriculum reads come from the shared cache until the curriculum changes, and
authors never get a learner's cached page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stepwise.curriculum import services
from tests.factories import ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _read(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"  # the same from the cache
    return response.json(), len(captured)


def test_a_second_learner_read_of_the_same_page_needs_no_query(learner_api, other_learner_api):
    ExerciseFactory(slug="one", topic=TopicFactory(slug="web"))
    for url in ("/api/v1/exercises/?page_size=5", "/api/v1/topics/", "/api/v1/topics/web/",
                "/api/v1/exercises/one/"):  # fmt: skip
        first, _ = _read(learner_api, url)
        again, queries = _read(other_learner_api, url)
        assert again == first
        assert queries == 0, url


def test_any_change_to_the_curriculum_is_seen_at_once(learner_api, instructor):
    topic = TopicFactory(slug="web")
    exercise = ExerciseFactory(slug="one", topic=topic, title="Before")
    before, _ = _read(learner_api, "/api/v1/exercises/")
    assert [e["title"] for e in before["results"]] == ["Before"]

    services.exercise_update(exercise=exercise, title="After")  # a service
    assert _read(learner_api, "/api/v1/exercises/")[0]["results"][0]["title"] == "After"

    ExerciseFactory(slug="two", topic=topic)  # a plain save, as the admin or a shell does
    assert _read(learner_api, "/api/v1/exercises/")[0]["count"] == 2

    exercise.delete()
    assert _read(learner_api, "/api/v1/exercises/")[0]["count"] == 1

    other = TopicFactory(slug="basics")
    listed = _read(learner_api, "/api/v1/topics/web/")[0]
    topic.prerequisites.add(other)  # a many-to-many change has its own signal
    assert _read(learner_api, "/api/v1/topics/web/")[0]["prerequisites"] == ["basics"]
    assert listed["prerequisites"] == []


def test_an_author_never_reads_a_learner_s_cached_page(learner_api, instructor_api):
    ExerciseFactory(slug="draft", published=False)
    ExerciseFactory(slug="live")
    learner_view, _ = _read(learner_api, "/api/v1/exercises/")
    author_view, queries = _read(instructor_api, "/api/v1/exercises/")
    assert {e["slug"] for e in learner_view["results"]} == {"live"}
    assert {e["slug"] for e in author_view["results"]} == {"draft", "live"}
    assert queries > 0
