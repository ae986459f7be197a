"""Keeping the exercise tallies (`LearnerTally`, `ExerciseTally`) in line with the submissions.

Every change to what a submission counts for is written in the transaction that makes the
change: a new submission (one attempt: `tally_attempt`), a stored result, a regrade (the old
result out, the new one in), and an account's deletion (its rows out, and the rows of the
anonymous account that keeps some of its scores in), all through `tally_change`. The learner's
row is locked first, then the exercise's, always in that order, so concurrent changes queue
rather than deadlock.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import connection, transaction

from stepwise.submissions.models import ExerciseTally, LearnerTally, Submission

_COUNTS = ("attempts", "graded", "accepted", "scored", "score_sum")


@dataclass
class Contribution:
    """What some submissions add to a tally (negative: what they take away)."""

    attempts: int = 0
    graded: int = 0
    accepted: int = 0
    scored: int = 0
    score_sum: float = 0.0
    verdicts: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)

    def __add__(self, other: "Contribution") -> "Contribution":
        total = Contribution(
            **{name: getattr(self, name) + getattr(other, name) for name in _COUNTS}
        )
        total.verdicts.update(self.verdicts)
        total.verdicts.update(other.verdicts)
        total.failures.update(self.failures)
        total.failures.update(other.failures)
        return total

    def __neg__(self) -> "Contribution":
        negated = Contribution(**{name: -getattr(self, name) for name in _COUNTS})
        negated.verdicts.subtract(self.verdicts)
        negated.failures.subtract(self.failures)
        return negated


def result_contribution(*, status: str, verdict: str, score: float | None, tests) -> Contribution:
    """What a stored result counts for (not the attempt: that is counted when it is made).
    Only graded (`completed`) results count; a platform error has no verdict."""
    if status != Submission.Status.COMPLETED:
        return Contribution()
    counted = Contribution(graded=1, verdicts=Counter({verdict: 1}))
    if score is not None:
        counted.scored, counted.score_sum = 1, float(score)
    if verdict == Submission.Verdict.ACCEPTED:
        counted.accepted = 1
    else:
        counted.failures = Counter(
            test.get("name", "?")
            for test in tests or []
            if test.get("status") not in ("pass", "not_run")  # a test that never ran did not fail
        )
    return counted


def submission_contribution(submission: Submission) -> Contribution:
    """What a stored submission counts for: its attempt and its result."""
    return Contribution(attempts=1) + result_contribution(
        status=submission.status,
        verdict=submission.verdict,
        score=submission.score,
        tests=submission.tests,
    )


def _apply(row, change: Contribution) -> None:
    for name in _COUNTS:
        setattr(row, name, getattr(row, name) + getattr(change, name))
    for name in ("verdicts", "failures"):
        merged = Counter(getattr(row, name))
        merged.update(getattr(change, name))
        # A count back at zero is dropped: the stats list only what happened.
        setattr(row, name, {key: n for key, n in merged.items() if n})


def _locked(model, **key):
    model.objects.bulk_create([model(**key)], ignore_conflicts=True)
    return model.objects.select_for_update().get(**key)


@transaction.atomic(savepoint=False)  # a part of the caller's transaction, when there is one
def tally_change(*, user_id: int, exercise_id: int, change: Contribution) -> None:
    """Add `change` to the learner's tally on the exercise and to the exercise's."""
    learner = _locked(LearnerTally, user_id=user_id, exercise_id=exercise_id)
    was_counted, had_solved = learner.attempts > 0, learner.accepted > 0
    _apply(learner, change)
    learner.save()
    exercise = _locked(ExerciseTally, exercise_id=exercise_id)
    _apply(exercise, change)
    exercise.learners += int(learner.attempts > 0) - int(was_counted)
    exercise.solved_by += int(learner.accepted > 0) - int(had_solved)
    exercise.save()


def tally_attempt(*, user_id: int, exercise_id: int) -> None:
    """Count a new submission: `tally_change` with one attempt, in two statements instead of
    six, since every submission pays for it while the learner waits for the response."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO submissions_learnertally (user_id, exercise_id, attempts, graded, "
            "accepted, scored, score_sum, verdicts, failures) "
            "VALUES (%s, %s, 1, 0, 0, 0, 0, '{}', '{}') ON CONFLICT (exercise_id, user_id) "
            "DO UPDATE SET attempts = submissions_learnertally.attempts + 1 RETURNING attempts",
            [user_id, exercise_id],
        )
        first = cursor.fetchone()[0] == 1  # the learner's first attempt: one more learner
        cursor.execute(
            "INSERT INTO submissions_exercisetally (exercise_id, attempts, graded, accepted, "
            "scored, score_sum, verdicts, failures, learners, solved_by) "
            "VALUES (%s, 1, 0, 0, 0, 0, '{}', '{}', %s, 0) ON CONFLICT (exercise_id) "
            "DO UPDATE SET attempts = submissions_exercisetally.attempts + 1, "
            "learners = submissions_exercisetally.learners + EXCLUDED.learners",
            [exercise_id, int(first)],
        )


def _as_contribution(row: LearnerTally) -> Contribution:
    return Contribution(
        **{name: getattr(row, name) for name in _COUNTS},
        verdicts=Counter(row.verdicts),
        failures=Counter(row.failures),
    )


@transaction.atomic
def tally_forget_learner(*, user_id: int) -> None:
    """Take the learner's rows out of the exercise tallies (their account is being deleted)."""
    rows = LearnerTally.objects.select_for_update().filter(user_id=user_id).order_by("exercise_id")
    for row in rows:
        tally_change(user_id=user_id, exercise_id=row.exercise_id, change=-_as_contribution(row))
    LearnerTally.objects.filter(user_id=user_id).delete()


@transaction.atomic
def tally_recount_learner(*, user_id: int) -> None:
    """Count the learner's submissions again, after they changed outside the usual steps (moved
    to this account, emptied)."""
    tally_forget_learner(user_id=user_id)
    counted: dict[int, Contribution] = {}
    for submission in Submission.objects.filter(user_id=user_id).only(
        "exercise_id", "status", "verdict", "score", "tests"
    ):
        so_far = counted.get(submission.exercise_id, Contribution())
        counted[submission.exercise_id] = so_far + submission_contribution(submission)
    for exercise_id in sorted(counted):
        tally_change(user_id=user_id, exercise_id=exercise_id, change=counted[exercise_id])
