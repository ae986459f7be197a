"""A learner's data: downloadable in full, and deleted in full with their account, except the
scores a class chose ahead of time to keep anonymously."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from stepwise.accounts.models import User
from stepwise.classes import services as class_services
from stepwise.classes.models import AuditEvent
from stepwise.submissions.models import Submission
from stepwise.submissions.services import submission_create
from tests.conftest import _client_for
from tests.factories import PASSWORD, ClassroomFactory, ExerciseFactory, enrol

pytestmark = pytest.mark.django_db

RIGHT = {"kind": "choice", "choices": ["b"]}
TEXT = {"kind": "text", "text": "my secret notes"}


@pytest.fixture
def history(instructor, learner, other_learner):
    counted = ExerciseFactory(slug="status-codes", points=10)
    practice = ExerciseFactory(slug="header-name", kind="text")
    kept = enrol(ClassroomFactory(owner=instructor, name="Keeps", on_learner_deletion="anonymise"),
                 learner, other_learner)  # fmt: skip
    dropped = enrol(ClassroomFactory(owner=instructor, name="Drops"), learner)
    now = datetime.now(UTC)
    for classroom in (kept, dropped):
        class_services.assignment_create(
            classroom=classroom, title="Week 1", opens_at=now - timedelta(days=1),
            due_at=now + timedelta(days=1), exercises=["status-codes"],
        )  # fmt: skip
    submission_create(user=learner, exercise=counted, answer=RIGHT)
    submission_create(user=learner, exercise=practice, answer=TEXT)
    submission_create(user=other_learner, exercise=counted, answer=RIGHT)
    return {"kept": kept, "dropped": dropped, "owner": _client_for(instructor)}


def test_a_learner_downloads_all_their_data_and_nobody_else_s(history, learner):
    response = _client_for(learner).get("/api/v1/me/data/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(b"".join(response.streaming_content))
    assert data["profile"]["username"] == "ada"
    assert sorted(c["class"] for c in data["classes"]) == ["Drops", "Keeps"]
    assert {p["exercise__slug"] for p in data["progress"]} == {"status-codes", "header-name"}
    assert len(data["active_days"]) == 1
    assert [s["answer"] for s in data["submissions"]] == [RIGHT, TEXT]
    assert "grace" not in json.dumps(data)


def test_deleting_needs_the_password_and_owners_hand_their_classes_over_first(
    history, instructor, learner
):
    response = _client_for(learner).post("/api/v1/me/delete/", {"password": "wrong"}, format="json")
    assert response.status_code == 400 and "password" in response.json()["errors"]
    owner = _client_for(instructor).post(
        "/api/v1/me/delete/", {"password": PASSWORD}, format="json"
    )
    assert owner.status_code == 409
    assert User.objects.filter(username="teacher").exists()


def test_deleting_an_account_leaves_nothing_of_it_but_the_scores_a_class_chose_to_keep(
    history, learner
):
    class_services.audit(
        AuditEvent.Action.LEARNER_JOINED, actor=learner, classroom=history["kept"], subject=learner
    )
    response = _client_for(learner).post(
        "/api/v1/me/delete/", {"password": PASSWORD}, format="json"
    )
    assert response.status_code == 204
    assert not User.objects.filter(username="ada").exists()
    # The class that keeps scores shows them under no name; the other has no row at all.
    owner = history["owner"]
    kept = owner.get(f"/api/v1/classes/{history['kept'].pk}/gradebook/").json()
    rows = sorted((r["learner"]["display_name"], r["total"]) for r in kept["rows"])
    assert rows == [("Deleted learner", 10.0), ("Grace", 10.0)]
    dropped = owner.get(f"/api/v1/classes/{history['dropped'].pk}/gradebook/").json()
    assert dropped["rows"] == []
    # What stays is a score without an answer; the practice answer is gone.
    placeholder = User.objects.get(display_name="Deleted learner")
    (left,) = Submission.objects.filter(user=placeholder)
    assert (left.verdict, left.answer, left.tests) == (
        "accepted",
        {"kind": "choice", "choices": []},
        [],
    )
    assert not placeholder.has_usable_password() and not placeholder.is_active
    assert not Submission.objects.filter(answer=TEXT).exists()
    assert not AuditEvent.objects.filter(actor_username="ada").exists()
    assert not AuditEvent.objects.filter(subject_username="ada").exists()
    assert AuditEvent.objects.filter(action="account_deleted").exists()
