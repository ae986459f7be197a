"""Malformed and unexpected requests get a 4xx in the one error shape, never a 500."""

import base64
import logging

import pytest

from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def _assert_error_shape(response, status, code):
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code
    assert isinstance(body["detail"], str) and body["detail"]
    assert set(body) <= {"code", "detail", "errors"}


def test_malformed_json_is_a_400(learner_api):
    response = learner_api.generic(
        "POST", "/api/v1/submissions/", "{not json", content_type="application/json"
    )
    _assert_error_shape(response, 400, "parse_error")


def test_a_body_that_is_not_json_is_a_415(learner_api):
    response = learner_api.generic(
        "POST", "/api/v1/submissions/", "a=b", content_type="application/x-www-form-urlencoded"
    )
    _assert_error_shape(response, 415, "unsupported_media_type")


def test_an_unsupported_method_is_a_405(learner_api):
    _assert_error_shape(
        learner_api.put("/api/v1/me/", {}, format="json"), 405, "method_not_allowed"
    )


def test_an_unknown_api_path_is_a_404_in_the_error_shape(learner_api):
    _assert_error_shape(learner_api.get("/api/v1/nothing-here/"), 404, "not_found")
    _assert_error_shape(learner_api.get("/api/v2/topics/"), 404, "not_found")


def test_an_unknown_api_version_is_rejected(learner_api):
    response = learner_api.get("/api/v9/topics/")
    assert response.status_code == 404


def test_validation_errors_are_flattened_with_dotted_paths(instructor_api):
    response = instructor_api.post(
        "/api/v1/exercises/",
        {"spec": {"kind": "choice", "options": [{"id": "a"}]}, "kind": "choice"},
        format="json",
    )
    _assert_error_shape(response, 400, "invalid")
    errors = response.json()["errors"]
    assert all(isinstance(messages, list) for messages in errors.values())
    assert "topic" in errors


def test_a_huge_integer_in_a_path_is_a_404_not_a_500(learner_api):
    response = learner_api.get("/api/v1/submissions/99999999999999999999999/")
    assert response.status_code == 404


def test_healthz_answers_while_the_process_is_alive(api):
    assert api.get("/healthz").json() == {"status": "ok"}


def test_readyz_checks_the_database_and_the_broker(api):
    body = api.get("/readyz").json()
    assert body["database"] == "ok"
    assert body["broker"] == "ok"
    assert body["status"] == "ok"


def test_the_root_serves_a_page_linking_to_the_docs(api, settings, tmp_path):
    settings.SPA_DIST_DIR = tmp_path  # no build there: the landing page is served
    response = api.get("/")
    assert response.status_code == 200
    assert b"/api/v1/docs/" in response.content


def test_the_spa_is_served_for_client_routes_when_built(api, settings, tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<div id=root></div>")
    (tmp_path / "assets" / "app.js").write_text("console.log(1)")
    settings.SPA_DIST_DIR = tmp_path
    assert api.get("/topics/python").content == b"<div id=root></div>"
    asset = api.get("/assets/app.js")
    assert b"".join(asset.streaming_content) == b"console.log(1)"
    assert "immutable" in asset["Cache-Control"]
    assert b"root:" not in api.get("/../../etc/passwd").content


def test_swagger_ui_and_redoc_use_local_assets(api):
    import re

    for path in ("/api/v1/docs/", "/api/v1/redoc/"):
        html = api.get(path).content.decode()
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets, path
        assert all(url.startswith("/") and not url.startswith("//") for url in assets), assets
    # ReDoc's bundle is a patched copy served by the API (see tests/test_security_headers.py).
    assert "/static/drf_spectacular_sidecar/" in api.get("/api/v1/docs/").content.decode()


def _assert_nothing_logged_as_an_error(caplog):
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


def test_a_tampered_cursor_position_is_a_404_not_a_500(learner_api, caplog):
    cursor = base64.b64encode(b"p=not-a-date").decode()
    response = learner_api.get("/api/v1/submissions/", {"cursor": cursor})
    _assert_error_shape(response, 404, "not_found")
    _assert_nothing_logged_as_an_error(caplog)


def test_a_user_id_beyond_64_bits_is_a_400_not_a_500(instructor_api, caplog):
    response = instructor_api.get("/api/v1/submissions/", {"user": str(2**64)})
    _assert_error_shape(response, 400, "invalid")
    assert "user" in response.json()["errors"]
    _assert_nothing_logged_as_an_error(caplog)


def test_a_unicode_digit_as_wait_is_a_400_not_a_500(learner_api, learner, caplog):
    submission = SubmissionFactory(user=learner)
    response = learner_api.get(f"/api/v1/submissions/{submission.pk}/", {"wait": "²"})
    _assert_error_shape(response, 400, "invalid")
    assert "wait" in response.json()["errors"]
    _assert_nothing_logged_as_an_error(caplog)


@pytest.mark.parametrize(
    "path", ["/api/v1/auth/register/", "/api/v1/auth/token/", "/api/v1/auth/token/refresh/"]
)
def test_json_nested_950_levels_deep_is_a_400_not_a_500(api, path, caplog):
    body = "[" * 950 + "]" * 950
    response = api.generic("POST", path, body, content_type="application/json")
    _assert_error_shape(response, 400, "parse_error")
    _assert_nothing_logged_as_an_error(caplog)


def test_more_than_a_thousand_query_parameters_is_a_400_not_a_500(api, learner_api, caplog):
    query = "&".join(f"p{i}=1" for i in range(1001))
    for client, path in [(api, "/api/v1/auth/token/"), (learner_api, "/api/v1/topics/")]:
        response = client.get(f"{path}?{query}")
        _assert_error_shape(response, 400, "too_many_parameters")
    _assert_nothing_logged_as_an_error(caplog)
