"""Writes to the curriculum: topics and exercises, with their rendered Markdown.

Every way into these tables (the API, the Django admin, `content_sync`) writes through the
functions here, so the rules (valid specs, limits within bounds, at most three hints, no
prerequisite cycles, the Markdown rendered, nothing published before a check of its content
passed) hold whoever writes. A broken rule raises
`InvalidChange`, which each caller reports in its own terms.
"""

from django.core.exceptions import ValidationError as ModelValidationError
from django.db import transaction
from rest_framework.exceptions import ValidationError as SpecValidationError

from grading.limits import LIMIT_BOUNDS
from stepwise.common.domain import InvalidChange, StateConflict
from stepwise.common.markdown import render_markdown
from stepwise.curriculum.models import Exercise, ExerciseCheck, Origin, Topic
from stepwise.curriculum.specs import validate_spec_pair

MAX_HINTS = 3
MAX_HINT_LENGTH = 1000


def ensure_editable(row: Topic | Exercise) -> None:
    """Refuse a change to a row the curriculum files own: `content_sync`, which `make run` and
    every deployment run, would put the files' version back, silently undoing the edit."""
    if row.origin == Origin.FILES:
        what = "topic" if isinstance(row, Topic) else "exercise"
        raise StateConflict(
            f"This {what} is defined by the curriculum files (backend/content/) and changes "
            f"only there: an edit here would be undone by the next content_sync. Copy it into "
            f"a {what} of your own to change it here."
        )


# --- topics --------------------------------------------------------------------------------


def topic_check_prerequisites(*, topic: Topic | None, prerequisites: list[Topic]) -> None:
    """Refuse prerequisites that would lead back to `topic` (a new topic cannot be in a cycle)."""
    if topic is None or topic.pk is None:
        return
    # Walk the prerequisite graph from the proposed prerequisites; reaching `topic` is a cycle.
    seen: set[int] = set()
    frontier = [p.pk for p in prerequisites]
    while frontier:
        if topic.pk in frontier:
            raise InvalidChange({"prerequisites": ["Prerequisites may not form a cycle."]})
        seen.update(frontier)
        frontier = [
            pk
            for pk in Topic.prerequisites.through.objects.filter(
                from_topic_id__in=frontier
            ).values_list("to_topic_id", flat=True)
            if pk not in seen
        ]


def topic_save(*, topic: Topic) -> Topic:
    """Check the row's own fields, render its lesson and store it (prerequisites aside)."""
    try:
        topic.full_clean(exclude=["prerequisites"])
    except ModelValidationError as exc:
        raise InvalidChange(exc.message_dict) from exc
    topic.lesson_html = render_markdown(topic.lesson_markdown)
    topic.save()
    return topic


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
    topic = topic_save(
        topic=Topic(
            slug=slug,
            title=title,
            summary=summary,
            lesson_markdown=lesson_markdown,
            order=order,
            published=published,
            origin=origin,
        )
    )
    if prerequisites:
        topic.prerequisites.set(prerequisites)
    return topic


@transaction.atomic
def topic_update(*, topic: Topic, by_files: bool = False, **changes) -> Topic:
    """Change a topic; `by_files` only for `content_sync`, the one writer of file-owned rows."""
    if not by_files:
        ensure_editable(topic)
    prerequisites = changes.pop("prerequisites", None)
    if prerequisites is not None:
        topic_check_prerequisites(topic=topic, prerequisites=prerequisites)
    for field, value in changes.items():
        setattr(topic, field, value)
    topic_save(topic=topic)
    if prerequisites is not None:
        topic.prerequisites.set(prerequisites)
    return topic


def topic_delete(*, topic: Topic, by_files: bool = False) -> None:
    if not by_files:
        ensure_editable(topic)
    if topic.exercises.exists():
        raise InvalidChange({"topic": ["Move or delete this topic's exercises first."]})
    topic.delete()


# --- exercises -----------------------------------------------------------------------------


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
        raise InvalidChange({"limits": errors})
    return cleaned


def _clean_hints(hints: list | None) -> list[str]:
    hints = hints or []
    if not isinstance(hints, list) or len(hints) > MAX_HINTS:
        raise InvalidChange({"hints": [f"Give at most {MAX_HINTS} hints."]})
    if any(not isinstance(h, str) or not h.strip() or len(h) > MAX_HINT_LENGTH for h in hints):
        raise InvalidChange(
            {"hints": [f"Each hint is a non-empty text of at most {MAX_HINT_LENGTH} characters."]}
        )
    return hints


def exercise_clean(
    *, kind: str, spec: dict, private_spec: dict, hints: list | None, limits: dict | None
) -> dict:
    """The grading fields as they will be stored, or `InvalidChange` naming every bad one."""
    errors: dict = {}
    cleaned: dict = {}
    try:
        cleaned["spec"], cleaned["private_spec"] = validate_spec_pair(kind, spec, private_spec)
    except SpecValidationError as exc:
        errors.update(exc.detail)
    for name, clean, value in (("hints", _clean_hints, hints), ("limits", _clean_limits, limits)):
        try:
            cleaned[name] = clean(value)
        except InvalidChange as exc:
            errors.update(exc.errors)
    if errors:
        raise InvalidChange(errors)
    return cleaned


def exercise_content_digest(*, exercise: Exercise) -> str:
    """The digest of what grading depends on (kind, specs, limits) as the services would
    store it now: a row stored before a change of the spec rules has the same content digest
    as the same row saved again. A check records it; publishing compares it."""
    try:
        cleaned = exercise_clean(
            kind=exercise.kind,
            spec=exercise.spec,
            private_spec=exercise.private_spec,
            hints=None,
            limits=exercise.limits,
        )
    except InvalidChange:
        return exercise.current_grading_digest()
    return Exercise(
        kind=exercise.kind,
        spec=cleaned["spec"],
        private_spec=cleaned["private_spec"],
        limits=cleaned["limits"],
    ).current_grading_digest()


