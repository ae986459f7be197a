"""The `http` kind: a learner WSGI app, requests built here, responses compared here."""

from __future__ import annotations

import pytest

from grading import grade
from grading.kinds.http import wsgi_request

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

APP = """
import json
ITEMS = []

def app(environ, start_response):
    method, path = environ['REQUEST_METHOD'], environ['PATH_INFO']
    if path == '/items' and method == 'POST':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        data = json.loads(environ['wsgi.input'].read(size))
        ITEMS.append(data['name'])
        body = {'id': len(ITEMS), 'name': data['name']}
        start_response('201 Created', [('Content-Type', 'application/json'),
                                       ('Location', f'/items/{len(ITEMS)}')])
        return [json.dumps(body).encode()]
    if path == '/echo':
        body = {'query': environ['QUERY_STRING'], 'auth': environ.get('HTTP_AUTHORIZATION'),
                'type': environ.get('CONTENT_TYPE'), 'count': len(ITEMS)}
        start_response('200 OK', [('Content-Type', 'application/json')])
        return [json.dumps(body).encode()]
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'not found']
"""

SPEC = {
    "tests": [
        {
            "name": "creating an item answers 201 with its location",
            "before": [{"method": "POST", "path": "/items", "json": {"name": "first"}}],
            "request": {"method": "POST", "path": "/items", "json": {"name": "second"}},
            "expect": {
                "status": 201,
                "headers": {"location": "/items/2"},
                "json": {"id": 2, "name": "second"},
            },
        },
        {
            "name": "state does not leak between tests",
            "request": {"method": "GET", "path": "/echo"},
            "expect": {"status": 200, "json": {"count": 0}, "json_match": "subset"},
        },
        {
            "name": "query and headers reach the app",
            "request": {
                "method": "GET",
                "path": "/echo",
                "query": {"page": 2, "q": "a b"},
                "headers": {"Authorization": "Bearer demo"},
            },
            "expect": {
                "status": 200,
                "headers": {"Content-Type": "application/json"},
                "json": {"query": "page=2&q=a+b", "auth": "Bearer demo", "type": None, "count": 0},
            },
        },
        {
            "name": "unknown paths answer 404",
            "request": {"method": "GET", "path": "/nope?x=1"},
            "expect": {"status": 404, "body": "not found"},
            "hidden": True,
        },
    ]
}


def test_a_correct_app_is_accepted(config):
    result = grade("http", APP, SPEC, None, config)
    assert (result.status, result.verdict, result.score) == ("completed", "accepted", 1.0), result


