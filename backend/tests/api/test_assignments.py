"""Assignments, deadlines, extensions and the gradebook: who may set them, what counts as on
time at the exact boundaries, what late work is worth, and a gradebook whose queries do not grow
with the class."""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from stepwise.submissions.models import AssignmentWork
from stepwise.submissions.services import submission_create
from tests.conftest import _client_for
from tests.factories import ClassroomFactory, ExerciseFactory, UserFactory, enrol

pytestmark = pytest.mark.django_db

OPENS = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
DUE = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
RIGHT = {"kind": "choice", "choices": ["b"]}  # the factory's choice exercise: b is correct
WRONG = {"kind": "choice", "choices": ["a"]}


@pytest.fixture
def setup(instructor, learner, other_learner):
    classroom = enrol(
        ClassroomFactory(owner=instructor, name="Backend 101"), learner, other_learner
    )
    first = ExerciseFactory(slug="status-codes", points=10)
    second = ExerciseFactory(slug="idempotent-methods", points=30)
    owner = _client_for(instructor)
    response = owner.post(
        f"/api/v1/classes/{classroom.pk}/assignments/",
        {"title": "Week 1", "opens_at": OPENS.isoformat(), "due_at": DUE.isoformat(),
         "late_multiplier": 0.5, "cutoff_at": (DUE + timedelta(days=2)).isoformat(),
         "exercises": ["status-codes", "idempotent-methods"]},
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    return {"class": classroom, "owner": owner, "assignment": response.json(),
            "exercises": (first, second)}  # fmt: skip


def _submit_at(moment, user, exercise, answer, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return submission_create(user=user, exercise=exercise, answer=answer)


def test_an_assignment_lists_its_exercises_in_order_with_its_points(setup):
    body = setup["assignment"]
    assert [e["slug"] for e in body["exercises"]] == ["status-codes", "idempotent-methods"]
    assert (body["points"], body["late_multiplier"]) == (40, 0.5)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"due_at": OPENS.isoformat()}, "due_at"),
        ({"cutoff_at": (DUE - timedelta(seconds=1)).isoformat()}, "cutoff_at"),
        ({"late_multiplier": 1.5}, "late_multiplier"),
        ({"exercises": ["nope"]}, "exercises"),
        ({"exercises": ["status-codes", "status-codes"]}, "exercises"),
        ({"exercises": []}, "exercises"),
    ],
)
def test_a_malformed_assignment_is_a_400_naming_the_field(setup, change, field):
    body = {"title": "W2", "opens_at": OPENS.isoformat(), "due_at": DUE.isoformat(),
            "exercises": ["status-codes"], **change}  # fmt: skip
    response = setup["owner"].post(
        f"/api/v1/classes/{setup['class'].pk}/assignments/", body, format="json"
    )
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_who_sets_and_reads_assignments(setup, admin_user, learner):
    url = f"/api/v1/classes/{setup['class'].pk}/assignments/"
    co = UserFactory(username="co", instructor=True)
    setup["class"].co_instructors.add(co)
    co_api = _client_for(co)
    assert co_api.get(url).status_code == 200
    assert co_api.get(f"/api/v1/classes/{setup['class'].pk}/gradebook/").status_code == 200
    extension = f"{url}{setup['assignment']['id']}/extensions/{learner.pk}/"
    later = {"due_at": (DUE + timedelta(days=1)).isoformat()}
    assert co_api.put(extension, later, format="json").status_code == 200
    stranger = _client_for(UserFactory(username="stranger", instructor=True))
    assert stranger.put(extension, later, format="json").status_code == 404
    assert stranger.get(url).status_code == 404
    assert _client_for(learner).get(url).status_code == 403
    assert _client_for(admin_user).get(url).status_code == 200
    gradebook = f"/api/v1/classes/{setup['class'].pk}/gradebook/"
    assert stranger.get(gradebook).status_code == 404
    assert _client_for(learner).get(gradebook).status_code == 403
    assert stranger.get(gradebook.replace("/gradebook/", "/gradebook.csv")).status_code == 404


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (OPENS - timedelta(seconds=1), "early"),
        (OPENS, "on_time"),
        (DUE - timedelta(seconds=1), "on_time"),
        (DUE, "on_time"),
        (DUE + timedelta(seconds=1), "late"),
        (DUE + timedelta(days=2), "late"),
        (DUE + timedelta(days=2, seconds=1), "too_late"),
    ],
)
def test_timing_at_the_exact_boundaries(setup, learner, monkeypatch, moment, expected):
    submission = _submit_at(moment, learner, setup["exercises"][0], RIGHT, monkeypatch)
    assert AssignmentWork.objects.get(submission=submission).timing == expected


