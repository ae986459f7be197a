"""The admin's side of the services' domain errors: each message shown next to its field."""

from django import forms

from stepwise.common.domain import DomainError


def add_domain_errors(form: forms.BaseForm, error: DomainError) -> None:
    """Put each of `error`'s messages on the form field it names (a nested path such as
    `private_spec.tests.0.expect` goes to `private_spec`, prefixed with the rest of the path);
    messages about no field of the form go to the top of the form."""
    for path, messages in error.errors.items():
        field, _, rest = path.partition(".")
        if field not in form.fields:
            field, rest = None, "" if path == "non_field_errors" else path
        form.add_error(field, [f"{rest}: {message}" if rest else message for message in messages])
