"""HTTP endpoints for registration, tokens and the signed-in user's profile."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.views import TokenObtainPairView

from stepwise.accounts import services
from stepwise.accounts.serializers import (
    LogoutSerializer,
    MeSerializer,
    MeUpdateSerializer,
    PasswordChangeSerializer,
    RegisteredSerializer,
    RegisterSerializer,
    TokenPairSerializer,
    TokenRefreshSerializer,
)
from stepwise.common.throttles import AuthRateThrottle


class RegisterApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [AuthRateThrottle]

    @extend_schema(
        tags=["auth"],
        summary="Create a learner account and sign in",
        request=RegisterSerializer,
        responses={201: RegisteredSerializer},
    )
    def post(self, request, *args, **kwargs):
        serializer = RegisterSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.user_register(**serializer.validated_data)
        body = {"user": MeSerializer(user).data, **services.user_token_pair(user=user)}
        return Response(body, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["auth"],
    summary="Sign in: trade username and password for a token pair",
    responses={200: TokenPairSerializer},
)
class TokenObtainApi(TokenObtainPairView):
    authentication_classes = []
    answers_401 = True  # wrong credentials
    throttle_classes = [AuthRateThrottle]


# The base of the endpoints whose only credential is a refresh token in the body (a comment,
# not a docstring: drf-spectacular would publish a docstring as each operation's description).
class _RefreshTokenApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []
    answers_401 = True  # an expired, revoked, already used or forged refresh token
    throttle_classes = [AuthRateThrottle]

    def get_authenticate_header(self, request):
        # A bad refresh token is a 401 (with the header), not the 403 DRF gives views
        # that have no authenticators.
        return 'Bearer realm="api"'


class TokenRefreshApi(_RefreshTokenApi):
    @extend_schema(
        tags=["auth"],
        summary="Trade a refresh token for a new pair (the old one stops working)",
        request=TokenRefreshSerializer,
        responses={200: TokenPairSerializer},
    )
    def post(self, request, *args, **kwargs):
        serializer = TokenRefreshSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            pair = services.token_rotate(refresh=serializer.validated_data["refresh"])
        except TokenError as exc:
            raise InvalidToken(str(exc)) from exc
        return Response(pair)


class LogoutApi(_RefreshTokenApi):
    @extend_schema(
        tags=["auth"],
        summary="Sign out: the refresh token stops working",
        request=LogoutSerializer,
        responses={204: None},
    )
    def post(self, request, *args, **kwargs):
        serializer = LogoutSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            services.token_revoke(refresh=serializer.validated_data["refresh"])
        except TokenError as exc:
            raise InvalidToken(str(exc)) from exc
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeApi(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = MeSerializer

    @extend_schema(tags=["me"], summary="The signed-in user")
    def get(self, request, *args, **kwargs):
        return Response(MeSerializer(request.user).data)

    @extend_schema(
        tags=["me"],
        summary="Change email or display name",
        request=MeUpdateSerializer,
        responses={200: MeSerializer},
    )
    def patch(self, request, *args, **kwargs):
        serializer = MeUpdateSerializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        user = services.user_update(user=request.user, **serializer.validated_data)
        return Response(MeSerializer(user).data)


class PasswordChangeApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [AuthRateThrottle]

    @extend_schema(
        tags=["me"],
        summary="Change the password; other sessions are signed out",
        request=PasswordChangeSerializer,
        responses={204: None},
    )
    def post(self, request, *args, **kwargs):
        serializer = PasswordChangeSerializer(data=request.data, context={"user": request.user})
        serializer.is_valid(raise_exception=True)
        services.user_change_password(
            user=request.user, new_password=serializer.validated_data["new_password"]
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
