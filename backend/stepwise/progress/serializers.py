"""Representation of a learner's progress."""

from rest_framework import serializers

from stepwise.curriculum.models import Exercise
from stepwise.curriculum.serializers import ExerciseLinkSerializer


class ProgressCountsSerializer(serializers.Serializer):
    total = serializers.IntegerField(help_text="Exercises available.")
    attempted = serializers.IntegerField(help_text="Exercises with at least one graded answer.")
    solved = serializers.IntegerField(help_text="Exercises with an accepted answer.")
    points_total = serializers.IntegerField()
    points_earned = serializers.IntegerField(help_text="Points × best score, summed.")


class ExerciseProgressSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    kind = serializers.ChoiceField(choices=Exercise.Kind.choices)
    difficulty = serializers.ChoiceField(choices=Exercise.Difficulty.choices)
    attempts = serializers.IntegerField()
    best_score = serializers.FloatField()
    solved_at = serializers.DateTimeField(allow_null=True)


class TopicProgressSerializer(ProgressCountsSerializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    order = serializers.IntegerField()
    exercises = ExerciseProgressSerializer(many=True)


class ProgressSerializer(serializers.Serializer):
    overall = ProgressCountsSerializer()
    topics = TopicProgressSerializer(many=True)
    resume = ExerciseLinkSerializer(
        allow_null=True,
        help_text="Where to continue: the exercise of your latest graded answer if you have not "
        "solved it, else the next one you have not solved (in the roadmap's order, from the "
        "start again after the last); null before your first answer and once all are solved.",
    )
    active_days = serializers.ListField(
        child=serializers.DateField(), help_text="Days (UTC) with a submission, last 90 days."
    )
    streak = serializers.IntegerField(help_text="Consecutive active days up to today.")
