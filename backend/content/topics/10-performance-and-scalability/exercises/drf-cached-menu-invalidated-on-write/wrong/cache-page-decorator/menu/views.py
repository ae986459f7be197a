# Mistake: cache_page caches whole responses under keys built from the URL and headers; nothing deletes them when a dish is added.
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_page
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from menu.models import Dish
from menu.serializers import DishSerializer


class MenuView(APIView):
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    @method_decorator(cache_page(300))
    def get(self, request):
        rows = Dish.objects.filter(available=True).order_by("name")
        return Response(DishSerializer(rows, many=True).data)

    def post(self, request):
        serializer = DishSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)
