"""Fixtures shared by the backend tests: users of each role and API clients signed in as them."""

import pytest
from rest_framework.test import APIClient

from stepwise.accounts.services import user_token_pair
from tests.factories import UserFactory


def pytest_collection_modifyitems(config, items):
    # `make test` spreads the files over parallel workers (pytest-xdist, one file at a time, in
    # collection order): the few tests that take minutes go first, or the run ends with one
    # worker busy on them and the other idle.
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture
def api():
    return APIClient()


def _client_for(user) -> APIClient:
    client = APIClient()
    # A token as the API issues it (with the role claim), not a bare simplejwt one.
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {user_token_pair(user=user)['access']}")
    client.user = user
    return client


@pytest.fixture
def learner(db):
    return UserFactory(username="ada")


@pytest.fixture
def other_learner(db):
    return UserFactory(username="grace")


@pytest.fixture
def instructor(db):
    return UserFactory(username="teacher", instructor=True)


@pytest.fixture
def admin_user(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture
def learner_api(learner):
    return _client_for(learner)


@pytest.fixture
def other_learner_api(other_learner):
    return _client_for(other_learner)


@pytest.fixture
def instructor_api(instructor):
    return _client_for(instructor)


@pytest.fixture(autouse=True)
def _clear_throttle_cache():
    from django.core.cache import cache

    cache.clear()