def test_status_header_and_body_differences_are_each_named(config):
    bad = APP.replace("'201 Created'", "'200 OK'").replace("f'/items/{len(ITEMS)}'", "'/items'")
    result = grade("http", bad, SPEC, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == (
        "status: expected 201, got 200 OK; headers: location expected '/items/2', got '/items'"
    )
    body = APP.replace("'name': data['name']}", "'name': data['name'].upper()}")
    result = grade("http", body, SPEC, None, config)
    assert result.tests[0].message == (
        "body: expected {'id': 2, 'name': 'second'}, got {'id': 2, 'name': 'SECOND'}"
    )


def test_state_stashed_in_sys_modules_does_not_leak_either(config):
    leaky = APP.replace("ITEMS = []", "import sys\nITEMS = sys.modules.setdefault('leak', [])")
    result = grade("http", leaky, SPEC, None, config)
    assert result.verdict == "accepted"


def test_hidden_tests_say_only_that_the_result_was_wrong(config):
    result = grade("http", APP.replace("b'not found'", "b'gone'"), SPEC, None, config)
    assert result.tests[3].message == "wrong result (hidden test)"


def test_an_app_that_raises_or_is_missing(config):
    result = grade("http", "def app(environ, start_response):\n    1 / 0\n", SPEC, None, config)
    assert result.tests[1].message == (
        "the request failed: ZeroDivisionError: division by zero (line 2 of your code)"
    )
    assert result.tests[0].message.startswith("request 1 before the test (POST /items) failed")
    result = grade("http", "x = 1\n", SPEC, None, config)
    assert result.tests[0].message == "your code does not define app(environ, start_response)"


def test_a_str_body_is_reported_as_not_bytes(config):
    source = "def app(e, start_response):\n    start_response('200 OK', [])\n    return ['x']\n"
    spec = {"tests": [{"name": "n", "request": {"path": "/"}, "expect": {"status": 200}}]}
    result = grade("http", source, spec, None, config)
    assert result.tests[0].message == "body: the application returned str instead of bytes"


def test_the_environ_follows_pep_3333():
    req = wsgi_request(
        {
            "method": "post",
            "path": "/a?b=1",
            "json": {"x": 1},
            "headers": {"X-Token": "t", "Content-Type": "application/vnd+json"},
        }
    )
    assert req["method"] == "POST"
    assert (req["path"], req["query"]) == ("/a", "b=1")
    assert req["body"] == b'{"x": 1}'
    assert req["environ"] == {
        "HTTP_HOST": "testserver",
        "CONTENT_LENGTH": "8",
        "HTTP_X_TOKEN": "t",
        "CONTENT_TYPE": "application/vnd+json",
    }


def test_a_test_may_send_a_wrong_content_length_or_none():
    body = {"method": "POST", "path": "/", "json": {"x": 1}}
    wrong = wsgi_request({**body, "headers": {"Content-Length": "-1"}})
    assert wrong["environ"]["CONTENT_LENGTH"] == "-1"
    assert wrong["body"] == b'{"x": 1}'
    missing = wsgi_request({**body, "headers": {"Content-Length": ""}})
    assert "CONTENT_LENGTH" not in missing["environ"]


def _response(status="200 OK", headers=(), body=b""):
    return {
        "status": status,
        "headers": [list(h) for h in headers],
        "chunks": [body] if body else [],
    }


def test_a_json_content_type_with_a_charset_is_the_same_media_type():
    from grading.kinds.http import compare_response

    response = _response(headers=[("Content-Type", "application/json; charset=utf-8")])
    assert compare_response({"status": 200, "headers": {"content-type": "application/json"}},
                            response) == []  # fmt: skip
    assert compare_response({"status": 200, "headers": {"Content-Type": "text/html"}}, response)
    pinned = {"status": 200, "headers": {"Content-Type": "application/json; charset=latin-1"}}
    assert compare_response(pinned, response) == [
        "headers: Content-Type expected 'application/json; charset=latin-1', "
        "got 'application/json; charset=utf-8'"
    ]


def test_a_header_that_must_be_absent_is_named_when_sent():
    from grading.kinds.http import compare_response

    response = _response(headers=[("Server", "demo/1.0"), ("X-Powered-By", "wsgi")])
    expect = {"status": 200, "absent_headers": ["x-powered-by", "Set-Cookie"]}
    assert compare_response(expect, response) == [
        "headers: x-powered-by must not be sent, got 'wsgi'"
    ]


def test_an_empty_body_expectation_refuses_any_body():
    from grading.kinds.http import compare_response

    expect = {"status": 204, "body": ""}
    assert compare_response(expect, _response("204 No Content")) == []
    assert compare_response(expect, _response("204 No Content", body=b"{}")) == [
        "body: expected no body, got '{}'"
    ]


def test_a_no_content_response_with_a_body_is_wrong_in_the_sandbox(config):
    source = (
        "def app(environ, start_response):\n"
        "    start_response('204 No Content', [('Content-Type', 'application/json')])\n"
        "    return [b'null']\n"
    )
    spec = {
        "tests": [
            {"name": "deletes", "request": {"method": "DELETE", "path": "/items/1"},
             "expect": {"status": 204, "body": "", "absent_headers": ["Content-Type"]}},
        ]
    }  # fmt: skip
    result = grade("http", source, spec, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[0].message == (
        "headers: Content-Type must not be sent, got 'application/json'; "
        "body: expected no body, got 'null'"
    )


GENERATED = {
    **SPEC,
    "solution": APP,
    "generated": [
        {
            "name": "random request sequences",
            "count": 30,
            "requests": {
                "list": {"record": {"method": {"choice": ["GET", "POST"]},
                                    "path": {"choice": ["/items", "/echo", "/nope"]},
                                    "json": {"const": {"name": "a"}}}},
                "min": 1, "max": 4,
            },
        }
    ],
}  # fmt: skip


def test_generated_request_sequences_catch_what_the_written_tests_miss(config):
    assert grade("http", APP, GENERATED, None, config).verdict == "accepted"
    capped = APP.replace("'count': len(ITEMS)}", "'count': min(len(ITEMS), 1)}")
    assert grade("http", capped, SPEC, None, config).verdict == "accepted"
    result = grade("http", capped, GENERATED, None, config)
    assert result.verdict == "wrong_answer"
    assert result.tests[-1].name == "random request sequences"
    assert result.tests[-1].message.startswith("failed generated case ")


def test_a_reference_application_that_fails_a_generated_request_is_a_platform_error(config):
    broken = {**GENERATED, "solution": APP.replace("ITEMS.append", "1 / 0; ITEMS.append")}
    result = grade("http", APP, broken, None, config)
    assert result.status == "error"
    assert "the reference application failed" in result.error


def test_the_expectation_is_the_reference_response():
    from grading.kinds.http import _expectation

    json_response = {"status": "201 Created", "chunks": [b'{"id": 1}'],
                     "headers": [["Content-Type", "application/json; charset=utf-8"]]}  # fmt: skip
    assert _expectation("t", json_response) == {
        "status": 201, "headers": {"Content-Type": "application/json"}, "json": {"id": 1}
    }  # fmt: skip
    empty = {"status": "204 No Content", "chunks": [], "headers": []}
    assert _expectation("t", empty) == {
        "status": 204, "absent_headers": ["Content-Type"], "body": ""
    }  # fmt: skip


def test_a_content_length_that_counts_characters_instead_of_bytes_is_wrong():
    from grading.kinds.http import compare_response

    body = '{"name": "Zoë"}'.encode()
    by_chars = _response(headers=[("Content-Length", str(len(body.decode())))], body=body)
    assert compare_response({"status": 200}, by_chars) == [
        "headers: Content-Length says '15', but the body has 16 bytes"
    ]
    by_bytes = _response(headers=[("Content-Length", str(len(body)))], body=body)
    assert compare_response({"status": 200}, by_bytes) == []
