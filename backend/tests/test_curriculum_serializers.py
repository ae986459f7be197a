"""The summaries' shortcuts give exactly what their fields would."""

import pytest
from rest_framework import serializers

from stepwise.curriculum.selectors import exercise_summary_list, topic_summary_list
from stepwise.curriculum.serializers import ExerciseSummarySerializer, TopicSummarySerializer
from tests.factories import SPECS, ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_an_exercise_summary_is_what_its_fields_give(learner):
    for kind in SPECS:
        ExerciseFactory(kind=kind, difficulty="hard", points=7, order=3)
    for exercise in exercise_summary_list(user=learner):
        fast = ExerciseSummarySerializer(exercise).data
        by_fields = serializers.ModelSerializer.to_representation(
            ExerciseSummarySerializer(), exercise
        )
        assert list(fast.items()) == list(by_fields.items())


def test_a_topic_summary_is_what_its_fields_give(learner):
    first, second = TopicFactory.create_batch(2)
    second.prerequisites.add(first)
    ExerciseFactory(topic=second)
    for topic in topic_summary_list(user=learner):
        fast = TopicSummarySerializer(topic).data
        by_fields = serializers.ModelSerializer.to_representation(TopicSummarySerializer(), topic)
        assert list(fast.items()) == list(by_fields.items())
