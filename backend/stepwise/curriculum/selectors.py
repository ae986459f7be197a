"""Reads of the curriculum, already narrowed to what the given user may see."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from stepwise.common.permissions import can_author, is_admin
from stepwise.curriculum.models import Exercise, ExerciseCheck, Origin, Topic


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


# What a summary shows (TopicSummarySerializer, ExerciseSummarySerializer). The lists load these
# columns only: a topic's lesson (Markdown and HTML) and an exercise's prompt, specs, private
# spec and limits are most of a row's bytes, and a list shows none of them.
TOPIC_SUMMARY_FIELDS = ("id", "slug", "title", "summary", "order", "published", "origin")
EXERCISE_SUMMARY_FIELDS = (
    "id", "topic_id", "slug", "title", "kind", "difficulty", "points", "order", "published",
    "origin", "topic__slug",
)  # fmt: skip


def _exercise_summaries(exercises: QuerySet[Exercise]) -> QuerySet[Exercise]:
    return exercises.select_related("topic").only(*EXERCISE_SUMMARY_FIELDS)


def topic_list(*, user) -> QuerySet[Topic]:
    """Every column of the topics the user may see, each with its `exercise_count` and its
    visible prerequisites."""
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


def topic_summary_list(*, user) -> QuerySet[Topic]:
    """`topic_list` with only the columns of a topic's summary."""
    return topic_list(user=user).only(*TOPIC_SUMMARY_FIELDS)


def topic_get(*, user, slug: str) -> Topic:
    exercises = _exercise_summaries(_visible_exercises(user)).order_by("order", "slug")
    topics = topic_list(user=user).prefetch_related(
        Prefetch("exercises", queryset=exercises, to_attr="visible_exercises")
    )
    return get_object_or_404(topics, slug=slug)


def exercise_list(*, user) -> QuerySet[Exercise]:
    """Every column of the exercises the user may see, with their topic."""
    return _visible_exercises(user).select_related("topic")


def exercise_summary_list(*, user) -> QuerySet[Exercise]:
    """`exercise_list` with only the columns of an exercise's summary."""
    return _exercise_summaries(_visible_exercises(user))


def exercise_get(*, user, slug: str) -> Exercise:
    return get_object_or_404(exercise_list(user=user), slug=slug)


def exercise_may_edit(*, user, exercise: Exercise) -> bool:
    """Whether `user` may change `exercise` and check it: admins, and instructors for an
    exercise no one owns or that they own. (Rows the files own also refuse changes, with
    409: `services.ensure_editable`.)"""
    if is_admin(user):
        return True
    return can_author(user) and exercise.owner_id in (None, user.pk)


def exercise_check_get(*, exercise: Exercise, check_id: int) -> ExerciseCheck:
    check = get_object_or_404(ExerciseCheck.objects.filter(exercise=exercise), pk=check_id)
    check.exercise = exercise  # already in hand
    return check


def exercise_check_list(*, exercise: Exercise) -> QuerySet[ExerciseCheck]:
    """The checks of `exercise`, the latest first."""
    checks = ExerciseCheck.objects.filter(exercise=exercise).select_related("exercise")
    return checks.order_by("-created_at", "-id")


def exercise_is_editable_by(*, user, exercise: Exercise) -> bool:
    """Whether the API would accept a change of `exercise` from `user` (for the UI)."""
    return exercise.origin != Origin.FILES and exercise_may_edit(user=user, exercise=exercise)


# The roadmap's order: topics by (order, slug), then each topic's exercises by (order, slug).
ROADMAP_ORDER = ("topic__order", "topic__slug", "order", "slug")
EXERCISE_LINK_FIELDS = ("id", "topic_id", "slug", "title", "topic__slug", "topic__title")


def exercise_next(*, user, exercise: Exercise) -> Exercise | None:
    """The exercise after `exercise` in the roadmap's order among those the user may see: the
    next one of its topic, else the first of the next topic that has one; None after the last.
    One query."""
    topic = exercise.topic
    after = (
        Q(topic_id=topic.pk, order__gt=exercise.order)
        | Q(topic_id=topic.pk, order=exercise.order, slug__gt=exercise.slug)
        | Q(topic__order__gt=topic.order)
        | Q(topic__order=topic.order, topic__slug__gt=topic.slug)
    )
    return (
        _visible_exercises(user)
        .filter(after)
        .select_related("topic")
        .only(*EXERCISE_LINK_FIELDS)
        .order_by(*ROADMAP_ORDER)
        .first()
    )


def grading_spec(exercise: Exercise) -> dict:
    """Everything the grader needs: both halves of the specification, merged."""
    spec = {**exercise.spec, **exercise.private_spec}
    spec.pop("kind", None)
    spec.pop("wrong_answers", None)  # for Check only (curriculum.checks)
    return spec
