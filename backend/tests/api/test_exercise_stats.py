"""Exercise stats come from tallies kept as submissions are made, graded, regraded and deleted
with an account; after a varied history they say what counting the submissions says."""

import importlib
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.db.models import Q

from stepwise.classes import services as class_services
from stepwise.classes.models import Membership
from stepwise.classes.selectors import learners_taught_by
from stepwise.submissions import regrade
from stepwise.submissions.models import ExerciseTally, LearnerTally, Submission
from stepwise.submissions.services import (
    submission_claim,
    submission_create,
    submission_record_result,
)
from tests.conftest import _client_for
from tests.factories import (
    PASSWORD,
    ClassroomFactory,
    ExerciseFactory,
    UserFactory,
    change_published_tests,
    enrol,
)

pytestmark = pytest.mark.django_db

RIGHT = {"kind": "choice", "choices": ["b"]}
WRONG = {"kind": "choice", "choices": ["a"]}
SOURCE = {"kind": "code", "source": "def add(a, b):\n    return a - b\n"}


def _test(name: str, status: str) -> dict:
    return {"name": name, "status": status, "message": "", "output": "", "duration_ms": 1,
            "hidden": False}  # fmt: skip


# Results a worker could store for a code answer: each (status, verdict, score, failing tests).
RESULTS = [
    ("completed", "accepted", 1.0, []),
    ("completed", "wrong_answer", 0.33, ["adds negatives", "secret case"]),
    ("completed", "wrong_answer", 0.67, ["secret case"]),
    ("completed", "runtime_error", 0.0, ["adds small numbers", "adds negatives", "secret case"]),
    ("completed", "time_limit_exceeded", None, ["secret case"]),
    ("error", "", None, []),
]


def _store(user, exercise, result) -> Submission:
    status, verdict, score, failing = result
    queued = submission_create(user=user, exercise=exercise, answer=SOURCE)
    claimed = submission_claim(submission_id=queued.pk)
    names = ["adds small numbers", "adds negatives", "secret case"]
    tests = [_test(name, "fail" if name in failing else "pass") for name in names]
    stored = submission_record_result(
        submission=claimed,
        attempt=claimed.grading_attempts,
        result={"status": status, "verdict": verdict, "score": score, "tests": tests},
    )
    assert stored
    return claimed


def _recount(exercise, user, classroom=None) -> dict:
    """The stats as counting every submission in scope gives them."""
    submissions = Submission.objects.filter(exercise=exercise)
    if classroom is not None or not user.is_staff:
        submissions = submissions.filter(
            user_id__in=learners_taught_by(user=user, classroom=classroom)
        )
    rows = list(submissions)
    graded = [s for s in rows if s.status == "completed"]
    scores = [s.score for s in graded if s.score is not None]
    failures = Counter(
        test["name"]
        for s in graded
        if s.verdict != "accepted"
        for test in s.tests
        if test["status"] != "pass"
    )
    accepted = [s for s in graded if s.verdict == "accepted"]
    return {
        "exercise": exercise.slug,
        "attempts": len(rows),
        "learners": len({s.user_id for s in rows}),
        "solved_by": len({s.user_id for s in accepted}),
        "pass_rate": len(accepted) / len(graded) if graded else None,
        "average_score": pytest.approx(sum(scores) / len(scores)) if scores else None,
        "verdicts": dict(Counter(s.verdict for s in graded)),
        "most_failed_tests": [
            {"name": name, "failures": n}
            for name, n in sorted(failures.items(), key=lambda item: (-item[1], item[0]))[:5]
        ],
    }


@pytest.fixture
def history(instructor, admin_user, monkeypatch):
    """Four learners, three of them in classes the instructor teaches (one in both), with
    answers graded in the request, results stored by a worker, a platform error, a submission
    still queued."""
    monkeypatch.setattr(regrade, "regrade_enqueue", lambda job_id: True)
    ada, bob, cy, dee = (UserFactory(username=name) for name in ("ada", "bob", "cy", "dee"))
    keeps = enrol(ClassroomFactory(owner=instructor, on_learner_deletion="anonymise"), ada, bob)
    other = enrol(ClassroomFactory(owner=instructor), bob, cy)
    enrol(ClassroomFactory(), dee)  # someone else's class
    quiz = ExerciseFactory(slug="quiz")
    adder = ExerciseFactory(slug="adder", kind="code")
    now = datetime.now(UTC)
    class_services.assignment_create(
        classroom=keeps, title="Week 1", opens_at=now - timedelta(days=1),
        due_at=now + timedelta(days=1), exercises=["quiz", "adder"],
    )  # fmt: skip
    for user, answer in ((ada, WRONG), (ada, RIGHT), (bob, WRONG), (cy, RIGHT), (dee, WRONG)):
        submission_create(user=user, exercise=quiz, answer=answer)
    for number, result in enumerate(RESULTS):
        for user in (ada, bob, cy, dee)[number % 4 :]:
            _store(user, adder, result)
    submission_create(user=cy, exercise=adder, answer=SOURCE)  # still queued
    return {
        "quiz": quiz,
        "adder": adder,
        "keeps": keeps,
        "other": other,
        "people": {"ada": ada, "bob": bob, "cy": cy, "dee": dee},
        "instructor": instructor,
        "admin": admin_user,
    }


