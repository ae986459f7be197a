"""Progress is earned: it changes only when a submission completes."""

from stepwise.progress.models import ExerciseProgress


def progress_record_result(*, submission) -> ExerciseProgress:
    """Count the attempt, keep the best score, and stamp the first accepted answer.
    Call inside the transaction that stores the submission's result."""
    progress, _ = ExerciseProgress.objects.select_for_update().get_or_create(
        user_id=submission.user_id, exercise_id=submission.exercise_id
    )
    progress.attempts += 1
    progress.best_score = max(progress.best_score, submission.score or 0.0)
    if submission.verdict == "accepted" and progress.solved_at is None:
        progress.solved_at = submission.finished_at
    progress.last_submission = submission
    progress.save()
    return progress
