"""The services' domain errors: one shape, worded for people, mapped to HTTP in one place."""

import pytest
from django import forms

from stepwise.common.domain import InvalidChange, StateConflict
from stepwise.common.errors import api_exception_handler
from stepwise.common.forms import add_domain_errors


def test_nested_messages_are_flattened_to_dotted_paths_and_one_sentence():
    nested = {"spec": {"tests": [{}, {"expect": ["Required."]}]}, "hints": "Too many."}
    error = InvalidChange(nested)
    assert error.errors == {"spec.tests.1.expect": ["Required."], "hints": ["Too many."]}
    assert error.sentence == "spec.tests.1.expect: Required.; hints: Too many."
    assert StateConflict("Archived.").sentence == "Archived."


@pytest.mark.parametrize(
    ("error", "status", "body"),
    [
        (
            InvalidChange({"limits": {"time_ms": ["Too long."]}}),
            400,
            {"code": "invalid", "detail": "The request is not valid.",
             "errors": {"limits.time_ms": ["Too long."]}},
        ),
        (StateConflict("This class is archived."), 409,
         {"code": "conflict", "detail": "This class is archived."}),
    ],
)  # fmt: skip
def test_the_api_answers_a_domain_error_in_its_error_shape(error, status, body):
    response = api_exception_handler(error, {})
    assert (response.status_code, response.data) == (status, body)


class _Form(forms.Form):
    limits = forms.CharField(required=False)


def test_the_admin_shows_each_message_on_the_field_it_names():
    form = _Form(data={})
    assert form.is_valid()
    add_domain_errors(form, InvalidChange({"limits": {"time_ms": ["Too long."]}, "slug": "Taken."}))
    assert form.errors["limits"] == ["time_ms: Too long."]
    assert form.errors["__all__"] == ["slug: Taken."]
