# Mistake: a new dish never clears the cached menu, which stays stale until the entry expires.
from django.core.cache import cache
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from menu.models import Dish
from menu.serializers import DishSerializer

MENU_KEY = "menu:available-dishes"


class MenuView(APIView):
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def get(self, request):
        dishes = cache.get(MENU_KEY)
        if dishes is None:  # an empty menu is cached too: [] is not None
            rows = Dish.objects.filter(available=True).order_by("name")
            dishes = DishSerializer(rows, many=True).data
            cache.set(MENU_KEY, dishes)
        return Response(dishes)

    def post(self, request):
        serializer = DishSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)
