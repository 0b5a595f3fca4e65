"""Reading helpers shared by every selector."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connection
from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)

MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000  # beyond, offsets overflow what databases accept

# Lists count exactly up to here and say "more than 1,000" beyond: an exact count of a large
# filtered set reads every matching index entry, which was most of a list's time at 500k.
COUNT_LIMIT = 1000


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of a list. `total` is exact when `exact`; otherwise there are more than
    `total` items and the last page is not known yet."""

    items: list[M]
    number: int
    size: int
    total: int
    exact: bool = True

    @property
    def pages(self) -> int:
        """The number of pages (when not `exact`: the pages known so far)."""
        return max(1, -(-self.total // self.size))

    @property
    def has_next(self) -> bool:
        return not self.exact or self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def paginate(
    queryset: "QuerySet[M]",
    *,
    page: int = 1,
    size: int = 50,
    count_limit: int | None = None,
    beyond_limit: "Callable[[], QuerySet[M]] | None" = None,
) -> Page[M]:
    """Two queries whatever the page size: one count, one slice (plus the caller's
    prefetches, one per relation).

    With `count_limit`, the count stops after `count_limit` items (or after the requested
    page, when that lies further) and the page says whether it is exact. `beyond_limit`
    builds the same set through another plan; it serves the slice when the count passed the
    limit, and is built only then."""
    size = max(1, min(size, MAX_PAGE_SIZE))
    page = max(1, min(page, MAX_PAGE))
    if count_limit is None:
        total, exact = queryset.count(), True
    else:
        horizon = max(count_limit, page * size)
        counted = queryset.order_by()[: horizon + 1].count()
        total, exact = min(counted, horizon), counted <= horizon
    pages = max(1, -(-total // size))
    number = page if not exact else min(page, pages)
    offset = (number - 1) * size
    source = beyond_limit() if beyond_limit is not None and not exact else queryset
    items = list(source[offset : offset + size])
    return Page(items=items, number=number, size=size, total=total, exact=exact)


def planner_estimate(queryset: "QuerySet[Any]") -> int | None:
    """How many rows PostgreSQL's planner expects `queryset` to return, from its statistics
    (a plan, not a run: about a millisecond); None on other databases."""
    if connection.vendor != "postgresql":
        return None
    plan = json.loads(queryset.order_by().explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def sql_estimate(sql: str, params: list[Any]) -> int | None:
    """The same for a hand-written SELECT."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        (plan,) = cursor.fetchone()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
