"""Account operations raced by parallel requests against the real PostgreSQL: each thread
is its own request with its own database connection and transaction, as under gunicorn."""

import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from stepwise.accounts.models import User
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


def test_parallel_registrations_of_case_variants_create_one_account():
    variants = ["racer", "Racer", "RACER", "rAcer", "raCer", "racEr", "ｒａｃｅｒ", "RaCeR"]
    bodies = [
        {"username": name, "email": f"racer{i}@example.org", "password": "a-long-passphrase-42"}
        for i, name in enumerate(variants)
    ]

    responses = _in_parallel([_post("/api/v1/auth/register/", body) for body in bodies])

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] + [400] * (len(variants) - 1), statuses
    for response in responses:
        if response.status_code == 400:
            assert response.json()["errors"] == {"username": ["This username is taken."]}
    assert User.objects.filter(username__iexact="racer").count() == 1
