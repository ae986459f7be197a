from django.contrib import admin

from stepwise.progress.models import ExerciseProgress


@admin.register(ExerciseProgress)
class ExerciseProgressAdmin(admin.ModelAdmin):
    list_display = ["user", "exercise", "attempts", "best_score", "solved_at"]
    list_select_related = ["user", "exercise"]
