"""Reading helpers shared by every selector."""

from dataclasses import dataclass
from typing import Generic, TypeVar

from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)

MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class Page(Generic[M]):
    items: list[M]
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def paginate(queryset: "QuerySet[M]", *, page: int = 1, size: int = 50) -> Page[M]:
    """Two queries whatever the page size: one count, one slice (plus the caller's
    prefetches, one per relation)."""
    size = max(1, min(size, MAX_PAGE_SIZE))
    total = queryset.count()
    pages = max(1, -(-total // size))
    number = max(1, min(page, pages))
    offset = (number - 1) * size
    return Page(items=list(queryset[offset : offset + size]), number=number, size=size, total=total)