def exercise_publish_problem(*, exercise: Exercise, digest: str) -> str:
    """Why `exercise`, with content `digest`, may not be published yet ("" when the latest
    check of that content passed)."""
    check = None
    if exercise.pk is not None:
        check = (
            ExerciseCheck.objects.filter(exercise_id=exercise.pk, grading_digest=digest)
            .order_by("-created_at", "-id")
            .first()
        )
    if check is None:
        return (
            "No check of this version of the exercise has run yet: save it unpublished, "
            "run Check first, then publish it."
        )
    if check.status in (ExerciseCheck.Status.QUEUED, ExerciseCheck.Status.RUNNING):
        return "The check of this version is still running: publish it once it has passed."
    if check.status == ExerciseCheck.Status.ERROR:
        return f"The check of this version could not finish ({check.error}) Run Check again."
    if check.passed:
        return ""
    return "The check of this version failed: " + "; ".join(check.problems()) + "."


def exercise_check_publishable(*, exercise: Exercise) -> None:
    """Refuse to store `exercise` (its fields cleaned, as about to be saved) published unless
    a check of its content passed (`curriculum.checks`): when it becomes published, or when
    the grading of a published one changes. Rows the files own are checked by
    `content_check` instead."""
    if exercise.origin == Origin.FILES or not exercise.published:
        return
    digest = exercise.current_grading_digest()
    stored = None
    if exercise.pk is not None:
        stored = (
            Exercise.objects.filter(pk=exercise.pk)
            .only("kind", "spec", "private_spec", "limits", "published")
            .first()
        )
    was_published = stored is not None and stored.published
    if was_published and exercise_content_digest(exercise=stored) == digest:
        return  # published already, and what grading depends on is unchanged
    problem = exercise_publish_problem(exercise=exercise, digest=digest)
    if problem:
        if was_published:
            problem += " To change the tests of a published exercise, unpublish it in that edit."
        raise InvalidChange({"published": [problem]})


def exercise_save(*, exercise: Exercise) -> Exercise:
    """Clean the grading fields, render the prompt and store the row; a published row only
    when a check of its content passed (`exercise_check_publishable`)."""
    cleaned = exercise_clean(
        kind=exercise.kind,
        spec=exercise.spec,
        private_spec=exercise.private_spec,
        hints=exercise.hints,
        limits=exercise.limits,
    )
    for field, value in cleaned.items():
        setattr(exercise, field, value)
    exercise_check_publishable(exercise=exercise)
    exercise.prompt_html = render_markdown(exercise.prompt_markdown)
    exercise.save()
    return exercise


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
    published: bool = False,
    origin: str = Origin.API,
    owner=None,
) -> Exercise:
    return exercise_save(
        exercise=Exercise(
            topic=topic,
            slug=slug,
            title=title,
            kind=kind,
            difficulty=difficulty,
            points=points,
            order=order,
            prompt_markdown=prompt_markdown,
            hints=hints or [],
            limits=limits or {},
            spec=spec,
            private_spec=private_spec,
            published=published,
            origin=origin,
            owner=owner,
        )
    )


COPY_SUFFIX = "-copy"


def _copy_slug(slug: str) -> str:
    """`<slug>-copy`, else `<slug>-copy-2`, `-copy-3`... whichever is free (within 80 chars)."""
    base = slug[: 80 - len(COPY_SUFFIX) - 4] + COPY_SUFFIX
    taken = set(Exercise.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    return next(f"{base}-{n}" for n in range(2, len(taken) + 3) if f"{base}-{n}" not in taken)


@transaction.atomic
def exercise_copy(
    *, exercise: Exercise, owner, slug: str | None = None, topic: Topic | None = None
) -> Exercise:
    """A new unpublished exercise owned by `owner` (made through the API, so changeable there)
    with everything of `exercise`, its private spec included, under `slug` or `<slug>-copy`."""
    if slug is not None and Exercise.objects.filter(slug=slug).exists():
        raise InvalidChange({"slug": ["An exercise with this slug exists."]})
    return exercise_create(
        topic=topic or exercise.topic,
        slug=slug or _copy_slug(exercise.slug),
        title=exercise.title,
        kind=exercise.kind,
        spec=exercise.spec,
        private_spec=exercise.private_spec,
        difficulty=exercise.difficulty,
        points=exercise.points,
        order=exercise.order,
        prompt_markdown=exercise.prompt_markdown,
        hints=list(exercise.hints),
        limits=dict(exercise.limits),
        published=False,
        origin=Origin.API,
        owner=owner,
    )


@transaction.atomic
def exercise_update(*, exercise: Exercise, by_files: bool = False, **changes) -> Exercise:
    """Change an exercise; `by_files` only for `content_sync`, the one writer of file-owned
    rows."""
    if not by_files:
        ensure_editable(exercise)
    kind = changes.get("kind", exercise.kind)
    if kind != exercise.kind:
        # A new kind keeps nothing of the old specs: what is not sent is validated as empty.
        changes.setdefault("spec", {})
        changes.setdefault("private_spec", {})
    for field, value in changes.items():
        setattr(exercise, field, value)
    return exercise_save(exercise=exercise)


def exercise_delete(*, exercise: Exercise, by_files: bool = False) -> None:
    if not by_files:
        ensure_editable(exercise)
    if exercise.submissions.exists():
        raise InvalidChange(
            {"exercise": ["Learners have submitted answers to it: unpublish it instead."]}
        )
    exercise.delete()
