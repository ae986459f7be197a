"""Reads of submissions, narrowed to what the user may see: a learner their own; an instructor
their own and those of the learners in the classes they teach; an admin everyone's."""

from collections import Counter

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from stepwise.classes.models import Classroom
from stepwise.classes.selectors import classes_taught, learners_taught_by
from stepwise.common.markdown import render_markdown
from stepwise.common.permissions import can_author, is_admin
from stepwise.curriculum.models import Exercise
from stepwise.curriculum.selectors import exercise_list
from stepwise.submissions.models import (
    Draft,
    ExerciseTally,
    LearnerTally,
    RegradeJob,
    Run,
    Submission,
)


def submission_list(*, user) -> QuerySet[Submission]:
    submissions = Submission.objects.select_related("exercise", "user")
    if not user.is_authenticated:
        return submissions.none()
    if is_admin(user):
        return submissions
    if can_author(user):
        # Their learners' rows are a small share of the table: a page is read learner by
        # learner (see `OwnedRowsQuerySet`), not by walking everyone's newest rows.
        # A union, not `pk = me OR pk IN (...)`: an OR there reads the whole user table.
        yourself = get_user_model().objects.filter(pk=user.pk).values("pk")
        readable = get_user_model().objects.filter(
            pk__in=learners_taught_by(user=user).order_by().union(yourself, all=True)
        )
        return submissions.of_owners(readable, field="user")
    return submissions.filter(user=user)


def in_class(submissions: QuerySet[Submission], *, user, classroom: Classroom) -> QuerySet:
    """Only the submissions of `classroom`'s learners (a class `user` teaches)."""
    members = get_user_model().objects.filter(
        pk__in=learners_taught_by(user=user, classroom=classroom)
    )
    return submissions.of_owners(members, field="user")


def submission_get(*, user, submission_id: int) -> Submission:
    submissions = submission_list(user=user).prefetch_related("history")
    return get_object_or_404(submissions, pk=submission_id)


def run_get(*, user, run_id: int) -> Run:
    """One of the user's own runs: nobody else reads a run, instructors included."""
    return get_object_or_404(Run.objects.select_related("exercise"), pk=run_id, user=user.pk)


def draft_list(*, user) -> QuerySet[Draft]:
    """The user's drafts, most recently saved first, of exercises they can still see."""
    visible = exercise_list(user=user).values("pk")
    return Draft.objects.filter(user=user.pk, exercise__in=visible).select_related("exercise")


def draft_get(*, user, exercise: Exercise) -> Draft:
    return get_object_or_404(
        Draft.objects.select_related("exercise"), user=user.pk, exercise=exercise
    )


EXPLAINED_KINDS = (Exercise.Kind.CHOICE, Exercise.Kind.TEXT)


def submission_detail_context(*, user, submission: Submission) -> dict:
    """What `user` may see of `submission` beyond what every reader sees: a hidden test's real
    message and call (instructors and admins, who may read the hidden tests themselves), and
    the exercise's explanation (see `explanation_html` in the contract for when)."""
    privileged = can_author(user) or is_admin(user)
    return {
        "reveal_hidden": privileged,
        "explanation_html": _explanation(submission, privileged=privileged),
    }


def _explanation(submission: Submission, *, privileged: bool) -> str | None:
    exercise = submission.exercise
    text = (exercise.private_spec or {}).get("explanation")
    graded = submission.status == Submission.Status.COMPLETED
    if exercise.kind not in EXPLAINED_KINDS or not graded or not isinstance(text, str):
        return None
    if not text.strip():
        return None
    accepted = Submission.Verdict.ACCEPTED
    if not (privileged or submission.verdict == accepted):
        # A wrong answer shows it only to a learner who has solved the exercise already: to
        # anyone else it would give away the answer to type next.
        solved = LearnerTally.objects.filter(
            user_id=submission.user_id, exercise_id=submission.exercise_id, accepted__gt=0
        )
        if not solved.exists():
            return None
    return render_markdown(text)


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
    every class they teach (everyone, for an admin). Read from the tallies kept as submissions
    are made and graded: one row for everyone, else one row per learner in scope."""
    if classroom is None and is_admin(user):
        rows = list(ExerciseTally.objects.filter(exercise=exercise))
        learners = sum(row.learners for row in rows)
        solved_by = sum(row.solved_by for row in rows)
    else:
        rows = list(
            LearnerTally.objects.filter(
                exercise=exercise,
                # A subquery over memberships: a learner in two of the classes counts once.
                user_id__in=learners_taught_by(user=user, classroom=classroom),
            )
        )
        learners = sum(1 for row in rows if row.attempts)
        solved_by = sum(1 for row in rows if row.accepted)
    graded = sum(row.graded for row in rows)
    scored = sum(row.scored for row in rows)
    verdicts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    for row in rows:
        verdicts.update(row.verdicts)
        failures.update(row.failures)
    # Most failures first; a tie goes by name, so the list is the same on every read.
    most_failed = sorted(failures.items(), key=lambda item: (-item[1], item[0]))[:top_failed]
    return {
        "exercise": exercise.slug,
        "attempts": sum(row.attempts for row in rows),
        "learners": learners,
        "solved_by": solved_by,
        "pass_rate": sum(row.accepted for row in rows) / graded if graded else None,
        "average_score": sum(row.score_sum for row in rows) / scored if scored else None,
        "verdicts": {verdict: n for verdict, n in verdicts.items() if n},
        "most_failed_tests": [{"name": name, "failures": n} for name, n in most_failed if n],
    }
