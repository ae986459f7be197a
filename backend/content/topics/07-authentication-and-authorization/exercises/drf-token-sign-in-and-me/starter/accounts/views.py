from django.contrib.auth import authenticate
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView


class LoginView(APIView):
    def post(self, request):
        return Response({"token": ""})


class MeView(APIView):
    def get(self, request):
        return Response({})


class LogoutView(APIView):
    def post(self, request):
        return Response(status=204)
