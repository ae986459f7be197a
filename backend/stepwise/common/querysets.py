"""A queryset of the rows of a set of owners (an instructor's learners) whose pages are read
through each owner's own index, so a page costs the same however large the table grows.

The plain way, `owner IN (...) ORDER BY created_at DESC LIMIT 21`, walks the newest rows of
the whole table until it has met 21 of those owners': when they wrote a small share of the
rows, that is most of the table. Here a page of the first `n` rows in the query's order is
taken from the first `n` rows of each owner (the page is among them), each an index range
read from its start. Only a slice with an end, of an ordered query, on PostgreSQL, is read
this way; everything else (counts, iteration, SQLite) uses the plain filter, which is
always applied, so the result is the same either way.
"""

from typing import Self

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connections, models
from django.db.models import Func, OuterRef, QuerySet


class OwnedRowsQuerySet(models.QuerySet):
    _owners: QuerySet | None = None
    _owner_field: str = ""

    def of_owners(self, owners: QuerySet, *, field: str) -> Self:
        """Only the rows whose `field` (a foreign key) points into `owners`; called twice,
        the rows of the owners in both."""
        narrowed = self.filter(**{f"{field}__in": owners.values("pk")})
        if self._owners is not None:
            owners = self._owners.filter(pk__in=owners.values("pk"))
        narrowed._owners, narrowed._owner_field = owners, field
        return narrowed

    def _clone(self):
        clone = super()._clone()
        clone._owners, clone._owner_field = self._owners, self._owner_field
        return clone

    def __getitem__(self, k):
        if (
            isinstance(k, slice)
            and k.stop is not None
            and self._owners is not None
            and self.query.order_by
            and not self.query.annotations
            and self.query.deferred_loading == (frozenset(), True)
            and self._result_cache is None
            and connections[self.db].vendor == "postgresql"
        ):
            return models.QuerySet.__getitem__(self._among_each_owners_first(k.stop), k)
        return super().__getitem__(k)

    def _among_each_owners_first(self, count: int) -> QuerySet:
        plain = self._chain()
        plain._owners = None
        firsts = (
            plain.filter(**{self._owner_field: OuterRef("pk")})
            .order_by(*self.query.order_by)
            .values("pk")[:count]
        )
        candidates = self._owners.annotate(
            first_rows=Func(
                ArraySubquery(firsts), function="unnest", output_field=models.BigIntegerField()
            )
        ).values("first_rows")
        # The candidates met every condition already: the page is read from them alone (the
        # owner filter again here would have the database read each owner's whole history),
        # and chosen before the related rows are joined, so only the page's rows are.
        rows = models.QuerySet(self.model, using=self.db)
        chosen = rows.filter(pk__in=candidates).order_by(*self.query.order_by).values("pk")
        page = rows.filter(pk__in=chosen[:count])
        page.query.select_related = self.query.select_related
        return page.order_by(*self.query.order_by)
