"""A learner's own data: all of it, downloadable as JSON; and the deletion of their account.

Deleting an account removes everything of the learner's. The one exception is the classes
that chose ahead of time to keep scores anonymously (`Classroom.on_learner_deletion`). There,
the submissions that count in the class's assignments move to a fresh placeholder account
with no name, no e-mail and no password. Their answers, test output and warnings are emptied,
and only the verdicts, scores and times stay. The audit log keeps its events, but the
learner's name in them is replaced: the only change an audit event ever undergoes."""

import json
import secrets
from collections.abc import Iterator

from django.db import transaction

from grading.kinds import KINDS as GRADING_KINDS
from stepwise.accounts.models import User
from stepwise.classes.models import AuditEvent, Classroom, Membership
from stepwise.classes.services import audit
from stepwise.common.domain import InvalidChange, StateConflict
from stepwise.progress.models import ActiveDay, ExerciseProgress
from stepwise.submissions.models import AssignmentWork, Draft, Run, Submission
from stepwise.submissions.tallies import tally_forget_learner, tally_recount_learner

DELETED_NAME = "(deleted account)"
_EMPTY = {list: [], str: "", dict: {}}


def _empty_answer(kind: str) -> dict:
    spec = GRADING_KINDS[kind]
    return {"kind": kind, spec.answer_key: _EMPTY[spec.answer_type]}


def _json(value) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def export_chunks(*, user: User) -> Iterator[str]:
    """The learner's data as one JSON document, in pieces (a long history is never held in
    memory at once): profile, classes, progress, active days, drafts, runs, then every
    submission, oldest first. Runs are in it although only the newest few per exercise are
    kept: those few stay as long as the account does, so they are data held about the learner
    like any other."""
    profile = {
        "username": user.username,
        "email": user.email,
        "display_name": user.display_name,
        "date_joined": user.date_joined,
        "role": user.role,
    }
    yield '{"profile":' + _json(profile)
    classes = [
        {"class": m.classroom.name, "joined_at": m.joined_at}
        for m in Membership.objects.filter(learner=user).select_related("classroom")
    ]
    yield ',"classes":' + _json(classes)
    progress = list(
        ExerciseProgress.objects.filter(user=user).values(
            "exercise__slug", "attempts", "best_score", "solved_at", "updated_at"
        )
    )
    yield ',"progress":' + _json(progress)
    active_days = list(
        ActiveDay.objects.filter(user=user).order_by("day").values_list("day", flat=True)
    )
    yield ',"active_days":' + _json(active_days)
    drafts = list(
        Draft.objects.filter(user=user)
        .order_by("id")
        .values("exercise__slug", "answer", "updated_at")
    )
    yield ',"drafts":' + _json(drafts)
    run_fields = ("id", "exercise__slug", "answer", "status", "verdict", "score", "created_at",
                  "finished_at")  # fmt: skip
    yield ',"runs":' + _json(list(Run.objects.filter(user=user).order_by("id").values(*run_fields)))
    yield ',"submissions":['
    fields = ("id", "exercise__slug", "answer", "status", "verdict", "score", "created_at",
              "finished_at", "tests_version")  # fmt: skip
    rows = Submission.objects.filter(user=user).order_by("id").values(*fields)
    for index, row in enumerate(rows.iterator(chunk_size=500)):
        yield ("," if index else "") + _json(row)
    yield "]}"


def _check_password(user: User, password: str) -> None:
    if not user.check_password(password or ""):
        raise InvalidChange({"password": ["The password is not right."]})


@transaction.atomic
def account_delete(*, user: User, password: str) -> None:
    """A user deleting their own account: their password confirms it."""
    _check_password(user, password)
    account_erase(user=user)


@transaction.atomic
def account_erase(*, user: User) -> None:
    """Delete an account and everything of it, except the scores a class chose ahead of time
    to keep anonymously; the exercise statistics forget the learner. The one way an account
    goes, whether its owner asks (`account_delete`) or an admin does it in the admin."""
    if Classroom.objects.filter(owner=user).exists():
        raise StateConflict(
            "This account owns classes: archive them and hand them over to another instructor "
            "first."
        )
    keeping = Classroom.objects.filter(
        memberships__learner=user,
        on_learner_deletion=Classroom.OnLearnerDeletion.ANONYMISE,
    )
    for classroom in keeping:
        _anonymise_in(classroom, user)
    # The exercise stats forget the learner; the anonymous accounts' kept work counts on.
    tally_forget_learner(user_id=user.pk)
    AuditEvent.objects.filter(actor_id=user.pk).update(actor_username=DELETED_NAME)
    AuditEvent.objects.filter(subject_id=user.pk).update(subject_username=DELETED_NAME)
    audit(AuditEvent.Action.ACCOUNT_DELETED, actor=None, classroom=None)
    # The rest goes with the account: submissions, runs, drafts, progress, memberships.
    user.delete()


def _anonymise_in(classroom: Classroom, user: User) -> None:
    placeholder = User(
        username=f"deleted-{secrets.token_hex(6)}",
        email="",
        display_name="Deleted learner",
        is_active=False,
    )
    placeholder.set_unusable_password()
    placeholder.save()
    Membership.objects.filter(classroom=classroom, learner=user).update(learner=placeholder)
    work = AssignmentWork.objects.filter(learner=user, assignment__classroom=classroom)
    submission_ids = list(work.values_list("submission_id", flat=True).distinct())
    work.update(learner=placeholder)
    kept = Submission.objects.filter(pk__in=submission_ids)
    for kind in set(kept.values_list("exercise__kind", flat=True)):
        kept.filter(exercise__kind=kind).update(
            user=placeholder, answer=_empty_answer(kind), tests=[], warnings=[], detail=""
        )
    tally_recount_learner(user_id=placeholder.pk)
