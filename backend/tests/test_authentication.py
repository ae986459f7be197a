"""Bearer-token authentication: which requests trust the token's role, and which load the
user (and so refuse a deactivated or deleted account at once)."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from stepwise.accounts.models import INSTRUCTOR_GROUP
from tests.factories import PASSWORD, ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _signed_in(api, user) -> APIClient:
    pair = api.post(
        "/api/v1/auth/token/", {"username": user.username, "password": PASSWORD}, format="json"
    )
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {pair.json()['access']}")
    return api


def _user_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return sum('FROM "accounts_user"' in query["sql"] for query in captured.captured_queries)


def test_tokens_say_which_role_they_were_issued_for(api, learner, instructor):
    pair = api.post(
        "/api/v1/auth/token/", {"username": learner.username, "password": PASSWORD}, format="json"
    )
    assert AccessToken(pair.json()["access"])["role"] == "learner"
    assert RefreshToken(pair.json()["refresh"])["role"] == "learner"
    pair = api.post(
        "/api/v1/auth/token/",
        {"username": instructor.username, "password": PASSWORD},
        format="json",
    )
    assert AccessToken(pair.json()["access"])["role"] == "instructor"


def test_a_learner_reads_the_curriculum_without_being_loaded(api, learner):
    ExerciseFactory(slug="one")
    client = _signed_in(api, learner)
    for url in ("/api/v1/exercises/", "/api/v1/topics/", "/api/v1/exercises/one/"):
        assert _user_queries(client, url) == 0
    assert _user_queries(client, "/api/v1/me/") == 1  # everything else loads the user


def test_a_deactivated_learner_is_refused_everywhere_but_the_published_curriculum(api, learner):
    ExerciseFactory(slug="one")
    client = _signed_in(api, learner)
    learner.is_active = False
    learner.save()
    for url in ("/api/v1/me/", "/api/v1/submissions/", "/api/v1/me/progress/"):
        assert client.get(url).status_code == 401, url
    answer = {"exercise": "one", "answer": {"kind": "choice", "choices": ["a"]}}
    assert client.post("/api/v1/submissions/", answer, format="json").status_code == 401
    assert (
        client.post("/api/v1/topics/", {"slug": "x", "title": "X"}, format="json").status_code
        == 401
    )
    # The trade-off: until the access token expires, what every learner may read.
    assert client.get("/api/v1/exercises/").status_code == 200


def test_a_deleted_learner_is_refused_outside_the_published_curriculum(api, learner):
    client = _signed_in(api, learner)
    learner.delete()
    assert client.get("/api/v1/me/").status_code == 401
    assert client.get("/api/v1/topics/").status_code == 200


def test_an_instructor_token_is_checked_against_the_database(api, instructor):
    ExerciseFactory(slug="draft", published=False)
    client = _signed_in(api, instructor)
    assert client.get("/api/v1/exercises/draft/").json()["private_spec"] is not None
    instructor.groups.remove(Group.objects.get(name=INSTRUCTOR_GROUP))
    assert client.get("/api/v1/exercises/draft/").status_code == 404
    assert (
        client.post("/api/v1/topics/", {"slug": "x", "title": "X"}, format="json").status_code
        == 403
    )
    instructor.is_active = False
    instructor.save()
    assert client.get("/api/v1/exercises/").status_code == 401


def test_a_token_issued_without_a_role_is_checked_against_the_database(api, learner):
    TopicFactory()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(learner).access_token}")
    assert _user_queries(api, "/api/v1/topics/") == 1
    learner.is_active = False
    learner.save()
    assert api.get("/api/v1/topics/").status_code == 401


def test_a_role_claim_cannot_be_changed_without_the_signing_key(api, learner):
    client = _signed_in(api, learner)
    header, _, signature = client._credentials["HTTP_AUTHORIZATION"].split()[1].split(".")
    token = AccessToken()
    token.payload.update({"user_id": str(learner.pk), "role": "instructor"})
    _, forged_payload, _ = str(token).split(".")
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {header}.{forged_payload}.{signature}")
    assert client.get("/api/v1/topics/").status_code == 401
