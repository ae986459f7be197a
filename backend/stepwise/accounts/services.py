"""Account writes: registration, profile and password changes, token revocation."""

from django.db import transaction
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from stepwise.accounts.models import User


@transaction.atomic
def user_register(*, username: str, email: str, password: str, display_name: str = "") -> User:
    user = User(username=username, email=email, display_name=display_name)
    user.set_password(password)
    user.save()
    return user


def user_token_pair(*, user: User) -> dict:
    refresh = RefreshToken.for_user(user)
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


def token_revoke(*, refresh: str) -> None:
    """Blacklist a refresh token; raises simplejwt's TokenError when it is not valid."""
    RefreshToken(refresh).blacklist()
