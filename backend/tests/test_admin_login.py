"""The Django admin's sign-in form is throttled per client address, like the API's sign-in."""

import pytest
from django.test import Client

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def twenty_a_minute(monkeypatch):
    from stepwise.common.throttles import AuthRateThrottle

    # The production default of THROTTLE_AUTH; the test settings raise it for everyone else.
    monkeypatch.setattr(AuthRateThrottle, "THROTTLE_RATES", {"auth": "20/min"})


@pytest.fixture
def admin_account():
    return UserFactory(username="boss", is_staff=True, is_superuser=True)


def _attempt(client: Client, password: str, address: str = "198.51.100.7"):
    return client.post(LOGIN, {"username": "boss", "password": password}, REMOTE_ADDR=address)


def test_the_right_password_signs_in_to_the_admin(admin_account, twenty_a_minute):
    client = Client()
    response = _attempt(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_21st_attempt_in_a_minute_is_refused_even_with_the_right_password(
    admin_account, twenty_a_minute
):
    client = Client()
    guesses = [_attempt(client, f"guess-{n}").status_code for n in range(20)]
    assert guesses == [200] * 20  # the form again, with an error

    response = _attempt(client, PASSWORD)

    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "Too many sign-in attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still signed out: back to the login


def test_the_limit_is_counted_per_client_address(admin_account, twenty_a_minute):
    for n in range(21):
        _attempt(Client(), f"guess-{n}", address="198.51.100.7")
    client = Client()
    assert _attempt(client, PASSWORD, address="203.0.113.9").status_code == 302


def test_showing_the_sign_in_form_is_not_counted(admin_account, twenty_a_minute):
    for _ in range(25):
        assert Client().get(LOGIN, REMOTE_ADDR="198.51.100.7").status_code == 200
    assert _attempt(Client(), PASSWORD).status_code == 302