def _assert_stats_agree(history) -> None:
    instructor, admin = history["instructor"], history["admin"]
    scopes = [
        (admin, None),
        (instructor, None),
        (instructor, history["keeps"]),
        (instructor, history["other"]),
    ]
    for exercise in (history["quiz"], history["adder"]):
        for user, classroom in scopes:
            url = f"/api/v1/exercises/{exercise.slug}/stats/"
            if classroom is not None:
                url += f"?class={classroom.pk}"
            response = _client_for(user).get(url)
            assert response.status_code == 200, response.content
            assert response.json() == _recount(exercise, user, classroom), (url, user.username)


def test_the_stats_agree_with_the_submissions_after_results(history):
    _assert_stats_agree(history)
    everyone = _client_for(history["admin"]).get("/api/v1/exercises/adder/stats/").json()
    assert everyone["attempts"] == 18  # 17 results stored, 1 still queued
    assert everyone["most_failed_tests"][0] == {"name": "secret case", "failures": 10}


def test_the_stats_agree_after_a_regrade_that_takes_solves_away(history):
    quiz = history["quiz"]
    # The author decides the right option was "a" all along: version 2 of the tests.
    change_published_tests(quiz, by=history["admin"], private_spec={"correct": ["a"]})
    job = regrade.regrade_start(exercise=quiz, user=history["admin"])
    while regrade.regrade_step(job_id=job.pk):
        pass
    stats = _client_for(history["admin"]).get("/api/v1/exercises/quiz/stats/").json()
    assert stats["solved_by"] == 3  # ada, bob, dee now; cy no longer
    _assert_stats_agree(history)


def test_the_stats_agree_after_learners_delete_their_accounts(history):
    for name in ("bob", "dee"):  # bob's work in `keeps` stays there, under no name
        response = _client_for(history["people"][name]).post(
            "/api/v1/me/delete/", {"password": PASSWORD}, format="json"
        )
        assert response.status_code == 204
    assert not LearnerTally.objects.filter(user__username__in=["bob", "dee"]).exists()
    placeholder = Membership.objects.get(classroom=history["keeps"], learner__is_active=False)
    assert LearnerTally.objects.filter(user=placeholder.learner).exists()
    _assert_stats_agree(history)


def test_an_exercise_nobody_tried_has_empty_stats(instructor_api):
    ExerciseFactory(slug="untouched")
    assert instructor_api.get("/api/v1/exercises/untouched/stats/").json() == {
        "exercise": "untouched", "attempts": 0, "learners": 0, "solved_by": 0,
        "pass_rate": None, "average_score": None, "verdicts": {}, "most_failed_tests": [],
    }  # fmt: skip


def test_the_migration_counts_the_submissions_made_before_the_tallies(history):
    def snapshot():
        fields = ("attempts", "graded", "accepted", "scored", "verdicts", "failures")
        learners = {
            (row["user_id"], row["exercise_id"]): row
            for row in LearnerTally.objects.filter(~Q(attempts=0)).values("user_id",
                                                                          "exercise_id", *fields)
        }  # fmt: skip
        exercises = {
            row["exercise_id"]: row
            for row in ExerciseTally.objects.values("exercise_id", "learners", "solved_by", *fields)
        }
        return learners, exercises

    kept = snapshot()
    LearnerTally.objects.all().delete()
    ExerciseTally.objects.all().delete()
    migration = importlib.import_module(
        "stepwise.submissions.migrations.0004_exercise_tallies_and_list_indexes"
    )
    migration.count_existing_submissions(apps, None)
    assert snapshot() == kept


def test_the_stats_agree_after_an_admin_deletes_accounts_in_the_admin(history):
    """The admin's delete goes through the same deletion as a learner's own: the tallies
    forget the learner, a class that keeps scores keeps them under no name."""
    from django.test import Client

    browser = Client()
    browser.force_login(history["admin"])
    bob, dee = history["people"]["bob"], history["people"]["dee"]
    one = browser.post(f"/admin/accounts/user/{bob.pk}/delete/", {"post": "yes"})
    assert one.status_code == 302
    several = browser.post(
        "/admin/accounts/user/",
        {"action": "delete_selected", "_selected_action": [dee.pk], "post": "yes"},
    )
    assert several.status_code == 302
    assert not LearnerTally.objects.filter(user__username__in=["bob", "dee"]).exists()
    assert Membership.objects.filter(classroom=history["keeps"], learner__is_active=False).exists()
    _assert_stats_agree(history)


def test_the_admin_refuses_to_delete_a_class_owner_and_says_why(history):
    from django.test import Client

    browser = Client()
    browser.force_login(history["admin"])
    owner = history["instructor"]
    response = browser.post(f"/admin/accounts/user/{owner.pk}/delete/", {"post": "yes"})
    page = response.content.decode()
    assert "Cannot delete" in page and "classroom" in page.lower()  # the classes it owns
    owner.refresh_from_db()  # still there


def test_tests_that_never_ran_are_not_counted_among_the_failed_ones():
    from stepwise.submissions.tallies import result_contribution

    tests = [_test("ran and failed", "error"), _test("never ran", "not_run")]
    counted = result_contribution(
        status="completed", verdict="runtime_error", score=0.0, tests=tests
    )
    assert dict(counted.failures) == {"ran and failed": 1}
