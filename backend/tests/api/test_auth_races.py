"""Account operations raced by parallel requests against the real PostgreSQL: each thread
is its own request with its own database connection and transaction, as under gunicorn."""

import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PARALLEL = 8


def _in_parallel(requests: list) -> list:
    """Run each zero-argument callable in its own thread, released at the same instant."""
    barrier = threading.Barrier(len(requests))
    responses: list = [None] * len(requests)

    def run(index, request):
        try:
            barrier.wait()
            responses[index] = request()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


def _post(path: str, body: dict):
    return lambda: APIClient().post(path, body, format="json")


def test_a_refresh_token_refreshed_in_parallel_has_exactly_one_successor():
    user = UserFactory(username="racer")
    for _ in range(3):  # a few rounds: a lost race must not depend on one lucky schedule
        pair = APIClient().post(
            "/api/v1/auth/token/", {"username": "racer", "password": PASSWORD}, format="json"
        )
        refresh = pair.json()["refresh"]

        responses = _in_parallel(
            [_post("/api/v1/auth/token/refresh/", {"refresh": refresh})] * PARALLEL
        )

        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] + [401] * (PARALLEL - 1), statuses
        successor = next(r.json()["refresh"] for r in responses if r.status_code == 200)
        again = APIClient().post(
            "/api/v1/auth/token/refresh/", {"refresh": successor}, format="json"
        )
        assert again.status_code == 200
    assert user.outstandingtoken_set.count() == 3 * 3  # obtained, rotated, rotated again
