"""List endpoints run a fixed number of queries, whatever the page size; the curriculum's,
read by a learner, a known number."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ExerciseFactory, SubmissionFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured)


@pytest.mark.parametrize("who", ["learner_api", "instructor_api"])
def test_the_topic_list_does_not_grow_with_the_page(request, who):
    client = request.getfixturevalue(who)
    topics = TopicFactory.create_batch(2)
    topics[1].prerequisites.add(topics[0])
    small = _queries(client, "/api/v1/topics/")
    for topic in TopicFactory.create_batch(20):
        topic.prerequisites.add(topics[0])
        ExerciseFactory(topic=topic)
    assert _queries(client, "/api/v1/topics/") == small


@pytest.mark.parametrize("who", ["learner_api", "instructor_api"])
def test_the_exercise_list_does_not_grow_with_the_page(request, who):
    client = request.getfixturevalue(who)
    ExerciseFactory.create_batch(2)
    small = _queries(client, "/api/v1/exercises/")
    ExerciseFactory.create_batch(30)
    assert _queries(client, "/api/v1/exercises/") == small


def test_a_learner_reads_a_page_of_exercises_in_one_query(learner_api):
    ExerciseFactory.create_batch(30)
    # The page and its count together; the user comes from the token.
    assert _queries(learner_api, "/api/v1/exercises/?page_size=20") == 1


def test_a_learner_reads_the_topic_list_in_two_queries(learner_api):
    topics = TopicFactory.create_batch(5)
    topics[1].prerequisites.add(topics[0])
    # The page with its count and exercise counts, then the prerequisites.
    assert _queries(learner_api, "/api/v1/topics/") == 2


def test_a_topic_detail_does_not_grow_with_its_exercises(learner_api):
    topic = TopicFactory(slug="web")
    ExerciseFactory(topic=topic)
    small = _queries(learner_api, "/api/v1/topics/web/")
    ExerciseFactory.create_batch(25, topic=topic)
    assert _queries(learner_api, "/api/v1/topics/web/") == small


@pytest.mark.parametrize("who", ["learner_api", "instructor_api"])
def test_the_submission_list_does_not_grow_with_the_page(request, who, learner):
    client = request.getfixturevalue(who)
    SubmissionFactory.create_batch(2, user=learner)
    small = _queries(client, "/api/v1/submissions/?page_size=100")
    SubmissionFactory.create_batch(40, user=learner)
    assert _queries(client, "/api/v1/submissions/?page_size=100") == small


def test_progress_does_not_grow_with_the_curriculum(learner_api, learner):
    ExerciseFactory.create_batch(2)
    small = _queries(learner_api, "/api/v1/me/progress/")
    for exercise in ExerciseFactory.create_batch(30):
        SubmissionFactory(user=learner, exercise=exercise)
    assert _queries(learner_api, "/api/v1/me/progress/") == small


def test_a_submission_is_stored_in_a_fixed_number_of_queries(learner_api, monkeypatch):
    """The POST reads who is asking, their role and the exercise, stores the row and looks for
    assignments it counts towards; the response needs nothing more (the exercise and the learner
    are in hand, a new submission has no history). The savepoint pair is the test's own
    transaction around the service's."""
    from stepwise.submissions import services

    monkeypatch.setattr(services, "submission_enqueue", lambda **kwargs: True)
    ExerciseFactory(slug="c1", kind="code")
    body = {"exercise": "c1", "answer": {"kind": "code", "source": "x = 1"}}
    with CaptureQueriesContext(connection) as captured:
        response = learner_api.post("/api/v1/submissions/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["history"] == []
    statements = [q["sql"].split(" ", 1)[0] for q in captured.captured_queries]
    assert statements.count("SELECT") == 4
    assert statements.count("INSERT") == 1
    assert len(captured) == 7
