# Mistake: author= compares letter for letter, so ?author=octavia e. butler finds nothing.
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

from catalog.models import Book
from catalog.serializers import BookSerializer

ORDERINGS = {"title": ["title"], "year": ["year", "title"], "-year": ["-year", "title"]}


class BookPagination(PageNumberPagination):
    page_size = 3
    page_size_query_param = "size"
    max_page_size = 5


class BookList(generics.ListAPIView):
    serializer_class = BookSerializer
    pagination_class = BookPagination

    def get_queryset(self):
        params = self.request.query_params
        books = Book.objects.all()
        if "author" in params:
            books = books.filter(author=params["author"])
        if "min_year" in params:
            try:
                year = int(params["min_year"])
            except ValueError:
                raise ValidationError({"min_year": ["Enter a whole number."]}) from None
            books = books.filter(year__gte=year)
        ordering = params.get("ordering", "title")
        if ordering not in ORDERINGS:
            raise ValidationError({"ordering": ["Choose title, year or -year."]})
        return books.order_by(*ORDERINGS[ordering])
