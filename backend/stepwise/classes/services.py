"""Changes to classes and their rosters. Each change that affects who is in a class, or who
teaches it, is recorded in the audit log in the same transaction."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework.exceptions import ValidationError

from stepwise.accounts.models import User
from stepwise.classes.models import AuditEvent, Classroom, Membership
from stepwise.common.errors import Conflict

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
        raise Conflict("This class is archived: restore it before changing it.")


def _check_dates(starts_on, ends_on) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": ["The class cannot end before it starts."]})


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
    raise Conflict("Could not draw a free join code; try again.")


@transaction.atomic
def classroom_create(*, owner: User, name: str, description: str = "", starts_on=None,
                     ends_on=None) -> Classroom:  # fmt: skip
    _check_dates(starts_on, ends_on)
    classroom = Classroom(
        owner=owner, name=name, description=description, starts_on=starts_on, ends_on=ends_on
    )
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
        raise ValidationError({"code": [NO_SUCH_CODE]})
    if classroom.owner_id == user.pk or classroom.co_instructors.filter(pk=user.pk).exists():
        raise ValidationError({"code": ["You teach this class; learners join it."]})
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
        raise ValidationError({"username": ["No instructor has this username."]})
    if user.pk == classroom.owner_id:
        raise ValidationError({"username": ["The owner already teaches this class."]})
    if Membership.objects.filter(classroom=classroom, learner=user).exists():
        raise ValidationError({"username": ["A learner of this class cannot also teach it."]})
    if not classroom.co_instructors.filter(pk=user.pk).exists():
        classroom.co_instructors.add(user)
        audit(AuditEvent.Action.INSTRUCTOR_ADDED, actor=actor, classroom=classroom, subject=user)
    return user


@transaction.atomic
def co_instructor_remove(*, classroom: Classroom, actor: User, user: User) -> None:
    _refuse_if_archived(classroom)
    classroom.co_instructors.remove(user)
    audit(AuditEvent.Action.INSTRUCTOR_REMOVED, actor=actor, classroom=classroom, subject=user)
