"""With the shared cache (Redis) unreachable, throttled endpoints still answer, and still
limit: the count falls back to the process, never to "no limit" and never to a 500."""

import pytest

from stack.services import free_port
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_away(settings):
    # A port nothing listens on: every cache call fails with a connection error.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    from stepwise.common import throttles

    fallback = getattr(throttles, "throttle_cache", None)
    if fallback is not None:  # the process-local counts of an earlier test
        fallback.local.clear()


def test_sign_in_is_still_limited_when_the_cache_is_away(api, redis_away, monkeypatch):
    from stepwise.common.throttles import AuthRateThrottle

    monkeypatch.setattr(AuthRateThrottle, "THROTTLE_RATES", {"auth": "3/min"})
    UserFactory(username="ada")
    codes = [
        api.post(
            "/api/v1/auth/token/", {"username": "ada", "password": PASSWORD}, format="json"
        ).status_code
        for _ in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]


def test_a_wait_is_answered_without_holding_when_the_cache_is_away(learner_api, redis_away):
    from tests.factories import SubmissionFactory

    submission = SubmissionFactory(user=learner_api.user, status="queued", verdict="")
    response = learner_api.get(f"/api/v1/submissions/{submission.pk}/?wait=1")
    assert response.status_code == 200


def test_learners_still_read_the_curriculum_when_the_cache_is_away(learner_api, redis_away):
    """The shared cache of curriculum reads is a speed-up only: without it reads are computed,
    and a change still shows (no stale copy survives somewhere)."""
    from tests.factories import ExerciseFactory

    ExerciseFactory(slug="one", title="First")
    for _ in range(2):
        response = learner_api.get("/api/v1/exercises/")
        assert response.status_code == 200
        assert [e["title"] for e in response.json()["results"]] == ["First"]
