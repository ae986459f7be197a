"""The read-path benchmark's constant view is served by the benchmark's URLconf only."""

from django.urls import resolve

from bench import urls as bench_urls
from config import urls as shipped_urls


def test_the_shipped_urls_have_no_constant_view():
    match = resolve("/bench/constant/3600/", urlconf=shipped_urls)
    assert match.url_name == "spa"


def test_the_benchmark_urls_serve_a_body_of_the_asked_size(rf):
    match = resolve("/bench/constant/3600/", urlconf=bench_urls)
    response = match.func(rf.get("/bench/constant/3600/"), **match.kwargs)
    assert response["Content-Type"] == "application/json"
    assert len(response.content) == 3600
