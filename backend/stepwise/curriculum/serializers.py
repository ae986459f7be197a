"""Representations of topics and exercises. Learners never receive `private_spec`."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from grading.limits import LIMIT_BOUNDS
from stepwise.common.permissions import can_author
from stepwise.curriculum.models import Exercise, ExerciseCheck, Origin, Topic
from stepwise.curriculum.selectors import exercise_is_editable_by, exercise_next
from stepwise.curriculum.services import exercise_content_digest
from stepwise.curriculum.specs import ExercisePrivateSpecField, ExerciseSpecField


def _unused_slug(model, slug: str, instance, message: str) -> str:
    """`slug`, unless another row of `model` (not `instance` itself) already has it."""
    taken = model.objects.filter(slug=slug)
    if instance is not None:
        taken = taken.exclude(pk=instance.pk)
    if taken.exists():
        raise serializers.ValidationError(message)
    return slug


ORIGIN_HELP = (
    "Who owns the row: `files` — the curriculum files in the repository define it and it "
    "changes only there (changes through the API answer 409); `api` — made through the API or "
    "the admin, changed there."
)


class ExerciseSummarySerializer(serializers.ModelSerializer):
    topic = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    origin = serializers.ChoiceField(choices=Origin.choices, read_only=True, help_text=ORIGIN_HELP)

    class Meta:
        model = Exercise
        fields = [
            "slug", "title", "topic", "kind", "difficulty", "points", "order", "published",
            "origin",
        ]  # fmt: skip
        # Output only (ExerciseWriteSerializer writes): every field is in every response, which
        # the contract states by listing them as required.
        read_only_fields = fields

    def to_representation(self, exercise: Exercise) -> dict:
        # A list serializes many of these: reading the attributes directly costs a fraction of
        # going through a field object per value, and gives the same values (each is already
        # the str, int or bool its field would return), the topic as its slug.
        return {
            name: exercise.topic.slug if name == "topic" else getattr(exercise, name)
            for name in self.Meta.fields
        }


class TopicSummarySerializer(serializers.ModelSerializer):
    prerequisites = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    exercise_count = serializers.IntegerField(read_only=True)
    origin = serializers.ChoiceField(choices=Origin.choices, read_only=True, help_text=ORIGIN_HELP)

    class Meta:
        model = Topic
        fields = [
            "slug", "title", "summary", "order", "prerequisites", "published", "exercise_count",
            "origin",
        ]  # fmt: skip
        read_only_fields = fields  # output only, as ExerciseSummarySerializer

    def to_representation(self, topic: Topic) -> dict:
        # As ExerciseSummarySerializer's; the detail serializer, with more fields, keeps DRF's.
        if type(self) is not TopicSummarySerializer:
            return super().to_representation(topic)
        return {
            name: [p.slug for p in topic.prerequisites.all()]
            if name == "prerequisites"
            else getattr(topic, name)
            for name in self.Meta.fields
        }


class TopicDetailSerializer(TopicSummarySerializer):
    exercises = serializers.SerializerMethodField()

    class Meta(TopicSummarySerializer.Meta):
        fields = [
            *TopicSummarySerializer.Meta.fields, "lesson_markdown", "lesson_html", "exercises",
            "created_at", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field(ExerciseSummarySerializer(many=True))
    def get_exercises(self, topic: Topic) -> list:
        exercises = getattr(topic, "visible_exercises", None)
        if exercises is None:
            exercises = topic.exercises.order_by("order", "slug")
        return ExerciseSummarySerializer(exercises, many=True).data


class TopicWriteSerializer(serializers.ModelSerializer):
    slug = serializers.SlugField(max_length=80)
    prerequisites = serializers.SlugRelatedField(
        slug_field="slug", many=True, queryset=Topic.objects.all(), required=False
    )

    class Meta:
        model = Topic
        fields = [
            "slug", "title", "summary", "lesson_markdown", "order", "prerequisites", "published",
        ]  # fmt: skip
        extra_kwargs = {"order": {"max_value": 100_000}}

    def validate_slug(self, slug: str) -> str:
        return _unused_slug(Topic, slug, self.instance, "A topic with this slug exists.")


class LimitsSerializer(serializers.Serializer):
    def get_fields(self):
        return {
            name: serializers.IntegerField(min_value=low, max_value=high, required=False)
            for name, (low, high) in LIMIT_BOUNDS.items()
        }


class EffectiveLimitsSerializer(serializers.Serializer):
    """The limits grading applies to an answer: the exercise's own, else the defaults."""

    def get_fields(self):
        return {
            name: serializers.IntegerField(read_only=True, min_value=low, max_value=high)
            for name, (low, high) in LIMIT_BOUNDS.items()
        }