def test_a_due_time_given_in_another_time_zone_is_the_same_instant(setup, learner, monkeypatch):
    # 18:00 in Tokyo is 09:00 UTC: the same due time as the class's.
    tokyo = "2027-01-11T18:00:00+09:00"
    url = f"/api/v1/classes/{setup['class'].pk}/assignments/{setup['assignment']['id']}/"
    response = setup["owner"].patch(url, {"due_at": tokyo}, format="json")
    assert response.json()["due_at"] == "2027-01-11T09:00:00Z"
    late = _submit_at(
        DUE + timedelta(seconds=1), learner, setup["exercises"][0], RIGHT, monkeypatch
    )
    assert AssignmentWork.objects.get(submission=late).timing == "late"


def test_an_extension_moves_the_due_time_and_the_cut_off_for_one_learner(
    setup, learner, other_learner, monkeypatch
):
    url = (
        f"/api/v1/classes/{setup['class'].pk}/assignments/{setup['assignment']['id']}"
        f"/extensions/{learner.pk}/"
    )
    later = DUE + timedelta(days=3)
    response = setup["owner"].put(url, {"due_at": later.isoformat()}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["extensions"][0]["learner"]["username"] == "ada"
    exercise = setup["exercises"][0]
    mine = _submit_at(later, learner, exercise, RIGHT, monkeypatch)
    theirs = _submit_at(later, other_learner, exercise, RIGHT, monkeypatch)
    assert AssignmentWork.objects.get(submission=mine).timing == "on_time"
    assert AssignmentWork.objects.get(submission=theirs).timing == "too_late"
    # The cut-off moved by the same three days: one second past the new due time is late.
    again = _submit_at(later + timedelta(days=2), learner, exercise, RIGHT, monkeypatch)
    assert AssignmentWork.objects.get(submission=again).timing == "late"
    outsider = UserFactory(username="outsider")
    refused = setup["owner"].put(
        url.replace(f"/{learner.pk}/", f"/{outsider.pk}/"), {"due_at": later.isoformat()},
        format="json",
    )  # fmt: skip
    assert refused.status_code == 400
    assert setup["owner"].delete(url).json()["extensions"] == []


def test_the_gradebook_counts_the_best_on_time_work_and_late_work_at_its_multiplier(
    setup, learner, other_learner, monkeypatch
):
    first, second = setup["exercises"]
    on_time = DUE - timedelta(hours=1)
    _submit_at(on_time, learner, first, WRONG, monkeypatch)
    _submit_at(on_time, learner, first, RIGHT, monkeypatch)  # 10 points
    _submit_at(DUE + timedelta(hours=1), learner, second, RIGHT, monkeypatch)  # 30 x 0.5
    _submit_at(DUE + timedelta(days=3), other_learner, first, RIGHT, monkeypatch)  # too late
    _submit_at(OPENS - timedelta(days=1), other_learner, second, RIGHT, monkeypatch)  # early
    monkeypatch.undo()
    body = setup["owner"].get(f"/api/v1/classes/{setup['class'].pk}/gradebook/").json()
    rows = {row["learner"]["username"]: row for row in body["rows"]}
    ada = rows["ada"]["cells"][0]
    assert (ada["points"], ada["late"], rows["ada"]["total"]) == (25.0, True, 25.0)
    assert ada["exercises"] == {
        "status-codes": {"score": 1.0, "late": False},
        "idempotent-methods": {"score": 0.5, "late": True},
    }
    assert rows["grace"]["total"] == 0
    assert body["points"] == 40 and body["assignments"][0]["average"] == 12.5


def test_the_csv_has_a_row_per_learner_and_a_column_per_exercise(setup, learner, monkeypatch):
    _submit_at(DUE, learner, setup["exercises"][0], RIGHT, monkeypatch)
    monkeypatch.undo()
    learner.display_name = '=HYPERLINK("http://x")'
    learner.save()
    response = setup["owner"].get(f"/api/v1/classes/{setup['class'].pk}/gradebook.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "gradebook-backend-101.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "username", "display_name", "Week 1 / status-codes (10)",
        "Week 1 / idempotent-methods (30)", "Week 1 total (40)", "Week 1 late", "total (40)",
    ]  # fmt: skip
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["ada"] == ["ada", '\'=HYPERLINK("http://x")', "10.0", "0.0", "10.0", "", "10.0"]
    assert set(by_name) == {"ada", "grace"}


def test_a_learner_sees_their_assignments_with_their_due_time_and_status(
    setup, learner, monkeypatch
):
    _submit_at(DUE - timedelta(hours=1), learner, setup["exercises"][0], RIGHT, monkeypatch)
    _submit_at(DUE - timedelta(hours=1), learner, setup["exercises"][1], WRONG, monkeypatch)
    monkeypatch.setattr(timezone, "now", lambda: DUE - timedelta(hours=30))
    (item,) = _client_for(learner).get("/api/v1/me/assignments/").json()
    assert (item["title"], item["class_name"], item["state"]) == (
        "Week 1",
        "Backend 101",
        "due_soon",
    )
    assert [e["status"] for e in item["exercises"]] == ["solved", "attempted"]
    monkeypatch.setattr(timezone, "now", lambda: DUE + timedelta(days=5))
    (item,) = _client_for(learner).get("/api/v1/me/assignments/").json()
    assert item["state"] == "closed"
    outsider = _client_for(UserFactory(username="outsider"))
    assert outsider.get("/api/v1/me/assignments/").json() == []


def test_an_archived_class_s_assignments_do_not_change(setup):
    setup["owner"].post(f"/api/v1/classes/{setup['class'].pk}/archive/")
    url = f"/api/v1/classes/{setup['class'].pk}/assignments/{setup['assignment']['id']}/"
    assert setup["owner"].patch(url, {"title": "x"}, format="json").status_code == 409


def _grow(classroom, owner_api, learners: int, assignments: int, monkeypatch):
    exercises = [ExerciseFactory(points=10) for _ in range(3)]
    for number in range(assignments):
        owner_api.post(
            f"/api/v1/classes/{classroom.pk}/assignments/",
            {"title": f"A{number}", "opens_at": OPENS.isoformat(), "due_at": DUE.isoformat(),
             "exercises": [e.slug for e in exercises]},
            format="json",
        )  # fmt: skip
    for number in range(learners):
        person = UserFactory(username=f"l{classroom.pk}-{number}")
        enrol(classroom, person)
        _submit_at(DUE, person, exercises[number % 3], RIGHT, monkeypatch)
    monkeypatch.undo()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    return len(queries)


def test_gradebook_and_csv_queries_are_the_same_for_2_or_40_learners_and_1_or_10_assignments(
    instructor, monkeypatch
):
    owner = _client_for(instructor)
    small = ClassroomFactory(owner=instructor)
    _grow(small, owner, learners=2, assignments=1, monkeypatch=monkeypatch)
    large = ClassroomFactory(owner=instructor)
    _grow(large, owner, learners=40, assignments=10, monkeypatch=monkeypatch)
    for suffix in ("gradebook/", "gradebook.csv"):
        few = _queries(owner, f"/api/v1/classes/{small.pk}/{suffix}")
        many = _queries(owner, f"/api/v1/classes/{large.pk}/{suffix}")
        assert few == many, suffix


# --- the permission matrix of every assignment, gradebook and regrade endpoint ---------------


@pytest.fixture
def roles(setup, instructor, admin_user, learner):
    co = UserFactory(username="co-teacher", instructor=True)
    setup["class"].co_instructors.add(co)
    return {
        "owner": _client_for(instructor),
        "co": _client_for(co),
        "stranger": _client_for(UserFactory(username="other-teacher", instructor=True)),
        "admin": _client_for(admin_user),
        "member": _client_for(learner),
    }


def _endpoints(setup, learner):
    klass, aid = setup["class"].pk, setup["assignment"]["id"]
    base = f"/api/v1/classes/{klass}"
    later = {"due_at": (DUE + timedelta(days=1)).isoformat()}
    return {
        "list": ("get", f"{base}/assignments/", None),
        "detail": ("get", f"{base}/assignments/{aid}/", None),
        "change": ("patch", f"{base}/assignments/{aid}/", {"title": "Week one"}),
        "extend": ("put", f"{base}/assignments/{aid}/extensions/{learner.pk}/", later),
        "gradebook": ("get", f"{base}/gradebook/", None),
        "csv": ("get", f"{base}/gradebook.csv", None),
        "regrades": ("get", "/api/v1/exercises/status-codes/regrades/", None),
    }


EXPECTED = {
    # endpoint: owner, co-instructor, instructor of another class, admin, learner of the class
    "list": (200, 200, 404, 200, 403),
    "detail": (200, 200, 404, 200, 403),
    "change": (200, 200, 404, 200, 403),
    "extend": (200, 200, 404, 200, 403),
    "gradebook": (200, 200, 404, 200, 403),
    "csv": (200, 200, 404, 200, 403),
    "regrades": (200, 200, 200, 200, 403),  # the list holds only the jobs each may follow
}


@pytest.mark.parametrize("endpoint", EXPECTED)
def test_every_assignment_endpoint_answers_each_role_as_expected(setup, roles, learner, endpoint):
    method, url, body = _endpoints(setup, learner)[endpoint]
    got = tuple(
        getattr(client, method)(url, body, format="json").status_code
        if body is not None
        else getattr(client, method)(url).status_code
        for client in roles.values()
    )
    assert got == EXPECTED[endpoint], (endpoint, dict(zip(roles, got, strict=True)))


def test_deleting_an_assignment_is_for_those_who_teach_the_class(setup, roles):
    url = f"/api/v1/classes/{setup['class'].pk}/assignments/{setup['assignment']['id']}/"
    assert roles["member"].delete(url).status_code == 403
    assert roles["stranger"].delete(url).status_code == 404
    assert roles["co"].delete(url).status_code == 204
