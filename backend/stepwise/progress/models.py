"""Per-learner progress on each exercise, earned by completed submissions, and the days a
learner was active. Both are summaries kept up to date as each result is stored, so reading
them costs the same however long a learner's history grows."""

from django.conf import settings
from django.db import models


class ExerciseProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exercise_progress"
    )
    exercise = models.ForeignKey(
        "curriculum.Exercise", on_delete=models.CASCADE, related_name="progress"
    )
    attempts = models.PositiveIntegerField(default=0)
    best_score = models.FloatField(default=0.0)
    solved_at = models.DateTimeField(null=True, blank=True)
    last_submission = models.ForeignKey(
        "submissions.Submission", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "exercise"], name="one_progress_per_exercise")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.exercise_id}"


class ActiveDay(models.Model):
    """A day on which a learner had an answer graded. The activity calendar and the streak read
    these (at most one row per day) instead of the learner's submissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="active_days"
    )
    day = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_active_day")]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.day}"
