"""Per-learner progress on each exercise, earned by completed submissions."""

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
