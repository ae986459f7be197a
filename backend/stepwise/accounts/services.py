"""Account writes: registration, profile and password changes, token revocation."""

from django.db import IntegrityError, transaction
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from stepwise.accounts.models import USERNAME_TAKEN, User
from stepwise.accounts.tokens import RoleRefreshToken
from stepwise.common.domain import InvalidChange


def user_register(*, username: str, email: str, password: str, display_name: str = "") -> User:
    """Create a learner. Raises InvalidChange when the username is taken in any case,
    including by a registration that committed after the caller checked."""
    user = User(username=username, email=email, display_name=display_name)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        # Usernames are the only unique columns a registration writes.
        raise InvalidChange({"username": [USERNAME_TAKEN]}) from None
    return user


def user_token_pair(*, user: User) -> dict:
    refresh = RoleRefreshToken.for_user(user)
    return {"access": str(refresh.access_token), "refresh": str(refresh)}


def user_update(*, user: User, **changes) -> User:
    for field, value in changes.items():
        setattr(user, field, value)
    user.save(update_fields=list(changes) or None)
    return user


@transaction.atomic
def user_change_password(*, user: User, new_password: str) -> None:
    user.set_password(new_password)
    user.save(update_fields=["password"])
    # Every session signed in with the old password ends: its refresh tokens stop working.
    for token in OutstandingToken.objects.filter(user=user):
        BlacklistedToken.objects.get_or_create(token=token)


def token_rotate(*, refresh: str) -> dict:
    """Trade a refresh token for a new pair, once: the old token is blacklisted in the same
    transaction, and only the request whose insert of the blacklist row succeeds gets a pair.

    simplejwt checks the blacklist, then blacklists, then issues; parallel requests all pass
    the check before any of them blacklists, and each used to get a working successor. The
    blacklist row is unique per token, so on PostgreSQL a second insert waits for the first
    transaction and then finds the row: `created` is true for exactly one request.
    Raises simplejwt's TokenError when the token is not valid or already used, and DRF's
    AuthenticationFailed when its user may no longer sign in.
    """
    with transaction.atomic():
        token = RefreshToken(refresh)
        user = User.objects.filter(
            **{api_settings.USER_ID_FIELD: token.payload.get(api_settings.USER_ID_CLAIM)}
        ).first()
        if not api_settings.USER_AUTHENTICATION_RULE(user):
            raise AuthenticationFailed(
                "No active account found for the given token.", code="no_active_account"
            )
        _, created = token.blacklist()
        if not created:
            raise TokenError("Token is blacklisted")
        return user_token_pair(user=user)


def token_revoke(*, refresh: str) -> None:
    """Blacklist a refresh token; raises simplejwt's TokenError when it is not valid."""
    RefreshToken(refresh).blacklist()
