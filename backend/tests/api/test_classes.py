"""Classes: who may create, read and change them, joining and leaving with a code, and what a
class changes about whose work an instructor may read. Each endpoint is tried as the class's
owner, a co-instructor, an instructor of another class, an admin, a member and another learner."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stepwise.classes.models import AuditEvent, Classroom, Membership
from stepwise.classes.services import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH
from tests.conftest import _client_for
from tests.factories import ExerciseFactory, SubmissionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(instructor, admin_user, learner, other_learner):
    """The cast: `owner` owns `room`, `co` co-teaches it, `stranger` teaches `elsewhere`;
    `member` (ada) is in `room`, `outsider` (grace) in `elsewhere`."""
    co = UserFactory(username="co", instructor=True)
    stranger = UserFactory(username="stranger", instructor=True)
    owner_api = _client_for(instructor)
    room = owner_api.post("/api/v1/classes/", {"name": "Backend 101"}, format="json").json()
    stranger_api = _client_for(stranger)
    elsewhere = stranger_api.post("/api/v1/classes/", {"name": "Elsewhere"}, format="json").json()
    owner_api.post(f"/api/v1/classes/{room['id']}/instructors/", {"username": "co"}, format="json")
    clients = {
        "owner": owner_api,
        "co": _client_for(co),
        "stranger": stranger_api,
        "admin": _client_for(admin_user),
        "member": _client_for(learner),
        "outsider": _client_for(other_learner),
    }
    assert (
        clients["member"]
        .post("/api/v1/classes/join/", {"code": room["join_code"]}, format="json")
        .status_code
        == 201
    )
    clients["outsider"].post(
        "/api/v1/classes/join/", {"code": elsewhere["join_code"]}, format="json"
    )
    return {"clients": clients, "room": room, "elsewhere": elsewhere, "learner": learner,
            "other_learner": other_learner, "co": co}  # fmt: skip


def _statuses(people, request) -> dict:
    return {name: request(client).status_code for name, client in people["clients"].items()}


def test_an_instructor_creates_a_class_and_owns_it(instructor_api):
    response = instructor_api.post(
        "/api/v1/classes/",
        {"name": "Backend 101", "description": "Mondays", "starts_on": "2027-01-04",
         "ends_on": "2027-03-29"},
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["role"], body["owner"]["username"], body["learner_count"]) == (
        "owner",
        "teacher",
        0,
    )
    assert len(body["join_code"]) == JOIN_CODE_LENGTH
    assert set(body["join_code"]) <= set(JOIN_CODE_ALPHABET)
    assert AuditEvent.objects.filter(action="class_created", class_id=body["id"]).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"name": "A", "starts_on": "2027-02-01", "ends_on": "2027-01-01"}, "ends_on"),
        ({"name": "A", "starts_on": "not a date"}, "starts_on"),
    ],
)
def test_a_malformed_class_is_a_400_naming_the_field(instructor_api, body, field):
    response = instructor_api.post("/api/v1/classes/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_learners_cannot_create_classes(learner_api):
    assert learner_api.post("/api/v1/classes/", {"name": "Mine"}, format="json").status_code == 403


def test_who_sees_a_class(people):
    room = people["room"]["id"]
    assert _statuses(people, lambda c: c.get(f"/api/v1/classes/{room}/")) == {
        "owner": 200, "co": 200, "stranger": 404, "admin": 200, "member": 403, "outsider": 403,
    }  # fmt: skip
    listed = {
        name: [c["name"] for c in client.get("/api/v1/classes/").json().get("results", [])]
        for name, client in people["clients"].items()
        if name in ("owner", "co", "stranger", "admin")
    }
    assert listed == {
        "owner": ["Backend 101"],
        "co": ["Backend 101"],
        "stranger": ["Elsewhere"],
        "admin": ["Elsewhere", "Backend 101"],
    }
    roles = people["clients"]["co"].get(f"/api/v1/classes/{room}/").json()["role"]
    assert roles == "co_instructor"


def test_who_changes_a_class(people):
    room = people["room"]["id"]

    def rename(client):
        return client.patch(f"/api/v1/classes/{room}/", {"description": "new"}, format="json")

    assert _statuses(people, rename) == {
        "owner": 200, "co": 403, "stranger": 404, "admin": 200, "member": 403, "outsider": 403,
    }  # fmt: skip


def test_who_runs_the_roster_and_the_join_code(people):
    room = people["room"]["id"]
    assert _statuses(people, lambda c: c.get(f"/api/v1/classes/{room}/learners/")) == {
        "owner": 200, "co": 200, "stranger": 404, "admin": 200, "member": 403, "outsider": 403,
    }  # fmt: skip
    roster = people["clients"]["co"].get(f"/api/v1/classes/{room}/learners/").json()["results"]
    assert [entry["learner"]["username"] for entry in roster] == ["ada"]
    assert _statuses(people, lambda c: c.post(f"/api/v1/classes/{room}/join-code/")) == {
        "owner": 200, "co": 200, "stranger": 404, "admin": 200, "member": 403, "outsider": 403,
    }  # fmt: skip


def test_a_rotated_code_stops_working_and_a_disabled_one_closes_joining(people):
    owner = people["clients"]["owner"]
    room = people["room"]
    newcomer = _client_for(UserFactory(username="newcomer"))
    fresh = owner.post(f"/api/v1/classes/{room['id']}/join-code/").json()["join_code"]
    assert fresh != room["join_code"]
    refused = newcomer.post("/api/v1/classes/join/", {"code": room["join_code"]}, format="json")
    assert refused.status_code == 400 and refused.json()["errors"]["code"]
    owner.delete(f"/api/v1/classes/{room['id']}/join-code/")
    assert newcomer.post("/api/v1/classes/join/", {"code": fresh}, format="json").status_code == 400
    reopened = owner.post(f"/api/v1/classes/{room['id']}/join-code/").json()["join_code"]
    # Case, spaces and dashes do not matter.
    typed = f"{reopened[:4].lower()}-{reopened[4:]} "
    assert newcomer.post("/api/v1/classes/join/", {"code": typed}, format="json").status_code == 201
    actions = list(AuditEvent.objects.filter(class_id=room["id"]).values_list("action", flat=True))
    assert {"join_code_rotated", "join_code_disabled", "learner_joined"} <= set(actions)


def test_joining_twice_changes_nothing_and_teachers_do_not_join(people):
    room = people["room"]
    member = people["clients"]["member"]
    again = member.post("/api/v1/classes/join/", {"code": room["join_code"]}, format="json")
    assert again.status_code == 200 and again.json()["name"] == "Backend 101"
    assert Membership.objects.filter(classroom_id=room["id"]).count() == 1
    teacher = people["clients"]["co"].post(
        "/api/v1/classes/join/", {"code": room["join_code"]}, format="json"
    )
    assert teacher.status_code == 400


def test_a_learner_sees_their_classes_without_the_code_and_can_leave(people):
    member = people["clients"]["member"]
    mine = member.get("/api/v1/me/classes/").json()["results"]
    assert [(c["name"], c["instructors"]) for c in mine] == [("Backend 101", ["Teacher", "Co"])]
    assert "join_code" not in mine[0]
    assert member.delete(f"/api/v1/me/classes/{people['room']['id']}/").status_code == 204
    assert member.get("/api/v1/me/classes/").json()["results"] == []
    assert member.delete(f"/api/v1/me/classes/{people['room']['id']}/").status_code == 404
    assert AuditEvent.objects.filter(action="learner_left", subject_username="ada").exists()


def test_an_instructor_removes_a_learner(people):
    room, ada = people["room"]["id"], people["learner"].pk
    stranger = people["clients"]["stranger"]
    assert stranger.delete(f"/api/v1/classes/{room}/learners/{ada}/").status_code == 404
    assert (
        people["clients"]["co"].delete(f"/api/v1/classes/{room}/learners/{ada}/").status_code == 204
    )
    assert not Membership.objects.filter(classroom_id=room).exists()
    event = AuditEvent.objects.get(action="learner_removed")
    assert (event.actor_username, event.subject_username) == ("co", "ada")


def test_co_instructors_are_the_owner_s_to_add_and_remove(people):
    room = people["room"]["id"]
    co_id = people["co"].pk
    other = UserFactory(username="helper", instructor=True)
    co = people["clients"]["co"]
    assert (
        co.post(
            f"/api/v1/classes/{room}/instructors/", {"username": "helper"}, format="json"
        ).status_code
        == 403
    )
    owner = people["clients"]["owner"]
    refused = owner.post(f"/api/v1/classes/{room}/instructors/", {"username": "ada"}, format="json")
    assert refused.status_code == 400  # a learner, not an instructor
    added = owner.post(
        f"/api/v1/classes/{room}/instructors/", {"username": "helper"}, format="json"
    )
    assert {p["username"] for p in added.json()["co_instructors"]} == {"co", "helper"}
    assert co.delete(f"/api/v1/classes/{room}/instructors/{other.pk}/").status_code == 403
    assert (
        co.delete(f"/api/v1/classes/{room}/instructors/{co_id}/").status_code == 204
    )  # steps down
    assert co.get(f"/api/v1/classes/{room}/").status_code == 404


def test_an_archived_class_is_read_only(people):
    owner, room = people["clients"]["owner"], people["room"]
    assert people["clients"]["co"].post(f"/api/v1/classes/{room['id']}/archive/").status_code == 403
    archived = owner.post(f"/api/v1/classes/{room['id']}/archive/")
    assert archived.status_code == 200 and archived.json()["archived"] is True
    conflict = owner.patch(f"/api/v1/classes/{room['id']}/", {"name": "X"}, format="json")
    assert conflict.status_code == 409 and conflict.json()["code"] == "conflict"
    assert owner.post(f"/api/v1/classes/{room['id']}/join-code/").status_code == 409
    newcomer = _client_for(UserFactory(username="late"))
    assert (
        newcomer.post(
            "/api/v1/classes/join/", {"code": room["join_code"]}, format="json"
        ).status_code
        == 400
    )
    member = people["clients"]["member"]
    assert member.delete(f"/api/v1/me/classes/{room['id']}/").status_code == 409
    assert owner.post(f"/api/v1/classes/{room['id']}/restore/").json()["archived"] is False
    assert (
        owner.patch(f"/api/v1/classes/{room['id']}/", {"name": "X"}, format="json").status_code
        == 200
    )


def test_the_audit_log_is_for_admins(people):
    assert _statuses(people, lambda c: c.get("/api/v1/audit-events/")) == {
        "owner": 403, "co": 403, "stranger": 403, "admin": 200, "member": 403, "outsider": 403,
    }  # fmt: skip
    actions = [
        e["action"]
        for e in people["clients"]["admin"].get("/api/v1/audit-events/").json()["results"]
    ]
    assert actions.count("learner_joined") == 2 and "instructor_added" in actions


def test_join_attempts_are_throttled(learner_api, settings):
    for _ in range(10):
        assert (
            learner_api.post(
                "/api/v1/classes/join/", {"code": "NOPE2345"}, format="json"
            ).status_code
            == 400
        )
    throttled = learner_api.post("/api/v1/classes/join/", {"code": "NOPE2345"}, format="json")
    assert throttled.status_code == 429


# --- what a class changes about whose work an instructor reads -------------------------------


@pytest.fixture
def work(people):
    """One submission each by the member (ada), the outsider (grace) and the owner."""
    exercise = ExerciseFactory(slug="status-codes")
    return {
        "ada": SubmissionFactory(user=people["learner"], exercise=exercise),
        "grace": SubmissionFactory(user=people["other_learner"], exercise=exercise),
        "exercise": exercise,
    }


def _authors(client, query="") -> list[str]:
    response = client.get(f"/api/v1/submissions/{query}")
    assert response.status_code == 200, response.json()
    return sorted(s["user"]["username"] for s in response.json()["results"])


def test_instructors_read_the_work_of_their_own_classes_only(people, work):
    clients = people["clients"]
    assert _authors(clients["owner"]) == ["ada"]
    assert _authors(clients["co"]) == ["ada"]
    assert _authors(clients["stranger"]) == ["grace"]
    assert _authors(clients["admin"]) == ["ada", "grace"]
    assert _authors(clients["member"]) == ["ada"]
    assert _authors(clients["outsider"]) == ["grace"]
    grace = work["grace"].pk
    assert _statuses(people, lambda c: c.get(f"/api/v1/submissions/{grace}/")) == {
        "owner": 404, "co": 404, "stranger": 200, "admin": 200, "member": 404, "outsider": 200,
    }  # fmt: skip


def test_a_learner_who_leaves_takes_their_work_out_of_the_class(people, work):
    people["clients"]["member"].delete(f"/api/v1/me/classes/{people['room']['id']}/")
    assert _authors(people["clients"]["owner"]) == []


def test_the_submission_list_takes_a_class_filter(people, work):
    room, elsewhere = people["room"]["id"], people["elsewhere"]["id"]
    admin = people["clients"]["admin"]
    assert _authors(admin, f"?class={room}") == ["ada"]
    assert _authors(admin, f"?class={elsewhere}") == ["grace"]
    assert _authors(people["clients"]["co"], f"?class={room}") == ["ada"]
    assert (
        people["clients"]["owner"].get(f"/api/v1/submissions/?class={elsewhere}").status_code == 404
    )
    assert people["clients"]["member"].get(f"/api/v1/submissions/?class={room}").status_code == 404
    assert admin.get("/api/v1/submissions/?class=abc").status_code == 400


def test_exercise_stats_count_the_learners_you_teach(people, work):
    url = "/api/v1/exercises/status-codes/stats/"
    learners = {
        name: client.get(url).json().get("learners")
        for name, client in people["clients"].items()
        if name in ("owner", "co", "stranger", "admin")
    }
    assert learners == {"owner": 1, "co": 1, "stranger": 1, "admin": 2}
    admin = people["clients"]["admin"]
    shown = admin.get(f"{url}?class={people['room']['id']}").json()
    assert shown.get("learners") == 1, shown
    assert (
        people["clients"]["owner"].get(f"{url}?class={people['elsewhere']['id']}").status_code
        == 404
    )
    assert people["clients"]["member"].get(url).status_code == 403


def test_an_instructor_with_no_class_reads_no_one_s_work(work):
    lonely = _client_for(UserFactory(username="lonely", instructor=True))
    assert _authors(lonely) == []
    assert lonely.get("/api/v1/exercises/status-codes/stats/").json()["learners"] == 0


def test_the_class_list_costs_the_same_queries_for_many_classes(instructor, instructor_api):
    helpers = [UserFactory(username=f"helper{n}", instructor=True) for n in range(3)]

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert instructor_api.get("/api/v1/classes/").status_code == 200
        return len(queries)

    Classroom.objects.create(name="one", owner=instructor, join_code="AAAAAAA1")
    few = count_queries()
    for number in range(8):
        classroom = Classroom.objects.create(name=f"c{number}", owner=instructor,
                                             join_code=f"BBBBBBB{number + 2}")  # fmt: skip
        classroom.co_instructors.add(*helpers)
    assert count_queries() == few
