"""Registration, tokens (obtain, rotate, revoke), profile and password change."""

import pytest

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

REGISTER = "/api/v1/auth/register/"
TOKEN = "/api/v1/auth/token/"
REFRESH = "/api/v1/auth/token/refresh/"
LOGOUT = "/api/v1/auth/logout/"


def _register(api, **overrides):
    body = {"username": "newbie", "email": "newbie@example.org", "password": "a-long-passphrase-42"}
    body.update(overrides)
    return api.post(REGISTER, body, format="json")


def test_it_registers_a_learner_and_signs_them_in(api):
    response = _register(api, display_name="New Bie")
    assert response.status_code == 201
    body = response.json()
    assert body["user"]["role"] == "learner"
    assert body["user"]["display_name"] == "New Bie"
    assert "password" not in body["user"]
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {body['access']}")
    assert api.get("/api/v1/me/").json()["username"] == "newbie"


def test_it_rejects_a_weak_password_with_the_validators_messages(api):
    response = _register(api, password="12345678")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["errors"]["password"]


def test_registration_does_not_reveal_whether_an_email_is_registered(api, learner):
    # E-mail is contact information here, not an identifier: a second account may use it,
    # and the answer is the same whether or not one already does.
    response = _register(api, email=learner.email.upper())
    assert response.status_code == 201, response.json()
    assert response.json()["user"]["email"].lower() == learner.email


def test_it_rejects_a_taken_username_in_any_case(api, learner):
    response = _register(api, username=learner.username.upper())
    assert response.status_code == 400
    assert response.json()["errors"] == {"username": ["This username is taken."]}


def test_it_normalises_a_username_to_nfkc_before_checking_it(api, learner):
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in learner.username)  # "ａｄａ"
    taken = _register(api, username=fullwidth)
    assert taken.json()["errors"] == {"username": ["This username is taken."]}

    created = _register(api, username="ｎｅｗｂｉｅ")
    assert created.status_code == 201
    assert created.json()["user"]["username"] == "newbie"


@pytest.mark.parametrize("username", ["аdmin", "lеarner", "ada lovelace", "ada@home", "ü-ber"])
def test_it_rejects_usernames_outside_ascii_letters_digits_and_dot_dash_underscore(api, username):
    response = _register(api, username=username)
    assert response.status_code == 400
    assert "ASCII letters" in response.json()["errors"]["username"][0]


def test_the_database_refuses_a_username_differing_only_in_case(learner):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(username=learner.username.upper())


def test_existing_users_with_names_the_new_rule_refuses_still_sign_in(api):
    UserFactory(username="old+timer@home")
    response = api.post(TOKEN, {"username": "old+timer@home", "password": PASSWORD}, format="json")
    assert response.status_code == 200


