"""Representations of submissions and their per-test results."""

from rest_framework import serializers

from grading.results import TestResult
from stepwise.curriculum.models import Exercise
from stepwise.curriculum.specs import AnswerField
from stepwise.submissions.models import (
    TEST_STATUS_CHOICES,
    Draft,
    RegradeJob,
    Run,
    Submission,
    SubmissionHistory,
)


class SubmissionCreateSerializer(serializers.Serializer):
    exercise = serializers.SlugField(max_length=80, help_text="The exercise's slug.")
    answer = AnswerField()


class SubmissionUserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    display_name = serializers.CharField()


# One test's result. Reads results stored before a field existed (through the grader's own
# reader); shows a hidden test's real message and call only when the context says the reader
# may see the exercise's hidden tests (`reveal_hidden`).
def _result_message_field() -> serializers.CharField:
    # A submission and a run say the same about their answer as a whole.
    return serializers.CharField(
        read_only=True,
        help_text="What the answer as a whole did, said once: the syntax error, what your code "
        "raised, the limit it hit. Empty when the tests say it all.",
    )


def _error_line_field() -> serializers.IntegerField:
    return serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="The line of the answer `message` points at (a syntax error, an exception "
        "while loading), when it points at one.",
    )


class TestResultSerializer(serializers.Serializer):
    name = serializers.CharField()
    status = serializers.ChoiceField(
        choices=TEST_STATUS_CHOICES,
        help_text="`not_run`: the test never ran (the code did not load, or the run ended "
        "before it); it did not fail.",
    )
    message = serializers.CharField(
        allow_blank=True, help_text="For a hidden test, a generic message chosen by its status."
    )
    output = serializers.CharField(allow_blank=True, help_text="The learner's output, capped.")
    duration_ms = serializers.FloatField(
        allow_null=True,
        help_text="How long a visible test ran, in milliseconds (to the microsecond), as the "
        "grader timed it; null for hidden tests, for tests that did not run, and for results "
        "stored before it was measured.",
    )
    hidden = serializers.BooleanField(
        help_text="A hidden test's inputs and expected values are not shown."
    )
    call = serializers.CharField(
        allow_null=True,
        help_text="What a failing test did, as the learner would write it: a call "
        '(`slugify("Hello World")`), requests (`GET /items/?page=2`), steps. Null for a test '
        "that passed or did not run, and for a hidden test unless you may read hidden tests.",
    )
    real_message = serializers.CharField(
        allow_null=True,
        help_text="A failing hidden test's real message: for instructors and admins only "
        "(null for everyone else, and for visible tests, whose `message` is the real one).",
    )

    def to_representation(self, instance):
        test = TestResult.from_dict(instance)
        reveal = bool(self.context.get("reveal_hidden"))
        return {
            "name": test.name,
            "status": test.status.value,
            "message": test.message,
            "output": test.output,
            "duration_ms": test.duration_ms,
            "hidden": test.hidden,
            "call": test.call or (test.real_call if reveal else None),
            "real_message": test.real_message if reveal else None,
        }


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
        # Output only (submissions are made through SubmissionCreateSerializer): every field is
        # in every response, which the contract then states by listing them as required.
        read_only_fields = fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["verdict"] = instance.verdict or None
        return data


class SubmissionHistorySerializer(serializers.ModelSerializer):
    class Meta:
        model = SubmissionHistory
        fields = ["verdict", "score", "tests_version", "graded_at", "replaced_at", "reason"]
        read_only_fields = fields


# Needs `selectors.submission_detail_context()` as its context: whether hidden tests' real
# messages are shown, and the explanation the reader may see.
class SubmissionDetailSerializer(SubmissionSummarySerializer):
    answer = AnswerField()  # output only; not read_only so the contract is the plain union
    tests = TestResultSerializer(many=True, read_only=True)
    message = _result_message_field()
    error_line = _error_line_field()
    explanation_html = serializers.SerializerMethodField(
        help_text="The exercise's explanation as sanitised HTML, for a graded `choice` or "
        "`text` answer. Shown after an accepted answer; after a wrong one only once the learner "
        "has had an answer to the exercise accepted (so a wrong answer never hands out the "
        "right one), and always to instructors and admins. Null otherwise, and when the "
        "exercise has none."
    )
    detail = serializers.CharField(
        read_only=True, help_text="Why the platform could not grade, when status is `error`."
    )
    warnings = serializers.ListField(child=serializers.CharField(), read_only=True)
    history = SubmissionHistorySerializer(
        many=True,
        read_only=True,
        help_text="Earlier results a regrade replaced, newest first, each with why.",
    )

    class Meta(SubmissionSummarySerializer.Meta):
        fields = [
            *SubmissionSummarySerializer.Meta.fields, "answer", "tests", "message", "error_line",
            "explanation_html", "detail", "warnings", "duration_ms", "peak_memory_kb",
            "started_at", "updated_at", "tests_version", "regraded_at", "history",
        ]  # fmt: skip
        read_only_fields = fields

    def get_explanation_html(self, submission) -> str | None:
        return self.context.get("explanation_html")


