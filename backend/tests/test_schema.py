"""The contract: the committed openapi.yaml is exactly what the backend generates, and valid."""

from pathlib import Path

import pytest
from django.core.management import call_command

from grading import KINDS

COMMITTED = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.mark.django_db
def test_the_committed_openapi_yaml_equals_the_generated_schema(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(generated))
    assert generated.read_text() == COMMITTED.read_text(), (
        "openapi.yaml is out of date: run `make api` and commit the result."
    )


def test_every_operation_documents_its_errors_in_the_shared_shape():
    import yaml

    schema = yaml.safe_load(COMMITTED.read_text())
    error_ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            errors = {code: r for code, r in operation["responses"].items() if code.startswith("4")}
            assert errors, f"{method.upper()} {path} documents no error"
            for code, response in errors.items():
                assert response["content"]["application/json"]["schema"] == error_ref, (
                    f"{method.upper()} {path} {code}"
                )
            security = operation["security"]
            public = security == [] or {} in security
            if not public:
                assert "401" in errors, f"{method.upper()} {path} lacks 401"


def test_every_operation_states_its_security_and_every_success_is_described():
    """Generated clients decide from `security` whether a call needs credentials: an operation
    open to anyone says `[]` (registering must not ask for a signed-in client)."""
    import yaml

    schema = yaml.safe_load(COMMITTED.read_text())
    open_to_anyone = set()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert "security" in operation, f"{method.upper()} {path}"
            if operation["security"] == []:
                open_to_anyone.add(f"{method.upper()} {path}")
            for code, response in operation["responses"].items():
                assert response.get("description"), f"{method.upper()} {path} {code}"
    assert {"POST /api/v1/auth/register/", "POST /api/v1/auth/token/", "GET /api/v1/"} <= (
        open_to_anyone
    )
    assert "GET /api/v1/exercises/" not in open_to_anyone
    assert all(tag.get("description") for tag in schema["tags"])


def test_answers_and_specs_are_discriminated_unions():
    import yaml

    components = yaml.safe_load(COMMITTED.read_text())["components"]["schemas"]
    for name in ("Answer", "ExerciseSpec", "ExercisePrivateSpec"):
        assert components[name]["discriminator"]["propertyName"] == "kind", name
        assert len(components[name]["oneOf"]) == len(KINDS), name


def test_the_bearer_scheme_is_declared():
    import yaml

    schemes = yaml.safe_load(COMMITTED.read_text())["components"]["securitySchemes"]
    assert schemes["jwtAuth"] == {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}


def test_no_description_speaks_of_the_code_behind_the_contract():
    """Descriptions are for integrators: a module path or an internal name in one is a note
    that leaked from a docstring."""
    import re

    text = COMMITTED.read_text()
    leaks = re.findall(
        r"stepwise\.\w+|api_exception_handler|curriculum\.cache|selectors|services\.py", text
    )
    assert leaks == []


def test_nullability_is_stated_with_a_type_and_every_error_has_an_example_in_its_shape():
    """OpenAPI 3.0 ignores `nullable` without a `type` beside it (a nullable reference is a
    `oneOf` with `NullEnum`); an error example is what the API answers, not a placeholder."""
    import yaml

    schema = yaml.safe_load(COMMITTED.read_text())

    def walk(node, where):
        if isinstance(node, dict):
            if node.get("nullable"):
                assert "type" in node, where
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(schema, "#")
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if not code.startswith("4"):
                    continue
                example = response["content"]["application/json"]["example"]
                assert set(example) <= {"code", "detail", "errors"}, (method, path, code)
                assert example["code"] and example["detail"], (method, path, code)
