"""Reads of the curriculum, already narrowed to what the given user may see."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from stepwise.common.permissions import can_author
from stepwise.curriculum.models import Exercise, Topic


def _visible_exercises(user) -> QuerySet[Exercise]:
    exercises = Exercise.objects.all()
    if not can_author(user):
        exercises = exercises.filter(published=True, topic__published=True)
    return exercises


def _visible_topics(user) -> QuerySet[Topic]:
    topics = Topic.objects.all()
    if not can_author(user):
        topics = topics.filter(published=True)
    return topics


def topic_list(*, user) -> QuerySet[Topic]:
    exercise_filter = Q() if can_author(user) else Q(exercises__published=True)
    # Prerequisites are topics too: a published topic may name a draft as its prerequisite,
    # and its slug must not reach someone who may not see the draft.
    prerequisites = _visible_topics(user).only("id", "slug").order_by("order", "slug")
    return (
        _visible_topics(user)
        .annotate(exercise_count=Count("exercises", filter=exercise_filter, distinct=True))
        .prefetch_related(Prefetch("prerequisites", queryset=prerequisites))
        .order_by("order", "slug")
    )


def topic_get(*, user, slug: str) -> Topic:
    topics = topic_list(user=user).prefetch_related(
        Prefetch(
            "exercises",
            queryset=_visible_exercises(user).select_related("topic").order_by("order", "slug"),
            to_attr="visible_exercises",
        )
    )
    return get_object_or_404(topics, slug=slug)


def exercise_list(*, user) -> QuerySet[Exercise]:
    return _visible_exercises(user).select_related("topic")


def exercise_get(*, user, slug: str) -> Exercise:
    return get_object_or_404(exercise_list(user=user), slug=slug)


def grading_spec(exercise: Exercise) -> dict:
    """Everything the grader needs: both halves of the specification, merged."""
    spec = {**exercise.spec, **exercise.private_spec}
    spec.pop("kind", None)
    return spec
