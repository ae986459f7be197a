"""Reads of classes, narrowed to what the user may see, and the rule the rest of the API uses to
scope an instructor's reads: an instructor sees the work of the learners in the classes they
teach (as owner or co-instructor), and nobody else's; admins see everyone's."""

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from stepwise.classes.models import (
    Assignment,
    AssignmentExercise,
    AuditEvent,
    Classroom,
    Extension,
    Membership,
)
from stepwise.common.permissions import can_author, is_admin


def classes_taught(*, user) -> QuerySet[Classroom]:
    """The classes `user` teaches (every class, for an admin), with their learner counts."""
    classes = Classroom.objects.select_related("owner").prefetch_related("co_instructors")
    classes = classes.annotate(learner_count=Count("memberships", distinct=True)).order_by(
        "-created_at", "-id"
    )
    if is_admin(user):
        return classes
    if not can_author(user):
        return classes.none()
    return classes.filter(_taught_by(user))


def _taught_by(user, prefix: str = "") -> Q:
    """Classes owned by `user` or co-taught by them (a subquery: no duplicate rows)."""
    co_taught = Classroom.co_instructors.through.objects.filter(user=user).values("classroom_id")
    return Q(**{f"{prefix}owner": user}) | Q(**{f"{prefix}pk__in": co_taught})


def classroom_get_taught(*, user, classroom_id: int) -> Classroom:
    """A class `user` teaches, or 404 (a class they do not teach does not exist for them)."""
    return get_object_or_404(classes_taught(user=user), pk=classroom_id)


def can_manage(*, user, classroom: Classroom) -> bool:
    """Changing the class itself (details, archive, co-instructors) is for its owner and
    admins; co-instructors run the roster and the join code."""
    return is_admin(user) or classroom.owner_id == user.pk


def role_in_class(*, user, classroom: Classroom) -> str:
    if classroom.owner_id == user.pk:
        return "owner"
    if any(teacher.pk == user.pk for teacher in classroom.co_instructors.all()):
        return "co_instructor"
    return "admin"


def learners_taught_by(*, user, classroom: Classroom | None = None) -> QuerySet:
    """Ids of the learners whose work `user` may read, as a subquery; only the learners of
    `classroom` when given (which the caller has checked `user` teaches)."""
    memberships = Membership.objects.all()
    if not can_author(user):
        memberships = memberships.none()
    elif classroom is not None:
        memberships = memberships.filter(classroom=classroom)
    elif not is_admin(user):
        memberships = memberships.filter(_taught_by(user, "classroom__"))
    return memberships.values("learner_id")


def roster(*, classroom: Classroom) -> QuerySet[Membership]:
    return Membership.objects.filter(classroom=classroom).select_related("learner")


def membership_get_in_class(*, classroom: Classroom, learner_id: int) -> Membership:
    return get_object_or_404(roster(classroom=classroom), learner_id=learner_id)


def memberships_of(*, user) -> QuerySet[Membership]:
    """The classes a learner belongs to, newest first, with who teaches them."""
    return (
        Membership.objects.filter(learner=user)
        .select_related("classroom__owner")
        .prefetch_related("classroom__co_instructors")
        .order_by("-joined_at", "-id")
    )


def membership_get(*, user, classroom_id: int) -> Membership:
    return get_object_or_404(memberships_of(user=user), classroom_id=classroom_id)


def audit_events() -> QuerySet[AuditEvent]:
    return AuditEvent.objects.all()


def _with_extension_of(assignments: QuerySet[Assignment], learner) -> QuerySet[Assignment]:
    """Each assignment with `extension_due`: `learner`'s extended due time, or None."""
    extension = Extension.objects.filter(assignment=OuterRef("pk"), learner=learner)
    return assignments.annotate(extension_due=Subquery(extension.values("due_at")[:1]))


def assignments_with_exercise(*, learner, exercise) -> QuerySet[Assignment]:
    """The assignments of `learner`'s unarchived classes that include `exercise`."""
    assignments = Assignment.objects.filter(
        exercises=exercise,
        classroom__memberships__learner=learner,
        classroom__archived_at__isnull=True,
    )
    return _with_extension_of(assignments, learner)


def _ordered_exercises() -> Prefetch:
    return Prefetch(
        "assignment_exercises",
        queryset=AssignmentExercise.objects.select_related("exercise").order_by("position"),
    )


def assignments_of_class(*, classroom: Classroom) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(classroom=classroom)
        .prefetch_related(_ordered_exercises(), "extensions__learner")
        .order_by("due_at", "id")
    )


def assignment_get(*, classroom: Classroom, assignment_id: int) -> Assignment:
    return get_object_or_404(assignments_of_class(classroom=classroom), pk=assignment_id)


def assignments_of_learner(*, learner) -> QuerySet[Assignment]:
    """What `learner` has to do: the opened-or-not assignments of their unarchived classes,
    soonest due first, with their extension."""
    assignments = (
        Assignment.objects.filter(
            classroom__memberships__learner=learner, classroom__archived_at__isnull=True
        )
        .select_related("classroom")
        .prefetch_related(_ordered_exercises())
        .order_by("due_at", "id")
    )
    return _with_extension_of(assignments, learner)
