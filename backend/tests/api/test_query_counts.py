"""List endpoints run a fixed number of queries, whatever the page size; the curriculum's,
read by a learner, a known number."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stepwise.classes.services import assignment_create
from stepwise.submissions.services import submission_create
from tests.conftest import _client_for
from tests.factories import (
    ClassroomFactory,
    ExerciseFactory,
    SubmissionFactory,
    TopicFactory,
    UserFactory,
    enrol,
)

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


def test_a_learner_reads_an_exercise_and_its_next_in_two_queries(learner_api):
    topics = TopicFactory.create_batch(3)
    for topic in topics:
        ExerciseFactory.create_batch(5, topic=topic, published=topic != topics[1])
    slug = topics[0].exercises.order_by("order").last().slug
    # The exercise with its topic, then the next one the learner may open.
    assert _queries(learner_api, f"/api/v1/exercises/{slug}/") == 2


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
    """The POST reads who is asking, their role and the exercise, stores the row, looks for
    assignments it counts towards and counts the attempt in the learner's and the exercise's
    tallies; the response needs nothing more (the exercise and the learner are in hand, a new
    submission has no history). The savepoint pair is the test's own transaction around the
    service's."""
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
    assert statements.count("INSERT") == 3  # the row, then the two tallies (upserts)
    assert len(captured) == 9


def _taught_class_with_work(instructor, learners: int, exercise):
    classroom = enrol(ClassroomFactory(owner=instructor), *UserFactory.create_batch(learners))
    for membership in classroom.memberships.all():
        SubmissionFactory.create_batch(3, user=membership.learner, exercise=exercise)
    return classroom


def test_an_instructor_s_submission_list_does_not_grow_with_their_learners(
    instructor, instructor_api
):
    exercise = ExerciseFactory(slug="quiz")
    room = _taught_class_with_work(instructor, 2, exercise)
    urls = ["/api/v1/submissions/", f"/api/v1/submissions/?class={room.pk}&exercise=quiz"]
    small = [_queries(instructor_api, url) for url in urls]
    for membership in _taught_class_with_work(instructor, 15, exercise).memberships.all():
        room.memberships.create(learner=membership.learner)
    assert [_queries(instructor_api, url) for url in urls] == small


@pytest.mark.parametrize("who", ["instructor", "admin_user"])
@pytest.mark.parametrize("in_class", [False, True])
def test_exercise_stats_do_not_grow_with_the_learners_or_their_submissions(
    request, who, in_class, instructor
):
    user = request.getfixturevalue(who)
    client = _client_for(user)
    exercise = ExerciseFactory(slug="quiz")
    room = _taught_class_with_work(instructor, 2, exercise)
    url = "/api/v1/exercises/quiz/stats/" + (f"?class={room.pk}" if in_class else "")
    small = _queries(client, url)
    for membership in _taught_class_with_work(instructor, 12, exercise).memberships.all():
        room.memberships.create(learner=membership.learner)
    assert _queries(client, url) == small


def test_the_gradebook_does_not_grow_with_the_class(instructor, instructor_api):
    exercise = ExerciseFactory(slug="quiz")
    room = _taught_class_with_work(instructor, 2, exercise)
    now = datetime.now(UTC)
    assignment_create(classroom=room, title="Week 1", opens_at=now - timedelta(days=1),
                      due_at=now + timedelta(days=1), exercises=["quiz"])  # fmt: skip
    urls = [f"/api/v1/classes/{room.pk}/gradebook/", f"/api/v1/classes/{room.pk}/gradebook.csv"]
    small = [_queries(instructor_api, url) for url in urls]
    for learner in UserFactory.create_batch(10):
        room.memberships.create(learner=learner)
        submission_create(user=learner, exercise=exercise, answer={"kind": "choice",
                                                                   "choices": ["b"]})  # fmt: skip
    assert [_queries(instructor_api, url) for url in urls] == small


def test_the_checks_of_an_exercise_do_not_grow_with_the_page(instructor_api, instructor):
    from stepwise.curriculum.checks import check_start

    exercise = ExerciseFactory(kind="text", published=False)
    url = f"/api/v1/exercises/{exercise.slug}/checks/"
    check_start(exercise=exercise, user=instructor)
    small = _queries(instructor_api, url)
    for _ in range(10):
        check_start(exercise=exercise, user=instructor)
    assert _queries(instructor_api, url) == small


def test_the_draft_list_does_not_grow_with_the_page(learner_api, learner):
    from stepwise.submissions.models import Draft

    def drafts(count):
        for exercise in ExerciseFactory.create_batch(count, kind="choice"):
            Draft.objects.create(user=learner, exercise=exercise, answer={"kind": "choice"})

    drafts(2)
    small = _queries(learner_api, "/api/v1/me/drafts/?page_size=100")
    drafts(30)
    assert _queries(learner_api, "/api/v1/me/drafts/?page_size=100") == small
