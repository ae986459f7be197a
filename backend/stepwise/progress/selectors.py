"""A learner's progress: per exercise, per topic and overall, plus their active days."""

from datetime import date, timedelta

from django.utils import timezone

from stepwise.curriculum.selectors import ROADMAP_ORDER, exercise_list, topic_list
from stepwise.progress.models import ActiveDay, ExerciseProgress

ACTIVE_DAYS_WINDOW = 90


def _streak(days: set[date], today: date) -> int:
    # A streak survives until the end of the day after the last active day.
    current = today if today in days else today - timedelta(days=1)
    streak = 0
    while current in days:
        streak += 1
        current -= timedelta(days=1)
    return streak


def _resume(exercises: list, rows: dict):
    """Where to continue: the exercise the learner's latest result was for, if unsolved; else
    the first unsolved one after it in the roadmap's order (wrapping round to the start); None
    before any result or once every exercise is solved. `exercises` are those the learner may
    see, in that order; `rows` their progress rows by exercise id."""
    seen = [rows[e.pk] for e in exercises if e.pk in rows]
    if not seen:
        return None
    latest = max(seen, key=lambda row: row.updated_at).exercise_id
    start = next(i for i, e in enumerate(exercises) if e.pk == latest)
    for exercise in exercises[start:] + exercises[:start]:
        row = rows.get(exercise.pk)
        if row is None or row.solved_at is None:
            return exercise
    return None


def progress_summary(*, user) -> dict:
    rows = {
        p.exercise_id: p
        for p in ExerciseProgress.objects.filter(user=user).only(
            "exercise_id", "attempts", "best_score", "solved_at", "updated_at"
        )
    }
    exercises = list(exercise_list(user=user).order_by(*ROADMAP_ORDER))
    topics = {topic.pk: topic for topic in topic_list(user=user)}

    def empty_counts() -> dict:
        return {"total": 0, "attempted": 0, "solved": 0, "points_total": 0, "points_earned": 0}

    per_topic: dict[int, dict] = {}
    overall = empty_counts()
    for exercise in exercises:
        topic = topics.get(exercise.topic_id)
        if topic is None:
            continue
        entry = per_topic.setdefault(
            topic.pk,
            {
                "slug": topic.slug,
                "title": topic.title,
                "order": topic.order,
                **empty_counts(),
                "exercises": [],
            },
        )
        progress = rows.get(exercise.pk)
        attempts = progress.attempts if progress else 0
        best = progress.best_score if progress else 0.0
        solved_at = progress.solved_at if progress else None
        earned = round(exercise.points * best)
        for counts in (entry, overall):
            counts["total"] += 1
            counts["attempted"] += 1 if attempts else 0
            counts["solved"] += 1 if solved_at else 0
            counts["points_total"] += exercise.points
            counts["points_earned"] += earned
        entry["exercises"].append(
            {
                "slug": exercise.slug,
                "title": exercise.title,
                "kind": exercise.kind,
                "difficulty": exercise.difficulty,
                "attempts": attempts,
                "best_score": best,
                "solved_at": solved_at,
            }
        )

    today = timezone.localdate()
    active_days = list(
        ActiveDay.objects.filter(user=user, day__gt=today - timedelta(days=ACTIVE_DAYS_WINDOW))
        .order_by("day")
        .values_list("day", flat=True)
    )
    ordered_topics = sorted(per_topic.values(), key=lambda t: (t["order"], t["slug"]))
    return {
        "overall": overall,
        "resume": _resume(exercises, rows),
        "topics": ordered_topics,
        "active_days": active_days,
        "streak": _streak(set(active_days), today),
    }