class ExerciseLinkSerializer(serializers.Serializer):
    """Enough of an exercise to link to it: its slug and title, its topic's slug and title."""

    slug = serializers.CharField(read_only=True)
    title = serializers.CharField(read_only=True)
    topic = serializers.CharField(source="topic.slug", read_only=True)
    topic_title = serializers.CharField(source="topic.title", read_only=True)


class ExerciseDetailSerializer(serializers.ModelSerializer):
    """Output only. `spec` is declared as the union field itself (not a read-only method
    field) so the contract references the `ExerciseSpec` union directly."""

    topic = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    topic_title = serializers.CharField(source="topic.title", read_only=True)
    hints = serializers.ListField(child=serializers.CharField(), read_only=True)
    limits = EffectiveLimitsSerializer(source="effective_limits", read_only=True)
    spec = ExerciseSpecField(source="*")
    private_spec = serializers.SerializerMethodField()
    origin = serializers.ChoiceField(choices=Origin.choices, read_only=True, help_text=ORIGIN_HELP)
    can_edit = serializers.SerializerMethodField(
        help_text="Whether you may change this exercise here (and run Check on it); when not, "
        "an instructor can copy it into one of their own (`copy/`)."
    )
    next_exercise = serializers.SerializerMethodField(
        help_text="The exercise to offer after this one, in the roadmap's order among those "
        "you may open: the next one of this topic, else the first of the next topic that has "
        "one; null after the last."
    )

    class Meta:
        model = Exercise
        fields = [
            "slug", "title", "topic", "topic_title", "kind", "difficulty", "points", "order",
            "published", "prompt_markdown", "prompt_html", "hints", "limits", "spec",
            "private_spec", "tests_version", "origin", "can_edit", "next_exercise", "created_at",
            "updated_at",
        ]  # fmt: skip
        read_only_fields = fields  # output only: ExerciseWriteSerializer writes

    def get_can_edit(self, exercise: Exercise) -> bool:
        request = self.context.get("request")
        if request is None:
            return False
        return exercise_is_editable_by(user=request.user, exercise=exercise)

    @extend_schema_field(ExerciseLinkSerializer(allow_null=True))
    def get_next_exercise(self, exercise: Exercise) -> dict | None:
        request = self.context.get("request")
        following = exercise_next(user=getattr(request, "user", None), exercise=exercise)
        return None if following is None else ExerciseLinkSerializer(following).data

    @extend_schema_field(ExercisePrivateSpecField(allow_null=True))
    def get_private_spec(self, exercise: Exercise) -> dict | None:
        request = self.context.get("request")
        if request is None or not can_author(request.user):
            return None
        return {**exercise.private_spec, "kind": exercise.kind}


