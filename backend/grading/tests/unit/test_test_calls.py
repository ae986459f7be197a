"""What each kind shows as a failing test's call (`Test.call`): the call or requests as the
learner would write them, built from the test's spec alone."""

from __future__ import annotations

from grading.jsondata import JSONObject
from grading.kinds import code, django, http


def test_a_code_test_reads_as_the_call_it_makes() -> None:
    assert code.test_call({"call": "slugify", "args": ["Hello World"]}) == "slugify('Hello World')"
    assert code.test_call({"call": "f", "args": [1], "kwargs": {"sep": "-"}}) == "f(1, sep='-')"
    assert code.test_call({"expr": "area(2) * 2"}) == "area(2) * 2"
    steps = {
        "object": {"class": "Stack"},
        "steps": [{"call": "push", "args": [1]}, {"call": "pop"}],
    }
    assert code.test_call(steps) == "x = Stack(); x.push(1); x.pop()"


def test_an_http_test_reads_as_its_requests_with_the_query() -> None:
    raw = {"request": {"method": "get", "path": "/items/", "query": {"page": 2}}}
    assert http.test_call(raw) == "GET /items/?page=2"
    sequence: JSONObject = {"before": [{"method": "POST", "path": "/items/"}]}
    sequence["request"] = {"path": "/items/1"}
    assert http.test_call(sequence) == "POST /items/ then GET /items/1"


def test_a_django_test_reads_as_its_steps() -> None:
    raw = {
        "steps": [
            {"request": {"method": "GET", "path": "/orders/"}, "user": "ann"},
            {"call": "shop.services.place_order", "args": [1], "kwargs": {"qty": 2}},
        ]
    }
    assert django.test_call(raw) == "GET /orders/ as ann; shop.services.place_order(1, qty=2)"
