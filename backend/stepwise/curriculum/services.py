"""Writes to the curriculum: topics and exercises, with their rendered Markdown."""

from django.db import transaction
from rest_framework.exceptions import ValidationError

from stepwise.common.markdown import render_markdown
from stepwise.curriculum.models import Exercise, Origin, Topic
from stepwise.curriculum.specs import LIMIT_BOUNDS, validate_spec_pair


def _check_prerequisites(topic: Topic | None, prerequisites: list[Topic]) -> None:
    if topic is None:
        return
    # Walk the prerequisite graph from the proposed prerequisites; reaching `topic` is a cycle.
    seen: set[int] = set()
    frontier = [p.pk for p in prerequisites]
    while frontier:
        if topic.pk in frontier:
            raise ValidationError({"prerequisites": ["Prerequisites may not form a cycle."]})
        seen.update(frontier)
        frontier = [
            pk
            for pk in Topic.prerequisites.through.objects.filter(
                from_topic_id__in=frontier
            ).values_list("to_topic_id", flat=True)
            if pk not in seen
        ]


@transaction.atomic
def topic_create(
    *,
    slug: str,
    title: str,
    summary: str = "",
    lesson_markdown: str = "",
    order: int = 0,
    prerequisites: list[Topic] | None = None,
    published: bool = True,
    origin: str = Origin.API,
) -> Topic:
    topic = Topic.objects.create(
        slug=slug,
        title=title,
        summary=summary,
        lesson_markdown=lesson_markdown,
        lesson_html=render_markdown(lesson_markdown),
        order=order,
        published=published,
        origin=origin,
    )
    if prerequisites:
        topic.prerequisites.set(prerequisites)
    return topic


@transaction.atomic
def topic_update(*, topic: Topic, **changes) -> Topic:
    prerequisites = changes.pop("prerequisites", None)
    for field, value in changes.items():
        setattr(topic, field, value)
    if "lesson_markdown" in changes:
        topic.lesson_html = render_markdown(topic.lesson_markdown)
    topic.full_clean(exclude=["prerequisites"])
    topic.save()
    if prerequisites is not None:
        _check_prerequisites(topic, prerequisites)
        topic.prerequisites.set(prerequisites)
    return topic


def topic_delete(*, topic: Topic) -> None:
    if topic.exercises.exists():
        raise ValidationError({"topic": ["Move or delete this topic's exercises first."]})
    topic.delete()


def _clean_limits(limits: dict | None) -> dict:
    cleaned = {}
    errors = {}
    for key, value in (limits or {}).items():
        if key not in LIMIT_BOUNDS:
            errors[key] = ["Unknown limit."]
            continue
        low, high = LIMIT_BOUNDS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            errors[key] = [f"Must be an integer from {low} to {high}."]
            continue
        cleaned[key] = value
    if errors:
        raise ValidationError({"limits": errors})
    return cleaned


def _clean_hints(hints: list | None) -> list[str]:
    hints = hints or []
    if not isinstance(hints, list) or len(hints) > 3:
        raise ValidationError({"hints": ["Give at most three hints."]})
    if any(not isinstance(h, str) or not h.strip() or len(h) > 1000 for h in hints):
        raise ValidationError({"hints": ["Each hint is a non-empty text of at most 1000 chars."]})
    return hints


@transaction.atomic
def exercise_create(
    *,
    topic: Topic,
    slug: str,
    title: str,
    kind: str,
    spec: dict,
    private_spec: dict,
    difficulty: str = Exercise.Difficulty.EASY,
    points: int = 10,
    order: int = 0,
    prompt_markdown: str = "",
    hints: list[str] | None = None,
    limits: dict | None = None,
    published: bool = True,
    origin: str = Origin.API,
) -> Exercise:
    public, private = validate_spec_pair(kind, spec, private_spec)
    return Exercise.objects.create(
        topic=topic,
        slug=slug,
        title=title,
        kind=kind,
        difficulty=difficulty,
        points=points,
        order=order,
        prompt_markdown=prompt_markdown,
        prompt_html=render_markdown(prompt_markdown),
        hints=_clean_hints(hints),
        limits=_clean_limits(limits),
        spec=public,
        private_spec=private,
        published=published,
        origin=origin,
    )


@transaction.atomic
def exercise_update(*, exercise: Exercise, **changes) -> Exercise:
    kind = changes.get("kind", exercise.kind)
    if {"kind", "spec", "private_spec"} & changes.keys():
        spec = changes.pop("spec", exercise.spec if kind == exercise.kind else {})
        private = changes.pop(
            "private_spec", exercise.private_spec if kind == exercise.kind else {}
        )
        changes["spec"], changes["private_spec"] = validate_spec_pair(kind, spec, private)
    if "hints" in changes:
        changes["hints"] = _clean_hints(changes["hints"])
    if "limits" in changes:
        changes["limits"] = _clean_limits(changes["limits"])
    for field, value in changes.items():
        setattr(exercise, field, value)
    if "prompt_markdown" in changes:
        exercise.prompt_html = render_markdown(exercise.prompt_markdown)
    exercise.save()
    return exercise
