"""Reads of submissions, narrowed to what the user may see: a learner their own; an instructor
their own and those of the learners in the classes they teach; an admin everyone's."""

from collections import Counter

from django.db.models import Avg, Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from stepwise.classes.models import Classroom
from stepwise.classes.selectors import classes_taught, learners_taught_by
from stepwise.common.permissions import can_author, is_admin
from stepwise.curriculum.models import Exercise
from stepwise.submissions.models import RegradeJob, Submission


def submission_list(*, user) -> QuerySet[Submission]:
    submissions = Submission.objects.select_related("exercise", "user")
    if not user.is_authenticated:
        return submissions.none()
    if is_admin(user):
        return submissions
    if can_author(user):
        return submissions.filter(Q(user=user) | Q(user_id__in=learners_taught_by(user=user)))
    return submissions.filter(user=user)


def in_class(submissions: QuerySet[Submission], *, user, classroom: Classroom) -> QuerySet:
    """Only the submissions of `classroom`'s learners (a class `user` teaches)."""
    return submissions.filter(user_id__in=learners_taught_by(user=user, classroom=classroom))


def submission_get(*, user, submission_id: int) -> Submission:
    submissions = submission_list(user=user).prefetch_related("history")
    return get_object_or_404(submissions, pk=submission_id)


def regrade_jobs(*, user, exercise: Exercise) -> QuerySet[RegradeJob]:
    """An exercise's regrades `user` may follow: every one for an admin; for an instructor,
    those they started and those of the classes they teach."""
    jobs = RegradeJob.objects.filter(exercise=exercise).select_related("exercise", "requested_by")
    if is_admin(user):
        return jobs
    taught = classes_taught(user=user).values("pk")
    return jobs.filter(Q(requested_by=user) | Q(classroom__in=taught))


def exercise_stats(
    *, exercise: Exercise, user, classroom: Classroom | None = None, top_failed: int = 5
) -> dict:
    """An exercise's statistics over the learners `user` may see: those of `classroom`, or of
    every class they teach (everyone, for an admin)."""
    submissions = Submission.objects.filter(exercise=exercise)
    if classroom is not None:
        submissions = in_class(submissions, user=user, classroom=classroom)
    elif not is_admin(user):
        submissions = submissions.filter(user_id__in=learners_taught_by(user=user))
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
