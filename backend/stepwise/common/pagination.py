"""Pagination classes; every list in the API is paginated with a bounded page size.

`page_size` and `page` must be positive integers when given: a malformed value is a 400
rather than silently replaced by the default.
"""

from datetime import UTC, datetime

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, QuerySet, Window
from django.db.models.query import ModelIterable
from django.utils import timezone
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, PageNumberPagination


def _positive_int(request, name: str) -> int | None:
    raw = request.query_params.getlist(name)
    if not raw:
        return None
    if len(raw) > 1:
        raise ValidationError({name: ["Give this parameter once."]})
    try:
        value = int(raw[0])
    except ValueError:
        raise ValidationError({name: ["A positive integer is required."]}) from None
    if value < 1:
        raise ValidationError({name: ["A positive integer is required."]})
    return value


class _StrictPageSize:
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:  # the contract states the bounds the server enforces
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1}
                parameter["description"] = (
                    f"Results per page, 1 or more (at most {self.max_page_size} are returned)."
                )
            elif parameter["name"] == getattr(self, "page_query_param", None):
                parameter["schema"] = {"type": "integer", "minimum": 1}
        return parameters

    def get_paginated_response_schema(self, schema):
        # Every key is in every page (`next` and `previous` are null at the ends): say so, so
        # that generated clients need not treat them as possibly missing.
        paginated = super().get_paginated_response_schema(schema)
        paginated["required"] = list(paginated["properties"])
        return paginated

    def get_page_size(self, request):
        requested = _positive_int(request, self.page_size_query_param)
        if requested is None:
            return self.page_size
        return min(requested, self.max_page_size)


class CountInPagePaginator(Paginator):
    """A paginator that learns the total from the page's own query (`COUNT(*) OVER ()`, a
    window over every row that matches, computed before LIMIT) instead of a separate COUNT
    query first: one round trip to the database per page instead of two.

    Only a page that has rows can carry the total; a page past the end falls back to the
    COUNT query, and so does anything that is not a plain queryset of model instances (a
    window would count the rows before DISTINCT, and `.values()` rows would show the total).
    """

    TOTAL = "pagination_total"
    LARGEST_OFFSET = 2**62

    def page(self, number):
        if not self._can_count_in_page():
            return super().page(number)
        number = int(number)  # PagePagination has already refused anything but 1, 2, ...
        bottom = (number - 1) * self.per_page
        if bottom > self.LARGEST_OFFSET:
            # Past any table's end, and past what OFFSET (a bigint) accepts.
            raise EmptyPage(self.error_messages["no_results"])
        counted = self.object_list.annotate(**{self.TOTAL: Window(Count("*"))})
        rows = list(counted[bottom : bottom + self.per_page])
        if rows:
            self.__dict__["count"] = getattr(rows[0], self.TOTAL)  # fills the cached_property
        elif number > 1 or not self.allow_empty_first_page:
            raise EmptyPage(self.error_messages["no_results"])
        else:
            self.__dict__["count"] = 0
        return self._get_page(rows, number, self)

    def _can_count_in_page(self) -> bool:
        queryset = self.object_list
        return (
            isinstance(queryset, QuerySet)
            and queryset._iterable_class is ModelIterable
            and not queryset.query.distinct
            and not queryset.query.is_sliced
            and self.orphans == 0
        )


class PagePagination(_StrictPageSize, PageNumberPagination):
    page_size = 50
    django_paginator_class = CountInPagePaginator

    def paginate_queryset(self, queryset, request, view=None):
        _positive_int(request, self.page_query_param)
        return super().paginate_queryset(queryset, request, view)


class NewestFirstCursorPagination(_StrictPageSize, CursorPagination):
    """Stable under inserts: a learner paging through history never sees a row twice."""

    page_size = 20
    ordering = ("-created_at", "-id")

    def paginate_queryset(self, queryset, request, view=None):
        self._position_field = queryset.model._meta.get_field(self.ordering[0].lstrip("-"))
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        # The cursor is client-held text: DRF checks its offset and direction but passes the
        # position straight to the database filter, where a value of the wrong type, or a
        # timestamp with an offset PostgreSQL refuses (-23:59), raises. The position DRF
        # writes is `str()` of the aware UTC datetime; anything that does not convert back to
        # one is a cursor this API never issued.
        cursor = super().decode_cursor(request)
        if cursor is None or cursor.position is None:
            return cursor
        try:
            position = self._position_field.to_python(cursor.position)
            if isinstance(position, datetime):
                if timezone.is_naive(position):
                    raise ValueError("a naive position")
                position = position.astimezone(UTC)
        except (DjangoValidationError, ValueError, OverflowError):
            raise NotFound(self.invalid_cursor_message) from None
        return cursor._replace(position=str(position))
