"""Representations of submissions and their per-test results."""

from rest_framework import serializers

from stepwise.curriculum.models import Exercise
from stepwise.curriculum.specs import AnswerField
from stepwise.submissions.models import TEST_STATUS_CHOICES, Submission


class SubmissionCreateSerializer(serializers.Serializer):
    exercise = serializers.SlugField(max_length=80, help_text="The exercise's slug.")
    answer = AnswerField()


class SubmissionUserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    display_name = serializers.CharField()


class TestResultSerializer(serializers.Serializer):
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=TEST_STATUS_CHOICES)
    message = serializers.CharField(allow_blank=True)
    output = serializers.CharField(allow_blank=True, help_text="The learner's output, capped.")
    duration_ms = serializers.IntegerField()
    hidden = serializers.BooleanField(
        help_text="A hidden test's inputs and expected values are not shown."
    )


class SubmissionSummarySerializer(serializers.ModelSerializer):
    exercise = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    exercise_title = serializers.CharField(source="exercise.title", read_only=True)
    kind = serializers.ChoiceField(
        source="exercise.kind", choices=Exercise.Kind.choices, read_only=True
    )
    user = SubmissionUserSerializer(read_only=True)
    verdict = serializers.ChoiceField(
        choices=Submission.Verdict.choices,
        allow_null=True,
        read_only=True,
        help_text="Set once the submission is `completed`.",
    )

    class Meta:
        model = Submission
        fields = [
            "id", "exercise", "exercise_title", "kind", "user", "status", "verdict", "score",
            "created_at", "finished_at",
        ]  # fmt: skip

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["verdict"] = instance.verdict or None
        return data


class SubmissionDetailSerializer(SubmissionSummarySerializer):
    answer = AnswerField()  # output only; not read_only so the contract is the plain union
    tests = TestResultSerializer(many=True, read_only=True)
    detail = serializers.CharField(
        read_only=True, help_text="Why the platform could not grade, when status is `error`."
    )
    warnings = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta(SubmissionSummarySerializer.Meta):
        fields = [
            *SubmissionSummarySerializer.Meta.fields, "answer", "tests", "detail", "warnings",
            "duration_ms", "peak_memory_kb", "started_at", "updated_at",
        ]  # fmt: skip
