from django.core.cache import cache
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from menu.models import Dish
from menu.serializers import DishSerializer


class MenuView(APIView):
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def get(self, request):
        rows = Dish.objects.filter(available=True).order_by("name")
        return Response(DishSerializer(rows, many=True).data)

    def post(self, request):
        serializer = DishSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)
