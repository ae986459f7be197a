"""Page pagination: the count comes with the page, and is the same one a COUNT would give."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db
EXERCISES = "/api/v1/exercises/"


def test_every_page_reports_the_total_and_links_its_neighbours(learner_api):
    ExerciseFactory.create_batch(25)
    pages = [learner_api.get(f"{EXERCISES}?page_size=10&page={n}").json() for n in (1, 2, 3)]
    assert [page["count"] for page in pages] == [25, 25, 25]
    assert [len(page["results"]) for page in pages] == [10, 10, 5]
    assert pages[0]["previous"] is None and "page=2" in pages[0]["next"]
    assert pages[2]["next"] is None and "page=2" in pages[2]["previous"]


def test_the_count_follows_the_filters(learner_api):
    ExerciseFactory.create_batch(3, kind="code")
    ExerciseFactory.create_batch(4, kind="choice")
    ExerciseFactory(kind="code", published=False)
    assert learner_api.get(f"{EXERCISES}?kind=code&page_size=2").json()["count"] == 3


def test_a_page_past_the_end_is_not_found_but_an_empty_first_page_is_fine(learner_api):
    assert learner_api.get(EXERCISES).json() == {
        "count": 0, "next": None, "previous": None, "results": [],
    }  # fmt: skip
    ExerciseFactory.create_batch(3)
    assert learner_api.get(f"{EXERCISES}?page_size=3&page=2").status_code == 404


def test_topics_are_counted_once_however_many_exercises_they_have(learner_api):
    for topic in TopicFactory.create_batch(3):
        ExerciseFactory.create_batch(4, topic=topic)
    assert learner_api.get("/api/v1/topics/?page_size=2").json()["count"] == 3


def test_a_page_and_its_count_are_one_query(learner_api):
    ExerciseFactory.create_batch(30)
    learner_api.get(EXERCISES)  # signs the learner in once; what follows is the page alone
    with CaptureQueriesContext(connection) as captured:
        learner_api.get(f"{EXERCISES}?page_size=10&page=2")
    curriculum = [q for q in captured.captured_queries if "curriculum_exercise" in q["sql"]]
    assert len(curriculum) == 1


def test_a_page_beyond_any_offset_the_database_takes_is_not_found(learner_api):
    ExerciseFactory()
    assert learner_api.get(f"{EXERCISES}?page={2**63}").status_code == 404
