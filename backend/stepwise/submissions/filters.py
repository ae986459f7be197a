"""Query filters for the submission list."""

import django_filters
from django.db.models import Subquery

from stepwise.classes.selectors import classroom_get_taught
from stepwise.common.filters import IntegerFilter, StrictFilterSet
from stepwise.curriculum.models import Exercise
from stepwise.submissions import selectors
from stepwise.submissions.models import Submission


class SubmissionFilter(StrictFilterSet):
    exercise = django_filters.CharFilter(method="of_exercise", help_text="Exercise slug.")
    user = IntegerFilter(field_name="user_id", help_text="A user's id.")
    status = django_filters.ChoiceFilter(choices=Submission.Status.choices)
    verdict = django_filters.ChoiceFilter(choices=Submission.Verdict.choices)

    class Meta:
        model = Submission
        fields = ["exercise", "user", "status", "verdict"]

    def of_exercise(self, queryset, name, value):
        # The slug becomes an id before the rows are read (a subquery run once), so the
        # (learner, exercise, newest) index serves the page instead of a join per row.
        exercise_id = Exercise.objects.filter(slug=value).values("pk")[:1]
        return queryset.filter(exercise_id=Subquery(exercise_id))

    def in_class(self, queryset, name, value):
        classroom = classroom_get_taught(user=self.request.user, classroom_id=value)
        return selectors.in_class(queryset, user=self.request.user, classroom=classroom)


# `class` is a Python keyword, so this filter cannot be declared as an attribute above.
SubmissionFilter.base_filters["class"] = IntegerFilter(
    method="in_class",
    help_text="Only the learners of this class, one you teach (404 for any other class).",
)
