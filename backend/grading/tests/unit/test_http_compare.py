"""HTTP comparisons (`grading.kinds.http`): a reported response against `expect`, and the
environ built for a request, called directly."""

from __future__ import annotations

import json

from grading.jsondata import JSONObject
from grading.kinds.http import compare_response, header_matches, wsgi_request
from grading.values import Opaque


def response(
    status: str = "200 OK",
    headers: list[tuple[str, str]] | None = None,
    body: bytes = b"",
) -> JSONObject:
    """A response as the shim reports it (headers as pairs, the body as chunks)."""
    pairs = [list(pair) for pair in headers or [("Content-Type", "application/json")]]
    return {"status": status, "headers": pairs, "chunks": [body] if body else []}


def json_response(data: object, status: str = "200 OK") -> JSONObject:
    return response(status, body=json.dumps(data).encode())


def test_a_matching_response_has_no_problem() -> None:
    expect = {"status": 200, "headers": {"content-type": "application/json"}, "json": {"a": 1}}
    assert compare_response(expect, json_response({"a": 1})) == []


def test_the_status_code_is_compared_and_the_status_line_shown() -> None:
    assert compare_response({"status": 201}, json_response({}, "200 OK")) == [
        "status: expected 201, got 200 OK"
    ]
    assert compare_response({"status": 200}, response("OK")) == [
        "status: 'OK' is not a valid status line"
    ]


def test_header_names_are_case_insensitive_and_values_exact() -> None:
    sent = response(headers=[("Location", "/items/2")])
    assert compare_response({"headers": {"location": "/items/2"}}, sent) == []
    assert compare_response({"headers": {"Location": "/items/3"}}, sent) == [
        "headers: Location expected '/items/3', got '/items/2'"
    ]
    assert compare_response({"headers": {"ETag": "x"}}, sent) == [
        "headers: ETag is missing (expected 'x')"
    ]


def test_a_content_type_without_parameters_compares_the_media_type_only() -> None:
    assert header_matches("Content-Type", "application/json", "Application/JSON; charset=utf-8")
    assert not header_matches(
        "Content-Type", "application/json; charset=latin-1", "application/json"
    )
    assert not header_matches("X-Kind", "a", "a; b")


def test_a_json_body_compares_exactly_or_as_a_subset() -> None:
    got = json_response({"id": 1, "name": "ada", "extra": True})
    assert compare_response({"json": {"id": 1, "name": "ada"}}, got) == [
        "body: expected {'id': 1, 'name': 'ada'}, got {'id': 1, 'name': 'ada', 'extra': True}"
    ]
    subset = {"json": {"id": 1}, "json_match": "subset"}
    assert compare_response(subset, got) == []
    assert compare_response({"json": {"id": True}, "json_match": "subset"}, got)


def test_a_body_that_is_not_json_is_named() -> None:
    got = response(body=b"<html>")
    assert compare_response({"json": {"a": 1}}, got) == ["body: expected JSON, got '<html>'"]


def test_a_long_json_difference_is_located_rather_than_cut() -> None:
    page = [{"id": n, "title": f"book {n}"} for n in range(30)]
    changed = [dict(row) for row in page]
    changed[20]["title"] = "other"
    problems = compare_response({"json": page}, json_response(changed))
    assert problems == ["body: at [20]['title']: expected 'book 20', got 'other'"]


def test_a_null_expectation_is_not_checked() -> None:
    assert (
        compare_response({"status": None, "json": None, "body": None}, response("500 Oops")) == []
    )


def test_a_body_that_is_not_bytes_is_refused_by_its_type() -> None:
    got = {"status": "200 OK", "headers": [], "chunks": ["text", Opaque("Gen", "")]}
    assert compare_response({}, got) == ["body: the application returned str instead of bytes"]


def test_a_content_length_must_count_the_body_s_bytes() -> None:
    body = '{"n": "é"}'.encode()
    wrong = response(headers=[("Content-Length", str(len(body) - 1))], body=body)
    assert compare_response({}, wrong) == [
        f"headers: Content-Length says '{len(body) - 1}', but the body has {len(body)} bytes"
    ]


def test_a_request_becomes_the_pep_3333_pieces() -> None:
    built = wsgi_request(
        {"method": "post", "path": "/items?x=1", "json": {"a": 1}, "headers": {"X-Trace": "t"}}
    )
    assert (built["method"], built["path"], built["query"]) == ("POST", "/items", "x=1")
    assert built["body"] == b'{"a": 1}'
    assert built["environ"] == {
        "HTTP_HOST": "testserver",
        "CONTENT_LENGTH": "8",
        "CONTENT_TYPE": "application/json",
        "HTTP_X_TRACE": "t",
    }
    query = wsgi_request({"path": "/", "query": {"q": "a b", "tag": ["x", "y"]}})
    assert query["query"] == "q=a+b&tag=x&tag=y"
