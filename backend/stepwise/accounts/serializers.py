"""Representations and inputs for accounts and authentication."""

from django.contrib.auth import password_validation
from rest_framework import serializers

from stepwise.accounts.models import USERNAME_PATTERN, USERNAME_TAKEN, User


class MeSerializer(serializers.ModelSerializer):
    role = serializers.ChoiceField(choices=User.Role.choices, read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "email", "display_name", "role", "date_joined"]
        read_only_fields = fields  # output only: changes go through MeUpdateSerializer


class MeUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["email", "display_name"]

    def validate_email(self, email: str) -> str:
        # No uniqueness check: see User.email.
        return User.objects.normalize_email(email)


class RegisterSerializer(serializers.Serializer):
    username = serializers.CharField(
        max_length=150,
        help_text=(
            "3–150 ASCII letters, digits, `.`, `_` and `-`, after NFKC normalisation "
            "(full-width `ａｄａ` is `ada`). Unique regardless of case."
        ),
    )
    email = serializers.EmailField(
        max_length=254, help_text="Contact address; other accounts may use it too."
    )
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)
    display_name = serializers.CharField(max_length=80, required=False, allow_blank=True)

    def validate_username(self, username: str) -> str:
        # Compatibility forms fold into plain letters first ("ｌｅａｒｎｅｒ" is "learner"); then
        # only ASCII is allowed, the simplest rule that leaves no look-alikes ("аdmin" with a
        # Cyrillic "а") and no mixed scripts. Names registered before keep signing in.
        username = User.normalize_username(username)
        if not USERNAME_PATTERN.fullmatch(username):
            raise serializers.ValidationError(
                "Use 3–150 characters: ASCII letters, digits, '.', '_' and '-' only."
            )
        # A sign-up form must say that a name is taken; the database has the last word when
        # two registrations race (see services.user_register).
        if User.objects.filter(username__iexact=username).exists():
            raise serializers.ValidationError(USERNAME_TAKEN)
        return username

    def validate_email(self, email: str) -> str:
        # No uniqueness check, so the answer says nothing about other accounts: see User.email.
        return User.objects.normalize_email(email)

    def validate(self, attrs):
        candidate = User(username=attrs["username"], email=attrs["email"])
        try:
            password_validation.validate_password(attrs["password"], candidate)
        except Exception as exc:  # django.core.exceptions.ValidationError
            raise serializers.ValidationError({"password": list(exc.messages)}) from exc
        return attrs


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField(help_text="Short-lived; send as `Authorization: Bearer`.")
    refresh = serializers.CharField(help_text="Trade for a new pair at `auth/token/refresh/`.")


class RegisteredSerializer(TokenPairSerializer):
    user = MeSerializer()


class TokenRefreshSerializer(serializers.Serializer):
    refresh = serializers.CharField(max_length=2000)


class LogoutSerializer(serializers.Serializer):
    refresh = serializers.CharField(max_length=2000)


class PasswordChangeSerializer(serializers.Serializer):
    old_password = serializers.CharField(max_length=128, trim_whitespace=False)
    new_password = serializers.CharField(max_length=128, trim_whitespace=False)

    def validate(self, attrs):
        user = self.context["user"]
        if not user.check_password(attrs["old_password"]):
            raise serializers.ValidationError({"old_password": ["This is not your password."]})
        try:
            password_validation.validate_password(attrs["new_password"], user)
        except Exception as exc:
            raise serializers.ValidationError({"new_password": list(exc.messages)}) from exc
        return attrs