class RegradeJobSerializer(serializers.ModelSerializer):
    exercise = serializers.CharField(source="exercise.slug")
    class_id = serializers.IntegerField(source="classroom_id", allow_null=True)
    requested_by = serializers.CharField(source="requested_by.username", allow_null=True)
    progress = serializers.SerializerMethodField(help_text="Regraded ÷ total, 0-1.")

    class Meta:
        model = RegradeJob
        fields = ["id", "exercise", "class_id", "everyone", "requested_by", "tests_version",
                  "status", "total", "regraded", "changed", "progress", "created_at",
                  "finished_at"]  # fmt: skip
        read_only_fields = fields

    def get_progress(self, job) -> float:
        return 1.0 if not job.total else round(min(job.regraded / job.total, 1.0), 4)


class RegradeStartSerializer(serializers.Serializer):
    def get_fields(self):
        # `class` is a Python keyword: the field is added by name.
        return {
            "class": serializers.IntegerField(
                required=False,
                allow_null=True,
                min_value=1,
                help_text="Regrade only this class's learners (one you teach). Without it: the "
                "learners of every class you teach, or every submission for an admin.",
            )
        }


# --- gradebook -------------------------------------------------------------------------------


class GradebookExerciseSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    points = serializers.IntegerField()


class GradebookAssignmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    due_at = serializers.DateTimeField()
    points = serializers.IntegerField(help_text="Points possible.")
    average = serializers.FloatField(allow_null=True, help_text="Mean points over the learners.")
    exercises = GradebookExerciseSerializer(many=True)


class GradebookExerciseScoreSerializer(serializers.Serializer):
    score = serializers.FloatField(help_text="The score that counts, 0-1 (late work multiplied).")
    late = serializers.BooleanField(help_text="It comes from late work.")


class GradebookCellSerializer(serializers.Serializer):
    assignment = serializers.IntegerField()
    points = serializers.FloatField()
    late = serializers.BooleanField(help_text="Late work counts in these points.")
    due_at = serializers.DateTimeField(help_text="This learner's due time (an extension moves it).")
    exercises = serializers.DictField(child=GradebookExerciseScoreSerializer())


class GradebookPersonSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    display_name = serializers.CharField()


class GradebookRowSerializer(serializers.Serializer):
    learner = GradebookPersonSerializer()
    total = serializers.FloatField()
    cells = GradebookCellSerializer(many=True)


class GradebookSerializer(serializers.Serializer):
    class_id = serializers.IntegerField()
    class_name = serializers.CharField()
    points = serializers.IntegerField(help_text="Points possible over every assignment.")
    assignments = GradebookAssignmentSerializer(many=True)
    rows = GradebookRowSerializer(many=True)


class FailedTestSerializer(serializers.Serializer):
    name = serializers.CharField()
    failures = serializers.IntegerField()


class ExerciseStatsSerializer(serializers.Serializer):
    exercise = serializers.CharField(help_text="The exercise's slug.")
    attempts = serializers.IntegerField(help_text="Submissions made.")
    learners = serializers.IntegerField(help_text="Distinct learners who submitted.")
    solved_by = serializers.IntegerField(help_text="Distinct learners with an accepted answer.")
    pass_rate = serializers.FloatField(
        allow_null=True, help_text="Accepted ÷ graded submissions; null before any grading."
    )
    average_score = serializers.FloatField(allow_null=True)
    verdicts = serializers.DictField(child=serializers.IntegerField())
    most_failed_tests = FailedTestSerializer(many=True)


class RunCreateSerializer(serializers.Serializer):
    answer = AnswerField()


class RunSerializer(serializers.ModelSerializer):
    """A run's result: the shape of a submission's, with only visible tests in `tests`."""

    exercise = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    kind = serializers.ChoiceField(
        source="exercise.kind", choices=Exercise.Kind.choices, read_only=True
    )
    verdict = serializers.ChoiceField(
        choices=Submission.Verdict.choices,
        allow_null=True,
        read_only=True,
        help_text="Over the visible tests only; set once the run is `completed`.",
    )
    answer = AnswerField()  # output only, as on a submission
    tests = TestResultSerializer(many=True, read_only=True)
    message = _result_message_field()
    error_line = _error_line_field()
    detail = serializers.CharField(
        read_only=True, help_text="Why the platform could not grade, when status is `error`."
    )
    warnings = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = Run
        fields = [
            "id", "exercise", "kind", "status", "verdict", "score", "answer", "tests", "message",
            "error_line", "detail", "warnings", "duration_ms", "peak_memory_kb", "created_at",
            "finished_at",
        ]  # fmt: skip
        read_only_fields = fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["verdict"] = instance.verdict or None
        return data


class DraftWriteSerializer(serializers.Serializer):
    answer = AnswerField()


class DraftSerializer(serializers.ModelSerializer):
    exercise = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    exercise_title = serializers.CharField(source="exercise.title", read_only=True)
    answer = AnswerField()  # output only

    class Meta:
        model = Draft
        fields = ["exercise", "exercise_title", "answer", "updated_at"]
        read_only_fields = fields
