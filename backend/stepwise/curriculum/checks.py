"""Checking an exercise before it is published: its reference solution must pass every test,
its starter and each listed wrong answer must fail at least one.

`answer_outcome` is the judgement `content_check` applies to the curriculum files too, so an
exercise written in the app and one written as files are held to the same rule. A check of a
sandboxed exercise is a job (`ExerciseCheck`): the row is written first with one pending entry
per answer, a Celery task grades one answer per step and queues the next, so a worker killed
mid-check loses at most the answer it was grading, and the sweep (`check_requeue_stuck`)
queues a stuck check again. Choice and text exercises are checked inside the request.
"""

import dataclasses
import functools
import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from grading.results import GradeResult, TestStatus, Verdict
from grading.text import truncate
from stepwise.curriculum import services
from stepwise.curriculum.models import Exercise, ExerciseCheck
from stepwise.curriculum.selectors import grading_spec

logger = logging.getLogger(__name__)

MAX_MESSAGE = 400
MAX_WRONG_ANSWERS = 10
# Which answers must be accepted; the others must be rejected.
MUST_PASS = {"reference": True, "normalised": True, "starter": False, "wrong": False}


@functools.cache
def sandbox_config():
    """The sandbox settings of this process (shared by submissions and checks)."""
    from grading import SandboxConfig

    config = SandboxConfig.from_env()
    config.require_sandbox = settings.GRADING_REQUIRE_SANDBOX
    return config


@dataclasses.dataclass
class Outcome:
    """What grading an answer showed: whether it got what its role requires (`ok`), whether
    it was accepted (None when it could not be graded), the tests that did not pass."""

    ok: bool
    accepted: bool | None
    failing: list[dict]
    error: str = ""


def short(message: str) -> str:
    return truncate(" ".join(message.split()), MAX_MESSAGE)


def answer_outcome(result, *, role: str) -> Outcome:
    """Judge a `grading.GradeResult` of an answer in `role` (reference, starter, wrong...)."""
    if result.status != "completed":
        return Outcome(False, None, [], result.error or "the grader failed")
    accepted = result.verdict == Verdict.ACCEPTED
    failing = [
        {"name": test.name, "status": str(test.status), "message": short(test.message)}
        for test in result.tests
        if test.status != TestStatus.PASS
    ]
    return Outcome(accepted == MUST_PASS[role], accepted, failing)


# --- the answers a check grades ------------------------------------------------------------


def _entry(role: str, name: str) -> dict:
    return {"role": role, "name": name, "must_pass": MUST_PASS[role], "ok": None,
            "verdict": "", "failing_tests": [], "error": ""}  # fmt: skip


def answers_to_check(exercise: Exercise) -> list[tuple[dict, object]]:
    """Each answer the check grades, as (its result entry, the value the grader receives)."""
    spec, private = exercise.spec, exercise.private_spec
    if exercise.kind == "choice":
        answers = [(_entry("reference", "the correct options"), list(private["correct"]))]
        options = [option["id"] for option in spec["options"]]
        if spec.get("multiple"):
            answers.append((_entry("wrong", "every option chosen"), options))
        else:
            answers += [(_entry("wrong", f"option {o}"), [o]) for o in options
                        if o not in private["correct"]]  # fmt: skip
        return answers
    if exercise.kind == "text":
        answers = [(_entry("starter", "an empty answer"), "")]
        if private.get("match") != "regex":  # a pattern is not an answer to try
            answers += [(_entry("reference", f"accepted answer {a!r}"), str(a))
                        for a in private["accepted"]]  # fmt: skip
        return answers
    answers = [
        (_entry("reference", "reference solution"), private.get("solution")),
        (_entry("starter", "starter"), spec.get("starter")),
    ]
    for number, wrong in enumerate(private.get("wrong_answers") or [], start=1):
        answers.append((_entry("wrong", f"wrong answer {number}"), wrong))
    return answers


def _grade(exercise: Exercise, value):
    from grading import Limits, grade

    config = sandbox_config() if exercise.is_sandboxed else None
    limits = Limits.from_dict(exercise.limits or {})
    try:
        return grade(exercise.kind, value, grading_spec(exercise), limits=limits, config=config)
    except Exception as exc:  # the grader must never raise; report it rather than stop
        logger.exception("Checking exercise %s: the grader raised", exercise.pk)
        return GradeResult.platform_error(f"the grader raised {type(exc).__name__}")


