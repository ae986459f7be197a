"""Submitting answers, reading them back, and who may read what."""

import json

import pytest

from stepwise.submissions.models import Submission
from tests.factories import (
    ClassroomFactory,
    ExerciseFactory,
    SubmissionFactory,
    TopicFactory,
    UserFactory,
    enrol,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/submissions/"


@pytest.fixture
def topic():
    return TopicFactory(slug="web")


@pytest.fixture
def choice(topic):
    return ExerciseFactory(topic=topic, slug="status-quiz", kind="choice")


@pytest.fixture
def text(topic):
    return ExerciseFactory(topic=topic, slug="header-name", kind="text")


@pytest.fixture
def code(topic):
    return ExerciseFactory(topic=topic, slug="add-numbers", kind="code")


def _submit(client, slug, answer):
    return client.post(URL, {"exercise": slug, "answer": answer}, format="json")


def test_a_right_choice_is_accepted_in_the_response(learner_api, choice):
    response = _submit(learner_api, "status-quiz", {"kind": "choice", "choices": ["b"]})
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "completed"
    assert body["verdict"] == "accepted"
    assert body["score"] == 1.0
    assert body["answer"] == {"kind": "choice", "choices": ["b"]}


def test_a_wrong_choice_is_a_wrong_answer_without_revealing_the_right_one(learner_api, choice):
    body = _submit(learner_api, "status-quiz", {"kind": "choice", "choices": ["a"]}).json()
    assert body["verdict"] == "wrong_answer"
    assert body["score"] == 0.0
    assert "201 Created" not in json.dumps(body)  # the right option's text


def test_a_text_answer_is_graded_case_insensitively(learner_api, text):
    body = _submit(learner_api, "header-name", {"kind": "text", "text": "  location "}).json()
    assert body["verdict"] == "accepted"
    body = _submit(learner_api, "header-name", {"kind": "text", "text": "Host"}).json()
    assert body["verdict"] == "wrong_answer"


def test_a_code_answer_is_stored_queued_for_a_worker(learner_api, code):
    response = _submit(learner_api, "add-numbers", {"kind": "code", "source": "def add(a, b): ..."})
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "queued"
    assert body["verdict"] is None
    assert body["tests"] == []
    assert Submission.objects.get(pk=body["id"]).status == "queued"


@pytest.mark.parametrize(
    ("answer", "error_key"),
    [
        ({"kind": "text", "text": "x"}, "answer.kind"),
        ({"kind": "choice", "choices": ["zz"]}, "answer.choices"),
        ({"kind": "choice", "choices": ["a", "b"]}, "answer.choices"),
        ({"kind": "choice"}, "answer.choices"),
        ({"kind": "essay", "text": "x"}, "answer.kind"),
        ("just a string", "answer"),
    ],
)
def test_a_malformed_answer_is_rejected_per_field(learner_api, choice, answer, error_key):
    response = _submit(learner_api, "status-quiz", answer)
    assert response.status_code == 400
    assert error_key in response.json()["errors"], response.json()
    assert not Submission.objects.exists()


def test_an_unknown_or_unpublished_exercise_is_rejected(learner_api, topic):
    ExerciseFactory(topic=topic, slug="draft", published=False)
    for slug in ("draft", "nope"):
        response = _submit(learner_api, slug, {"kind": "choice", "choices": ["a"]})
        assert response.status_code == 400
        assert "exercise" in response.json()["errors"]


def test_an_answer_over_the_size_cap_is_rejected(learner_api, code):
    huge = "x = 1\n" * 20_000  # ~120 KiB, over the 64 KiB cap
    response = _submit(learner_api, "add-numbers", {"kind": "code", "source": huge})
    assert response.status_code in (400, 413)
    assert response.json()["code"] in ("invalid", "payload_too_large")


def test_a_body_over_the_request_limit_is_a_413(learner_api, code):
    huge = "x" * 400_000
    response = _submit(learner_api, "add-numbers", {"kind": "code", "source": huge})
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


def test_anonymous_users_cannot_submit(api, choice):
    response = _submit(api, "status-quiz", {"kind": "choice", "choices": ["b"]})
    assert response.status_code == 401


def test_learners_list_only_their_own_submissions(learner_api, learner, other_learner, choice):
    mine = SubmissionFactory(user=learner, exercise=choice)
    SubmissionFactory(user=other_learner, exercise=choice)
    body = learner_api.get(URL).json()
    assert [s["id"] for s in body["results"]] == [mine.pk]
    # Asking for someone else's by filter changes nothing.
    body = learner_api.get(f"{URL}?user={other_learner.pk}").json()
    assert body["results"] == []


def test_a_learner_cannot_read_another_learners_submission(learner_api, other_learner, choice):
    theirs = SubmissionFactory(user=other_learner, exercise=choice)
    response = learner_api.get(f"{URL}{theirs.pk}/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "choices" not in json.dumps(response.json())


def test_an_instructor_reads_and_filters_the_submissions_of_their_class(
    instructor_api, instructor, learner, other_learner, choice, code
):
    enrol(ClassroomFactory(owner=instructor), learner, other_learner)
    SubmissionFactory(user=learner, exercise=choice, verdict="accepted", score=1.0)
    SubmissionFactory(user=other_learner, exercise=choice)
    queued = SubmissionFactory(
        user=other_learner,
        exercise=code,
        status="queued",
        verdict="",
        score=None,
        answer={"kind": "code", "source": "pass"},
    )
    assert len(instructor_api.get(URL).json()["results"]) == 3
    by_user = instructor_api.get(f"{URL}?user={other_learner.pk}").json()["results"]
    assert {s["user"]["username"] for s in by_user} == {"grace"}
    by_verdict = instructor_api.get(f"{URL}?verdict=accepted").json()["results"]
    assert [s["user"]["username"] for s in by_verdict] == ["ada"]
    by_status = instructor_api.get(f"{URL}?status=queued&exercise=add-numbers").json()["results"]
    assert [s["id"] for s in by_status] == [queued.pk]
    detail = instructor_api.get(f"{URL}{queued.pk}/").json()
    assert detail["answer"] == {"kind": "code", "source": "pass"}


def test_the_list_is_cursor_paginated_newest_first(learner_api, learner, choice):
    created = [SubmissionFactory(user=learner, exercise=choice).pk for _ in range(5)]
    first = learner_api.get(f"{URL}?page_size=2").json()
    assert [s["id"] for s in first["results"]] == created[::-1][:2]
    second = learner_api.get(first["next"]).json()
    assert [s["id"] for s in second["results"]] == created[::-1][2:4]


def test_a_bad_cursor_is_a_404(learner_api):
    assert learner_api.get(f"{URL}?cursor=garbage").status_code == 404


def test_a_submission_detail_has_the_per_test_results(learner_api, learner, choice):
    submission = SubmissionFactory(user=learner, exercise=choice)
    body = learner_api.get(f"{URL}{submission.pk}/").json()
    assert body["tests"][0] == {
        "name": "answer",
        "status": "fail",
        "message": "not the right option",
        "output": "",
        "duration_ms": None,  # stored as 0 before durations were measured: none, not a fake 0
        "hidden": False,
        "call": None,
        "real_message": None,
    }
    assert {"created_at", "started_at", "finished_at", "updated_at"} <= body.keys()


def test_submitting_is_throttled_per_user(learner_api, choice, monkeypatch):
    from stepwise.common.throttles import SubmissionRateThrottle

    monkeypatch.setattr(SubmissionRateThrottle, "THROTTLE_RATES", {"submissions": "2/min"})
    statuses = [
        _submit(learner_api, "status-quiz", {"kind": "choice", "choices": ["a"]}).status_code
        for _ in range(3)
    ]
    assert statuses == [201, 201, 429]
    # Reading is not throttled by the submission rate.
    assert learner_api.get(URL).status_code == 200


def test_another_user_is_not_throttled_by_someone_elses_submissions(
    learner_api, other_learner_api, choice, monkeypatch
):
    from stepwise.common.throttles import SubmissionRateThrottle

    monkeypatch.setattr(SubmissionRateThrottle, "THROTTLE_RATES", {"submissions": "1/min"})
    assert (
        _submit(learner_api, "status-quiz", {"kind": "choice", "choices": ["a"]}).status_code == 201
    )
    response = _submit(other_learner_api, "status-quiz", {"kind": "choice", "choices": ["a"]})
    assert response.status_code == 201


def test_submission_ids_are_not_a_way_to_probe_other_users(learner_api):
    other = SubmissionFactory(user=UserFactory())
    assert (
        learner_api.get(f"{URL}{other.pk}/").status_code
        == learner_api.get(f"{URL}999999/").status_code
    )


@pytest.mark.parametrize("wait", ["abc", "-1", "11", "1.5"])
def test_an_invalid_wait_is_a_400(learner_api, learner, choice, wait):
    submission = SubmissionFactory(user=learner, exercise=choice)
    response = learner_api.get(f"{URL}{submission.pk}/?wait={wait}")
    assert response.status_code == 400
    assert "wait" in response.json()["errors"]


def test_waiting_on_a_final_submission_answers_at_once(learner_api, learner, choice):
    import time

    submission = SubmissionFactory(user=learner, exercise=choice)
    started = time.monotonic()
    response = learner_api.get(f"{URL}{submission.pk}/?wait=10")
    assert response.status_code == 200
    assert time.monotonic() - started < 2


def test_waiting_on_someone_elses_submission_is_a_404_without_waiting(
    learner_api, other_learner, code
):
    theirs = SubmissionFactory(
        user=other_learner, exercise=code, status="queued", verdict="", score=None
    )
    assert learner_api.get(f"{URL}{theirs.pk}/?wait=10").status_code == 404


def _pages(client, url: str, link: str = "next") -> list[list[int]]:
    pages = []
    while url:
        page = client.get(url).json()
        pages.append([row["id"] for row in page["results"]])
        url = page[link]
    return pages


INSTRUCTOR_QUERIES = ["", "?class={room}", "?exercise=status-quiz", "?verdict=accepted",
                      "?class={room}&verdict=wrong_answer"]  # fmt: skip


@pytest.mark.parametrize("query", INSTRUCTOR_QUERIES)
def test_an_instructor_pages_through_their_learners_work_once_each_in_order(
    query, instructor, instructor_api, choice
):
    """The instructor's pages are read learner by learner; with many rows at the same instant
    and small pages, every page still holds the next rows of the one newest-first order, going
    forward and coming back."""
    learners = UserFactory.create_batch(4)
    room = enrol(ClassroomFactory(owner=instructor), *learners[:3])
    enrol(ClassroomFactory(owner=instructor), learners[3])
    other = ExerciseFactory(slug="other-quiz")
    stranger = UserFactory()
    for n in range(30):
        SubmissionFactory(
            user=[*learners, instructor, stranger][n % 6],
            exercise=choice if n % 3 else other,
            verdict="accepted" if n % 4 == 0 else "wrong_answer",
        )
    # A third of the rows share one instant: the cursor's offset has to step over them.
    instant = Submission.objects.order_by("pk")[10].created_at
    Submission.objects.filter(pk__in=Submission.objects.order_by("pk")[5:15].values("pk")).update(
        created_at=instant
    )
    shown = Submission.objects.filter(user__in=[*learners, instructor])
    if "class" in query:
        shown = shown.filter(user__in=learners[:3])
    if "exercise" in query:
        shown = shown.filter(exercise=choice)
    if "verdict=accepted" in query:
        shown = shown.filter(verdict="accepted")
    if "verdict=wrong" in query:
        shown = shown.filter(verdict="wrong_answer")
    expected = list(shown.order_by("-created_at", "-id").values_list("pk", flat=True))
    assert len(expected) > 2

    url = f"{URL}{query.format(room=room.pk)}"
    url += ("&" if "?" in url else "?") + "page_size=2"
    forward = _pages(instructor_api, url)
    assert [pk for page in forward for pk in page] == expected
    last = instructor_api.get(url).json()
    while last["next"]:
        last = instructor_api.get(last["next"]).json()
    backward = _pages(instructor_api, last["previous"], link="previous")
    assert backward == forward[:-1][::-1]
