"""Errors the services raise when a rule of the product refuses a change.

They know nothing of HTTP or of forms. One handler, `common.errors.api_exception_handler`,
answers them in the API's error shape (400 for `InvalidChange`, 409 for `StateConflict`); the
admin shows their messages next to the fields they name; `content_sync` prints them. So a rule
is written once, in a service, and every way into the data reports it the same way.
"""


def flatten_errors(data, prefix: str = "") -> dict[str, list[str]]:
    """Turn nested messages into `{"a.b.0.c": ["message"]}`: the shape of the API's `errors`."""
    flat: dict[str, list[str]] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            for sub_key, messages in flatten_errors(value, path).items():
                flat.setdefault(sub_key, []).extend(messages)
    elif isinstance(data, list):
        if all(not isinstance(item, dict | list) for item in data):
            flat[prefix or "non_field_errors"] = [str(item) for item in data]
        else:
            for index, item in enumerate(data):
                if item in ({}, []):
                    continue
                path = f"{prefix}.{index}" if prefix else str(index)
                for sub_key, messages in flatten_errors(item, path).items():
                    flat.setdefault(sub_key, []).extend(messages)
    else:
        flat[prefix or "non_field_errors"] = [str(data)]
    return flat


class DomainError(Exception):
    """A change the rules refuse. `errors` maps a field path (dots for nesting, or
    `non_field_errors`) to sentences a person can act on."""

    def __init__(self, errors: dict | str) -> None:
        self.errors = flatten_errors(errors if isinstance(errors, dict) else [errors])
        super().__init__(self.sentence)

    @property
    def sentence(self) -> str:
        """Every message in one line, each prefixed with the field it is about."""
        return "; ".join(
            " ".join(messages) if field == "non_field_errors" else f"{field}: {' '.join(messages)}"
            for field, messages in self.errors.items()
        )


class InvalidChange(DomainError):
    """The values break a rule (an unknown limit, a prerequisite cycle): the caller must change
    what it sends. The API answers 400."""


class StateConflict(DomainError):
    """The values are fine but the object's state refuses the change (an archived class): the
    state must change first. The API answers 409."""
