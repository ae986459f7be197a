# Mistake: only the model's unique check runs, and it tells "ann" and "ANN" apart.
from django.contrib.auth import get_user_model
from rest_framework import serializers

User = get_user_model()


class SignupSerializer(serializers.ModelSerializer):
    confirm_password = serializers.CharField(write_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "email", "password", "confirm_password"]
        extra_kwargs = {
            "password": {"write_only": True, "min_length": 8},
            "email": {"required": True, "allow_blank": False},
        }

    def validate_email(self, value):
        return value.lower()

    def validate(self, data):
        if data["password"] != data["confirm_password"]:
            raise serializers.ValidationError({"confirm_password": "The two passwords differ."})
        if data["username"].lower() in data["password"].lower():
            raise serializers.ValidationError(
                {"password": "The password must not contain the username."}
            )
        return data

    def create(self, validated_data):
        validated_data.pop("confirm_password")
        return User.objects.create_user(**validated_data)