def test_it_rejects_a_body_that_is_not_an_object(api):
    response = api.post(REGISTER, [1, 2], format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_it_issues_a_token_pair_for_the_right_password(api, learner):
    response = api.post(TOKEN, {"username": learner.username, "password": PASSWORD}, format="json")
    assert response.status_code == 200
    assert {"access", "refresh"} <= response.json().keys()


def test_it_refuses_a_wrong_password_with_401(api, learner):
    response = api.post(TOKEN, {"username": learner.username, "password": "nope"}, format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"


def test_refreshing_rotates_the_refresh_token_and_retires_the_old_one(api, learner):
    pair = api.post(TOKEN, {"username": learner.username, "password": PASSWORD}, format="json")
    old_refresh = pair.json()["refresh"]
    rotated = api.post(REFRESH, {"refresh": old_refresh}, format="json")
    assert rotated.status_code == 200
    assert rotated.json()["refresh"] != old_refresh
    reused = api.post(REFRESH, {"refresh": old_refresh}, format="json")
    assert reused.status_code == 401
    assert reused.json()["code"] == "token_not_valid"


def test_logout_blacklists_the_refresh_token(api, learner):
    pair = api.post(TOKEN, {"username": learner.username, "password": PASSWORD}, format="json")
    refresh = pair.json()["refresh"]
    assert api.post(LOGOUT, {"refresh": refresh}, format="json").status_code == 204
    assert api.post(REFRESH, {"refresh": refresh}, format="json").status_code == 401


def test_logout_with_a_garbage_token_is_a_401_in_the_error_shape(api):
    response = api.post(LOGOUT, {"refresh": "not-a-token"}, format="json")
    assert response.status_code == 401
    assert set(response.json()) >= {"code", "detail"}


def test_me_requires_authentication(api):
    response = api.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_an_invalid_bearer_token_is_a_401(api):
    api.credentials(HTTP_AUTHORIZATION="Bearer garbage")
    response = api.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "token_not_valid"


def test_me_reports_the_role_of_each_kind_of_user(learner_api, instructor_api, admin_user):
    from tests.conftest import _client_for

    assert learner_api.get("/api/v1/me/").json()["role"] == "learner"
    assert instructor_api.get("/api/v1/me/").json()["role"] == "instructor"
    assert _client_for(admin_user).get("/api/v1/me/").json()["role"] == "admin"


def test_me_updates_the_display_name_and_email(learner_api):
    response = learner_api.patch(
        "/api/v1/me/", {"display_name": "Ada L.", "email": "ada@new.example"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["display_name"] == "Ada L."
    assert response.json()["email"] == "ada@new.example"


def test_me_does_not_reveal_that_another_user_has_an_email(learner_api, other_learner):
    response = learner_api.patch("/api/v1/me/", {"email": other_learner.email}, format="json")
    assert response.status_code == 200
    assert response.json()["email"] == other_learner.email


def test_me_ignores_attempts_to_change_the_username_or_role(learner_api, learner):
    learner_api.patch("/api/v1/me/", {"username": "root", "role": "admin"}, format="json")
    learner.refresh_from_db()
    assert learner.username == "ada"
    assert learner.role == "learner"


def test_password_change_needs_the_old_password(learner_api):
    response = learner_api.post(
        "/api/v1/me/password/",
        {"old_password": "wrong", "new_password": "another-long-passphrase-7"},
        format="json",
    )
    assert response.status_code == 400
    assert "old_password" in response.json()["errors"]


def test_password_change_signs_out_other_sessions(api, learner, learner_api):
    pair = api.post(TOKEN, {"username": learner.username, "password": PASSWORD}, format="json")
    response = learner_api.post(
        "/api/v1/me/password/",
        {"old_password": PASSWORD, "new_password": "another-long-passphrase-7"},
        format="json",
    )
    assert response.status_code == 204
    assert api.post(REFRESH, {"refresh": pair.json()["refresh"]}, format="json").status_code == 401
    fresh = api.post(
        TOKEN,
        {"username": learner.username, "password": "another-long-passphrase-7"},
        format="json",
    )
    assert fresh.status_code == 200


def test_login_attempts_are_throttled_per_client(api, learner, monkeypatch):
    from stepwise.common.throttles import AuthRateThrottle

    monkeypatch.setattr(AuthRateThrottle, "THROTTLE_RATES", {"auth": "3/min"})
    statuses = [
        api.post(TOKEN, {"username": learner.username, "password": "x"}, format="json")
        for _ in range(4)
    ]
    assert [r.status_code for r in statuses] == [401, 401, 401, 429]
    assert statuses[-1].json()["code"] == "throttled"
    assert "Retry-After" in statuses[-1].headers


def test_inactive_users_cannot_sign_in(api):
    user = UserFactory(is_active=False)
    response = api.post(TOKEN, {"username": user.username, "password": PASSWORD}, format="json")
    assert response.status_code == 401


def test_refreshing_is_refused_once_the_user_is_deactivated_or_deleted(api, learner):
    pair = api.post(TOKEN, {"username": learner.username, "password": PASSWORD}, format="json")
    learner.is_active = False
    learner.save()
    refused = api.post(REFRESH, {"refresh": pair.json()["refresh"]}, format="json")
    assert refused.status_code == 401
    assert refused.json()["code"] == "no_active_account"
    learner.delete()
    refused = api.post(REFRESH, {"refresh": pair.json()["refresh"]}, format="json")
    assert refused.status_code == 401
