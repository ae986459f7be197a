from rest_framework import viewsets

from recipes.models import Recipe
from recipes.permissions import IsAuthorOrReadOnly
from recipes.serializers import RecipeSerializer


class RecipeViewSet(viewsets.ModelViewSet):
    serializer_class = RecipeSerializer
    permission_classes = [IsAuthorOrReadOnly]
    queryset = Recipe.objects.order_by("id")
