"""Changes to classes and their rosters. Each change that affects who is in a class, or who
teaches it, is recorded in the audit log in the same transaction."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone

from stepwise.accounts.models import User
from stepwise.classes.models import (
    Assignment,
    AssignmentExercise,
    AuditEvent,
    Classroom,
    Extension,
    Membership,
)
from stepwise.common.domain import InvalidChange, StateConflict

# No 0/O, 1/I/L: a code is read aloud in a classroom and typed from a slide.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8
NO_SUCH_CODE = "No open class has this join code."


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(code: str) -> str:
    """What a learner typed, as stored: case and spaces or dashes do not matter."""
    return "".join(ch for ch in str(code).upper() if ch.isalnum())


def audit(action: str, *, actor: User | None, classroom: Classroom | None, subject=None) -> None:
    AuditEvent.objects.create(
        action=action,
        actor_id=getattr(actor, "pk", None),
        actor_username=getattr(actor, "username", ""),
        class_id=getattr(classroom, "pk", None),
        class_name=getattr(classroom, "name", ""),
        subject_id=getattr(subject, "pk", None),
        subject_username=getattr(subject, "username", ""),
    )


def _refuse_if_archived(classroom: Classroom) -> None:
    if classroom.is_archived:
        raise StateConflict("This class is archived: restore it before changing it.")


def _check_dates(starts_on, ends_on) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidChange({"ends_on": ["The class cannot end before it starts."]})


def _save_with_new_code(classroom: Classroom) -> None:
    """Save with a fresh join code, drawing again in the unlikely case of a collision."""
    for _ in range(5):
        classroom.join_code = new_join_code()
        try:
            with transaction.atomic():
                classroom.save()
            return
        except IntegrityError:
            continue
    raise StateConflict("Could not draw a free join code; try again.")


@transaction.atomic
def classroom_create(*, owner: User, name: str, description: str = "", starts_on=None,
                     ends_on=None, on_learner_deletion: str = "remove") -> Classroom:  # fmt: skip
    _check_dates(starts_on, ends_on)
    classroom = Classroom(
        owner=owner, name=name, description=description, starts_on=starts_on, ends_on=ends_on,
        on_learner_deletion=on_learner_deletion,
    )  # fmt: skip
    _save_with_new_code(classroom)
    audit(AuditEvent.Action.CLASS_CREATED, actor=owner, classroom=classroom)
    return classroom


def classroom_update(*, classroom: Classroom, **fields) -> Classroom:
    _refuse_if_archived(classroom)
    _check_dates(
        fields.get("starts_on", classroom.starts_on), fields.get("ends_on", classroom.ends_on)
    )
    for name, value in fields.items():
        setattr(classroom, name, value)
    classroom.save()
    return classroom


@transaction.atomic
def classroom_archive(*, classroom: Classroom, actor: User) -> Classroom:
    if not classroom.is_archived:
        classroom.archived_at = timezone.now()
        classroom.save(update_fields=["archived_at"])
        audit(AuditEvent.Action.CLASS_ARCHIVED, actor=actor, classroom=classroom)
    return classroom


@transaction.atomic
def classroom_restore(*, classroom: Classroom, actor: User) -> Classroom:
    if classroom.is_archived:
        classroom.archived_at = None
        classroom.save(update_fields=["archived_at"])
        audit(AuditEvent.Action.CLASS_RESTORED, actor=actor, classroom=classroom)
    return classroom


@transaction.atomic
def join_code_rotate(*, classroom: Classroom, actor: User) -> Classroom:
    """A new code (also re-opens joining); the old one stops working at once."""
    _refuse_if_archived(classroom)
    _save_with_new_code(classroom)
    audit(AuditEvent.Action.JOIN_CODE_ROTATED, actor=actor, classroom=classroom)
    return classroom


@transaction.atomic
def join_code_disable(*, classroom: Classroom, actor: User) -> Classroom:
    _refuse_if_archived(classroom)
    if classroom.join_code is not None:
        classroom.join_code = None
        classroom.save(update_fields=["join_code"])
        audit(AuditEvent.Action.JOIN_CODE_DISABLED, actor=actor, classroom=classroom)
    return classroom


@transaction.atomic
def class_join(*, user: User, code: str) -> tuple[Membership, bool]:
    """Join the open class with this code; returns the membership and whether it is new
    (joining a class twice changes nothing)."""
    code = normalise_join_code(code)
    classroom = (
        Classroom.objects.select_for_update()
        .filter(join_code=code, archived_at__isnull=True)
        .first()
        if code
        else None
    )
    if classroom is None:
        raise InvalidChange({"code": [NO_SUCH_CODE]})
    if classroom.owner_id == user.pk or classroom.co_instructors.filter(pk=user.pk).exists():
        raise InvalidChange({"code": ["You teach this class; learners join it."]})
    membership, created = Membership.objects.get_or_create(classroom=classroom, learner=user)
    if created:
        audit(AuditEvent.Action.LEARNER_JOINED, actor=user, classroom=classroom, subject=user)
    return membership, created


@transaction.atomic
def class_leave(*, membership: Membership) -> None:
    classroom = membership.classroom
    _refuse_if_archived(classroom)
    learner = membership.learner
    membership.delete()
    audit(AuditEvent.Action.LEARNER_LEFT, actor=learner, classroom=classroom, subject=learner)


@transaction.atomic
def learner_remove(*, membership: Membership, actor: User) -> None:
    classroom = membership.classroom
    _refuse_if_archived(classroom)
    learner = membership.learner
    membership.delete()
    audit(AuditEvent.Action.LEARNER_REMOVED, actor=actor, classroom=classroom, subject=learner)


@transaction.atomic
def co_instructor_add(*, classroom: Classroom, actor: User, username: str) -> User:
    _refuse_if_archived(classroom)
    user = User.objects.filter(username__iexact=username).first()
    if user is None or not user.can_author:
        raise InvalidChange({"username": ["No instructor has this username."]})
    if user.pk == classroom.owner_id:
        raise InvalidChange({"username": ["The owner already teaches this class."]})
    if Membership.objects.filter(classroom=classroom, learner=user).exists():
        raise InvalidChange({"username": ["A learner of this class cannot also teach it."]})
    if not classroom.co_instructors.filter(pk=user.pk).exists():
        classroom.co_instructors.add(user)
        audit(AuditEvent.Action.INSTRUCTOR_ADDED, actor=actor, classroom=classroom, subject=user)
    return user


@transaction.atomic
def co_instructor_remove(*, classroom: Classroom, actor: User, user: User) -> None:
    _refuse_if_archived(classroom)
    classroom.co_instructors.remove(user)
    audit(AuditEvent.Action.INSTRUCTOR_REMOVED, actor=actor, classroom=classroom, subject=user)


# --- assignments ---------------------------------------------------------------------------

MAX_ASSIGNMENT_EXERCISES = 50


def _check_times(opens_at, due_at, cutoff_at) -> None:
    errors = {}
    if due_at <= opens_at:
        errors["due_at"] = ["The due time must come after the opening time."]
    if cutoff_at is not None and cutoff_at < due_at:
        errors["cutoff_at"] = ["The cut-off cannot come before the due time."]
    if errors:
        raise InvalidChange(errors)


def _exercises_by_slug(slugs: list[str]) -> list:
    from stepwise.curriculum.models import Exercise

    if len(set(slugs)) != len(slugs):
        raise InvalidChange({"exercises": ["Each exercise may appear once."]})
    found = {e.slug: e for e in Exercise.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in found]
    if unknown:
        raise InvalidChange({"exercises": [f"No such exercise: {', '.join(unknown[:5])}."]})
    return [found[slug] for slug in slugs]


def _set_exercises(assignment: Assignment, exercises: list) -> None:
    AssignmentExercise.objects.filter(assignment=assignment).delete()
    AssignmentExercise.objects.bulk_create(
        AssignmentExercise(assignment=assignment, exercise=exercise, position=position)
        for position, exercise in enumerate(exercises, start=1)
    )


@transaction.atomic
def assignment_create(*, classroom: Classroom, title: str, opens_at, due_at, exercises: list[str],
                      late_multiplier: float = 1.0, cutoff_at=None) -> Assignment:  # fmt: skip
    _refuse_if_archived(classroom)
    _check_times(opens_at, due_at, cutoff_at)
    chosen = _exercises_by_slug(exercises)
    assignment = Assignment.objects.create(
        classroom=classroom, title=title, opens_at=opens_at, due_at=due_at,
        late_multiplier=late_multiplier, cutoff_at=cutoff_at,
    )  # fmt: skip
    _set_exercises(assignment, chosen)
    return assignment


@transaction.atomic
def assignment_update(*, assignment: Assignment, **fields) -> Assignment:
    """Change an assignment. Work already recorded keeps the timing it had when it came:
    moving a deadline changes what counts from then on, not history."""
    _refuse_if_archived(assignment.classroom)
    slugs = fields.pop("exercises", None)
    _check_times(
        fields.get("opens_at", assignment.opens_at),
        fields.get("due_at", assignment.due_at),
        fields.get("cutoff_at", assignment.cutoff_at),
    )
    for name, value in fields.items():
        setattr(assignment, name, value)
    assignment.save()
    if slugs is not None:
        _set_exercises(assignment, _exercises_by_slug(slugs))
    return assignment


def assignment_delete(*, assignment: Assignment) -> None:
    _refuse_if_archived(assignment.classroom)
    assignment.delete()


@transaction.atomic
def extension_grant(*, assignment: Assignment, learner_id: int, due_at) -> Extension:
    _refuse_if_archived(assignment.classroom)
    members = Membership.objects.filter(classroom=assignment.classroom)
    if not members.filter(learner_id=learner_id).exists():
        raise InvalidChange({"learner": ["Not a learner of this class."]})
    if due_at <= assignment.due_at:
        raise InvalidChange({"due_at": ["An extension moves the due time later."]})
    extension, _ = Extension.objects.update_or_create(
        assignment=assignment, learner_id=learner_id, defaults={"due_at": due_at}
    )
    return extension


def extension_revoke(*, assignment: Assignment, learner_id: int) -> None:
    _refuse_if_archived(assignment.classroom)
    Extension.objects.filter(assignment=assignment, learner_id=learner_id).delete()
