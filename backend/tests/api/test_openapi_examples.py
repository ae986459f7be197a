"""The examples of the committed contract are true: every request example, read from
openapi.yaml as a client would, is accepted by the API; every response example is what one of
them gets back; the error examples are what the API answers."""

from pathlib import Path

import pytest
import yaml

from stepwise.curriculum.openapi_examples import TOPIC, TOPIC_TITLE
from tests.conftest import _client_for
from tests.factories import TopicFactory

CONTRACT = Path(__file__).resolve().parents[3] / "openapi.yaml"


def _request_examples(contract: dict) -> list[tuple[str, str, str, dict]]:
    found = []
    for path, operations in contract["paths"].items():  # in the contract's (path) order
        for method, operation in operations.items():
            media = operation.get("requestBody", {}).get("content", {}).get("application/json")
            for name, example in (media or {}).get("examples", {}).items():
                found.append((method, path, name, example["value"]))
    return found


def _response_examples(operation: dict, code: int) -> list[dict]:
    media = operation["responses"].get(str(code), {}).get("content", {}).get("application/json")
    return [example["value"] for example in (media or {}).get("examples", {}).values()]


# Values that differ on every call, and the exercise after a new one, which depends on what
# else the catalogue holds (the examples here create each other's neighbours).
VARYING = {"id", "user", "created_at", "updated_at", "started_at", "finished_at", "next_exercise"}


def _steady(body: dict) -> dict:
    return {key: value for key, value in body.items() if key not in VARYING}


def _differences(example: dict, body: dict) -> dict:
    return {
        key: (value, body.get(key))
        for key, value in _steady(example).items()
        if body.get(key) != value
    }


@pytest.mark.django_db
def test_every_request_example_of_the_contract_is_accepted(admin_user):
    contract = yaml.safe_load(CONTRACT.read_text())
    TopicFactory(slug=TOPIC, title=TOPIC_TITLE)
    client = _client_for(admin_user)
    examples = _request_examples(contract)
    operations = {(method, path) for method, path, _, _ in examples}
    # Per-kind examples exist for the two bodies whose shape depends on the kind.
    assert {("post", "/api/v1/exercises/"), ("post", "/api/v1/submissions/")} <= operations
    answered = []
    for method, path, name, body in examples:
        assert "{" not in path, f"{path}: give this test a value for the path parameters"
        response = getattr(client, method)(path, body, format="json")
        assert 200 <= response.status_code < 300, (method, path, name, response.json())
        answered.append((method, path, response.status_code, response.json()))
    # Every response example is what one of the request examples gets back, but for the
    # values that differ on every call (ids, the user, times).
    for method, path, status in {(m, p, s) for m, p, s, _ in answered}:
        bodies = [
            _steady(body) for m, p, s, body in answered if (m, p, s) == (method, path, status)
        ]
        for shape in _response_examples(contract["paths"][path][method], status):
            closest = min(bodies, key=lambda body: len(_differences(shape, body)))
            assert _steady(shape) in bodies, (method, path, status, _differences(shape, closest))


@pytest.mark.django_db
def test_the_error_examples_are_what_the_api_answers(api, learner_api):
    contract = yaml.safe_load(CONTRACT.read_text())

    def example(path, method, code):
        return contract["paths"][path][method]["responses"][code]["content"]["application/json"][
            "example"
        ]

    assert api.get("/api/v1/submissions/").json() == example("/api/v1/submissions/", "get", "401")
    assert learner_api.get("/api/v1/exercises/no-such-one/").json() == example(
        "/api/v1/exercises/{slug}/", "get", "404"
    )
    forbidden = learner_api.post("/api/v1/topics/", {}, format="json").json()
    # Each permission words its own refusal; the code is the one documented.
    assert forbidden["code"] == example("/api/v1/topics/", "post", "403")["code"]
    page = learner_api.get("/api/v1/exercises/", {"page_size": "0"}).json()
    assert page == example("/api/v1/exercises/", "get", "400")
    invalid = learner_api.post("/api/v1/submissions/", {}, format="json").json()
    documented = example("/api/v1/submissions/", "post", "400")
    assert invalid["code"] == documented["code"] and invalid["detail"] == documented["detail"]
    assert set(documented["errors"]) <= set(invalid["errors"])
