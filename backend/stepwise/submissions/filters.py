"""Query filters for the submission list."""

import django_filters

from stepwise.common.filters import IntegerFilter, StrictFilterSet
from stepwise.submissions.models import Submission


class SubmissionFilter(StrictFilterSet):
    exercise = django_filters.CharFilter(field_name="exercise__slug", help_text="Exercise slug.")
    user = IntegerFilter(field_name="user_id", help_text="A user's id.")
    status = django_filters.ChoiceFilter(choices=Submission.Status.choices)
    verdict = django_filters.ChoiceFilter(choices=Submission.Verdict.choices)

    class Meta:
        model = Submission
        fields = ["exercise", "user", "status", "verdict"]
