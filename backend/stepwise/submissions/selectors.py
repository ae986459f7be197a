"""Reads of submissions, narrowed to what the user may see: their own, or all for authors."""

from collections import Counter

from django.db.models import Avg, Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from stepwise.common.permissions import can_author
from stepwise.curriculum.models import Exercise
from stepwise.submissions.models import Submission


def submission_list(*, user) -> QuerySet[Submission]:
    submissions = Submission.objects.select_related("exercise", "user")
    if not user.is_authenticated:
        return submissions.none()
    if not can_author(user):
        submissions = submissions.filter(user=user)
    return submissions


def submission_get(*, user, submission_id: int) -> Submission:
    return get_object_or_404(submission_list(user=user), pk=submission_id)


def exercise_stats(*, exercise: Exercise, top_failed: int = 5) -> dict:
    submissions = Submission.objects.filter(exercise=exercise)
    graded = submissions.filter(status=Submission.Status.COMPLETED)
    totals = submissions.aggregate(
        attempts=Count("id"),
        learners=Count("user", distinct=True),
        solved_by=Count("user", distinct=True, filter=Q(verdict=Submission.Verdict.ACCEPTED)),
    )
    graded_totals = graded.aggregate(
        graded=Count("id"),
        accepted=Count("id", filter=Q(verdict=Submission.Verdict.ACCEPTED)),
        average_score=Avg("score"),
    )
    verdicts = dict(
        graded.values_list("verdict").annotate(n=Count("id")).values_list("verdict", "n")
    )
    failures: Counter[str] = Counter()
    # Only the test lists are loaded; a few thousand rows of JSON is fine for a stats page.
    for tests in graded.exclude(verdict=Submission.Verdict.ACCEPTED).values_list(
        "tests", flat=True
    ):
        for test in tests or []:
            if test.get("status") != "pass":
                failures[test.get("name", "?")] += 1
    graded_count = graded_totals["graded"]
    return {
        "exercise": exercise.slug,
        "attempts": totals["attempts"],
        "learners": totals["learners"],
        "solved_by": totals["solved_by"],
        "pass_rate": graded_totals["accepted"] / graded_count if graded_count else None,
        "average_score": graded_totals["average_score"],
        "verdicts": verdicts,
        "most_failed_tests": [
            {"name": name, "failures": count} for name, count in failures.most_common(top_failed)
        ],
    }
