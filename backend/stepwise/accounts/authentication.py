"""How the API authenticates a request: a bearer access token, checked by simplejwt.

`BearerTokenAuthentication` is simplejwt's `JWTAuthentication` (signature, expiry and token
type are checked the same way, and the user is loaded from the database, so a deactivated or
deleted account is refused and the role is the current one) with one exception. A view that
sets `learner_reads_from_token = True` declares that its safe methods show a learner nothing
that any other learner would not see; for a GET, HEAD or OPTIONS there whose token says the
user is a learner, the user is not loaded: the request's user is a `TokenLearner`, a learner
by construction, built from the signed claims. Writes, instructors' and admins' tokens, and
tokens issued before tokens carried a role always load the user.

The cost of skipping the query: a learner whose account was deactivated or deleted can still
read what every signed-in learner reads (published topics and exercises) until their access
token expires (`JWT_ACCESS_MINUTES`, 15 by default); their refresh token is refused at once,
and so is every other request. A learner promoted to instructor reads those views as a
learner until their next token. A token never grants more than a learner's reads without the
database confirming it.
"""

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework.permissions import SAFE_METHODS
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.models import TokenUser

from stepwise.accounts.models import User
from stepwise.accounts.tokens import ROLE_CLAIM


class TokenLearner(TokenUser):
    """A signed-in learner known only from their token: no row behind it, no author rights."""

    role = User.Role.LEARNER
    can_author = False
    is_instructor_member = False


class BearerTokenAuthentication(JWTAuthentication):
    def authenticate(self, request):
        header = self.get_header(request)
        if header is None:
            return None
        raw_token = self.get_raw_token(header)
        if raw_token is None:
            return None
        token = self.get_validated_token(raw_token)
        if self._learner_read(request) and token.get(ROLE_CLAIM) == User.Role.LEARNER:
            return TokenLearner(token), token
        return self.get_user(token), token

    @staticmethod
    def _learner_read(request) -> bool:
        view = request.parser_context.get("view") if request.parser_context else None
        return request.method in SAFE_METHODS and getattr(view, "learner_reads_from_token", False)


class BearerTokenScheme(SimpleJWTScheme):
    """The contract's `jwtAuth` security scheme, unchanged: the same bearer token."""

    target_class = BearerTokenAuthentication
