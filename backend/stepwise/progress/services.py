"""Progress is earned: it changes only when a submission completes."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from stepwise.progress.models import ActiveDay, ExerciseProgress


def progress_record_result(
    *,
    user_id: int,
    exercise_id: int,
    submission_id: int,
    score: float,
    accepted: bool,
    finished_at: datetime,
) -> None:
    """Count the attempt, keep the best score, stamp the first accepted answer, and mark the
    day active. Called in the transaction that stores the result, so the summaries never
    disagree with the submissions.

    One atomic UPDATE in the common case (no read-modify-write, so concurrent results for
    the same learner cannot lose an attempt); the row is created on a learner's first result.
    """
    changes = {
        "attempts": F("attempts") + 1,
        "best_score": Greatest(F("best_score"), Value(float(score))),
        "last_submission_id": submission_id,
        "updated_at": finished_at,
    }
    if accepted:
        changes["solved_at"] = Coalesce(F("solved_at"), Value(finished_at))
    ActiveDay.objects.bulk_create(
        [ActiveDay(user_id=user_id, day=timezone.localdate(finished_at))], ignore_conflicts=True
    )
    rows = ExerciseProgress.objects.filter(user_id=user_id, exercise_id=exercise_id)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            ExerciseProgress.objects.create(
                user_id=user_id,
                exercise_id=exercise_id,
                attempts=1,
                best_score=float(score),
                solved_at=finished_at if accepted else None,
                last_submission_id=submission_id,
            )
    except IntegrityError:
        rows.update(**changes)  # another result created the row a moment earlier


def progress_set_best(
    *, user_id: int, exercise_id: int, best_score: float, solved_at: datetime | None
) -> None:
    """After a regrade: the best score and first accepted time as the regraded results now
    say (a regrade can take a solve away as well as give one); attempts stay as they were."""
    ExerciseProgress.objects.filter(user_id=user_id, exercise_id=exercise_id).update(
        best_score=float(best_score), solved_at=solved_at
    )