def _fill(entry: dict, result) -> dict:
    outcome = answer_outcome(result, role=entry["role"])
    return {**entry, "ok": outcome.ok, "verdict": str(result.verdict or ""),
            "failing_tests": outcome.failing, "error": outcome.error}  # fmt: skip


# --- the job -------------------------------------------------------------------------------


def check_start(*, exercise: Exercise, user) -> ExerciseCheck:
    """Start checking `exercise` as stored. A choice or text exercise is checked at once; a
    sandboxed one is queued for the workers after the caller's transaction commits."""
    answers = answers_to_check(exercise)
    check = ExerciseCheck(
        exercise=exercise,
        requested_by=user,
        tests_version=exercise.tests_version,
        grading_digest=services.exercise_content_digest(exercise=exercise),
        results=[entry for entry, _ in answers],
    )
    if not exercise.is_sandboxed:
        check.results = [_fill(entry, _grade(exercise, value)) for entry, value in answers]
        check.status = ExerciseCheck.Status.DONE
        check.passed = all(entry["ok"] for entry in check.results)
        check.finished_at = timezone.now()
        check.save()
        return check
    with transaction.atomic():
        check.save()
        transaction.on_commit(lambda: check_enqueue(check_id=check.pk))
    return check


def check_enqueue(*, check_id: int) -> bool:
    from stepwise.curriculum.tasks import check_step

    try:
        check_step.apply_async(args=[check_id], retry=True)
    except Exception:  # an unreachable broker: the sweep queues the check again later
        logger.warning("Broker unreachable; check %s waits for the sweep", check_id)
        return False
    return True


def check_step(*, check_id: int) -> bool:
    """Grade the check's next pending answer; True when more remain (the task queues the
    next step). Each answer's result is written once, whatever is retried."""
    check = ExerciseCheck.objects.select_related("exercise").filter(pk=check_id).first()
    final = (ExerciseCheck.Status.DONE, ExerciseCheck.Status.ERROR)
    if check is None or check.status in final:
        return False
    exercise = check.exercise
    if services.exercise_content_digest(exercise=exercise) != check.grading_digest:
        _finish(check_id, status=ExerciseCheck.Status.ERROR,
                error="The exercise changed while it was checked: run Check again.")  # fmt: skip
        return False
    pending = [i for i, entry in enumerate(check.results) if entry.get("ok") is None]
    if not pending:
        _finish(check_id, status=ExerciseCheck.Status.DONE)
        return False
    # The step's timestamp too: the sweep leaves a check alone while its steps keep coming.
    ExerciseCheck.objects.filter(pk=check_id).exclude(status__in=final).update(
        status=ExerciseCheck.Status.RUNNING, updated_at=timezone.now()
    )
    index = pending[0]
    value = answers_to_check(exercise)[index][1]
    result = _grade(exercise, value)
    with transaction.atomic():
        locked = ExerciseCheck.objects.select_for_update().get(pk=check_id)
        if locked.status in final or locked.results[index].get("ok") is not None:
            return locked.status not in final  # another step got here first
        locked.results[index] = _fill(locked.results[index], result)
        locked.save(update_fields=["results", "updated_at"])
    if len(pending) > 1:
        return True
    _finish(check_id, status=ExerciseCheck.Status.DONE)
    return False


def _finish(check_id: int, *, status: str, error: str = "") -> None:
    with transaction.atomic():
        check = ExerciseCheck.objects.select_for_update().get(pk=check_id)
        check.status = status
        check.error = error
        check.passed = (
            all(entry.get("ok") for entry in check.results)
            if status == ExerciseCheck.Status.DONE
            else None
        )
        check.finished_at = timezone.now()
        check.save(update_fields=["status", "error", "passed", "finished_at", "updated_at"])


def check_requeue_stuck() -> list[int]:
    """Queue again the checks whose last step is older than the grading deadline (a worker
    killed mid-step, a broker that was down)."""
    before = timezone.now() - timedelta(seconds=settings.GRADING_STUCK_AFTER_SECONDS)
    stuck = ExerciseCheck.objects.filter(
        status__in=[ExerciseCheck.Status.QUEUED, ExerciseCheck.Status.RUNNING],
        updated_at__lt=before,
    ).values_list("pk", flat=True)[:100]
    requeued = []
    for check_id in stuck:
        ExerciseCheck.objects.filter(pk=check_id).update(updated_at=timezone.now())
        if check_enqueue(check_id=check_id):
            requeued.append(check_id)
    return requeued
