from django.db.models import Q
from rest_framework import viewsets

from recipes.models import Recipe
from recipes.permissions import IsAuthorOrReadOnly
from recipes.serializers import RecipeSerializer


class RecipeViewSet(viewsets.ModelViewSet):
    serializer_class = RecipeSerializer
    permission_classes = [IsAuthorOrReadOnly]

    def get_queryset(self):
        visible = Q(published=True)
        if self.request.user.is_authenticated:
            visible |= Q(author=self.request.user)
        return Recipe.objects.filter(visible).order_by("id")

    def perform_create(self, serializer):
        serializer.save(author=self.request.user)
