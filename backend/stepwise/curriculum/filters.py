"""Query filters for the exercise list."""

import django_filters

from stepwise.common.filters import StrictFilterSet
from stepwise.curriculum.models import Exercise


class ExerciseFilter(StrictFilterSet):
    topic = django_filters.CharFilter(field_name="topic__slug", help_text="A topic's slug.")
    kind = django_filters.ChoiceFilter(choices=Exercise.Kind.choices)
    difficulty = django_filters.ChoiceFilter(choices=Exercise.Difficulty.choices)

    class Meta:
        model = Exercise
        fields = ["topic", "kind", "difficulty"]
