"""Strict JSON types for request bodies.

DRF's fields coerce: a CharField accepts the number 7 as "7", an IntegerField accepts the
string "7", a BooleanField accepts "yes". The contract says `string`, `integer`, `boolean`,
so a client sending another JSON type has a bug we should report, not paper over. These
checks run before DRF's own conversion; query parameters are parsed by django-filter and
forms, not by these fields, and are unaffected.
"""

from collections.abc import Mapping

from rest_framework import fields, relations

_original = {
    fields.CharField: fields.CharField.to_internal_value,
    fields.IntegerField: fields.IntegerField.to_internal_value,
    fields.FloatField: fields.FloatField.to_internal_value,
    fields.BooleanField: fields.BooleanField.to_internal_value,
    relations.ManyRelatedField: relations.ManyRelatedField.to_internal_value,
    relations.SlugRelatedField: relations.SlugRelatedField.to_internal_value,
}


def _strict_char(self, data):
    if not isinstance(data, str):
        self.fail("invalid")
    return _original[fields.CharField](self, data)


def _strict_integer(self, data):
    if isinstance(data, bool) or not isinstance(data, int):
        self.fail("invalid")
    return _original[fields.IntegerField](self, data)


def _strict_float(self, data):
    if isinstance(data, bool) or not isinstance(data, int | float):
        self.fail("invalid")
    return _original[fields.FloatField](self, data)


def _strict_boolean(self, data):
    if not isinstance(data, bool):
        self.fail("invalid")
    return data


def _strict_many_related(self, data):
    # DRF iterates any iterable, so a JSON object would count as the list of its keys.
    if isinstance(data, Mapping):
        self.fail("not_a_list", input_type=type(data).__name__)
    return _original[relations.ManyRelatedField](self, data)


def _strict_slug_related(self, data):
    # A slug is a string: the number 0 would otherwise find the row whose slug is "0".
    if not isinstance(data, str):
        self.fail("invalid")
    return _original[relations.SlugRelatedField](self, data)


def install() -> None:
    fields.CharField.to_internal_value = _strict_char
    fields.IntegerField.to_internal_value = _strict_integer
    fields.FloatField.to_internal_value = _strict_float
    fields.BooleanField.to_internal_value = _strict_boolean
    relations.ManyRelatedField.to_internal_value = _strict_many_related
    relations.SlugRelatedField.to_internal_value = _strict_slug_related
