"""A FilterSet base that rejects a query parameter given with an empty value: `?user=` is a
malformed request, not a request without the filter."""

import django_filters
from django import forms
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field


class StrictFilterSet(django_filters.FilterSet):
    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name in self.filters:
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else []
            if any(value == "" for value in values):
                self.form.add_error(name, "Give a value or leave the parameter out.")
                valid = False
            elif len(values) > 1:
                self.form.add_error(name, "Give this parameter once.")
                valid = False
        return valid


# The widest integer column the filters compare against (BigAutoField ids).
_INT64 = (-(2**63), 2**63 - 1)


@extend_schema_field(OpenApiTypes.INT)
class IntegerFilter(django_filters.NumberFilter):
    """An integer within 64 bits: a larger one cannot match a row, and SQLite raises on it
    instead of answering nothing."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", _INT64[0])
        kwargs.setdefault("max_value", _INT64[1])
        super().__init__(*args, **kwargs)