class ExerciseWriteSerializer(serializers.ModelSerializer):
    topic = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all())
    slug = serializers.SlugField(max_length=80)
    hints = serializers.ListField(
        child=serializers.CharField(max_length=1000), max_length=3, required=False
    )
    limits = LimitsSerializer(required=False)
    spec = ExerciseSpecField()
    private_spec = ExercisePrivateSpecField()

    class Meta:
        model = Exercise
        fields = [
            "topic", "slug", "title", "kind", "difficulty", "points", "order", "published",
            "prompt_markdown", "hints", "limits", "spec", "private_spec",
        ]  # fmt: skip
        extra_kwargs = {
            "points": {"min_value": 1, "max_value": 100},
            "order": {"max_value": 100_000},
            "published": {
                "default": False,
                "help_text": "Whether learners see it; a new exercise is a draft unless this "
                "is true. Publishing it, or changing the tests of a published one, needs a "
                "passing check of its content (`checks/`).",
            },
        }

    def validate_slug(self, slug: str) -> str:
        return _unused_slug(Exercise, slug, self.instance, "An exercise with this slug exists.")

    def validate(self, attrs):
        kind = attrs.get("kind", getattr(self.instance, "kind", None))
        for field in ("spec", "private_spec"):
            if field in attrs and attrs[field].get("kind") != kind:
                raise serializers.ValidationError({field: [f"`kind` must be {kind!r}."]})
        changes_kind = self.instance is not None and attrs.get("kind", kind) != self.instance.kind
        if changes_kind and not {"spec", "private_spec"} <= attrs.keys():
            raise serializers.ValidationError(
                {"kind": ["Changing the kind needs a new spec and private_spec."]}
            )
        return attrs


class ExerciseCopySerializer(serializers.Serializer):
    slug = serializers.SlugField(
        max_length=80, required=False, help_text="The copy's slug; default `<slug>-copy`."
    )
    topic = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Topic.objects.all(),
        required=False,
        help_text="The copy's topic; default the original's.",
    )

    def validate_slug(self, slug: str) -> str:
        return _unused_slug(Exercise, slug, None, "An exercise with this slug exists.")


class CheckFailingTestSerializer(serializers.Serializer):
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=["fail", "error"])
    message = serializers.CharField(allow_blank=True)


class CheckAnswerResultSerializer(serializers.Serializer):
    role = serializers.ChoiceField(
        choices=["reference", "starter", "wrong"],
        help_text="`reference` must pass every test; `starter` and `wrong` must fail one.",
    )
    name = serializers.CharField(help_text="Which answer, e.g. `reference solution`.")
    must_pass = serializers.BooleanField()
    ok = serializers.BooleanField(
        allow_null=True, help_text="Whether it got what it must; null while not graded yet."
    )
    verdict = serializers.CharField(allow_blank=True, help_text="The grader's verdict.")
    failing_tests = CheckFailingTestSerializer(
        many=True, help_text="The tests it did not pass (none for an answer that passed)."
    )
    error = serializers.CharField(allow_blank=True, help_text="Why it could not be graded.")


class ExerciseCheckSerializer(serializers.ModelSerializer):
    exercise = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    checked = serializers.IntegerField(help_text="Answers graded so far.")
    total = serializers.IntegerField(help_text="Answers the check grades.")
    results = CheckAnswerResultSerializer(many=True)
    is_current = serializers.SerializerMethodField(
        help_text="Whether the exercise is still as checked; an edit of its specs or limits "
        "makes the check stale."
    )
    problems = serializers.SerializerMethodField(
        help_text="What failed, one sentence per answer (empty unless done and not passed)."
    )

    class Meta:
        model = ExerciseCheck
        fields = [
            "id", "exercise", "status", "passed", "is_current", "tests_version", "checked",
            "total", "results", "problems", "error", "created_at", "finished_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_is_current(self, check: ExerciseCheck) -> bool:
        digest = self.context.get("content_digest")  # a list computes it once
        if digest is None:
            digest = exercise_content_digest(exercise=check.exercise)
        return check.grading_digest == digest

    def get_problems(self, check: ExerciseCheck) -> list[str]:
        return check.problems()


MARKDOWN_PREVIEW_MAX_CHARS = 100_000


class MarkdownSourceSerializer(serializers.Serializer):
    markdown = serializers.CharField(
        max_length=MARKDOWN_PREVIEW_MAX_CHARS,
        allow_blank=True,
        trim_whitespace=False,
        help_text=(
            f"A lesson or prompt in Markdown, at most {MARKDOWN_PREVIEW_MAX_CHARS:,} characters."
        ),
    )


class MarkdownPreviewSerializer(serializers.Serializer):
    html = serializers.CharField(
        read_only=True,
        help_text="The sanitised HTML the server would store for this Markdown.",
    )
