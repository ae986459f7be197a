"""The tokens Stepwise issues: simplejwt's refresh/access pair with the user's `role` in it,
so that a learner's read-only requests can be authenticated from the token alone
(`stepwise.accounts.authentication`). Every way of getting a pair goes through here."""

from rest_framework_simplejwt.serializers import (
    TokenObtainPairSerializer as SimpleJWTTokenObtainPairSerializer,
)
from rest_framework_simplejwt.tokens import RefreshToken

ROLE_CLAIM = "role"


class RoleRefreshToken(RefreshToken):
    """A refresh token carrying `role`; the access tokens made from it copy the claim."""

    @classmethod
    def for_user(cls, user):
        token = super().for_user(user)
        token[ROLE_CLAIM] = str(user.role)
        return token


# Sign-in (username and password for a pair) issuing RoleRefreshTokens. Named like simplejwt's,
# which it replaces, so the contract's component keeps its name; a comment, not a docstring,
# which drf-spectacular would publish as the component's description.
class TokenObtainPairSerializer(SimpleJWTTokenObtainPairSerializer):
    token_class = RoleRefreshToken
