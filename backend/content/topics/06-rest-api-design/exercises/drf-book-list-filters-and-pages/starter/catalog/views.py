from rest_framework import generics
from rest_framework.pagination import PageNumberPagination

from catalog.models import Book
from catalog.serializers import BookSerializer


class BookPagination(PageNumberPagination):
    page_size = 3


class BookList(generics.ListAPIView):
    serializer_class = BookSerializer
    queryset = Book.objects.all()
