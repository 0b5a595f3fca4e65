"""Likely duplicates for the secretariat's page (/organisations/duplicates/): what
`accord duplicates` finds, bounded to fit a request and remembered for a while.

Finding them takes the process's resolver index (`resolver/service.py`), or builds one of the
whole registry when that is not ready (about 5 s for 51,000 organisations), and asks it about
every name of the organisations checked. A page checks the `CHECKED` organisations in use
added last (a duplicate is usually the newer record), against the whole registry; `accord
duplicates` checks them all. The pairs found are kept in the cache for `KEPT_FOR` seconds, so
paging through them and coming back after a merge is quick;
a merge forgets them, and the page has a button to look again."""

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.utils import timezone

from accord.core.selectors import Page
from accord.registry.models import Identifier, Organisation
from accord.resolver.duplicates import likely_duplicates
from accord.resolver.registry import (
    organisation_ids_by_key,
    organisation_key,
    registry_resolver,
)
from accord.resolver.service import current_resolver

CHECKED = 2000
KEPT_FOR = 15 * 60
CACHE_KEY = "accord:registry:duplicates"
PAGE_SIZE = 50


@dataclass(frozen=True)
class DuplicatePair:
    """Two organisations, the one to keep as a rule (the registry's record) first."""

    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    score: float
    reason: str
    merged: bool = False  # one of them was merged since the pairs were found


@dataclass(frozen=True)
class DuplicateScan:
    pairs: list[DuplicatePair]
    checked: int  # organisations whose names were asked about
    in_use: int  # organisations in use, of which those were the newest
    found_at: datetime


def duplicates_scan(*, refresh: bool = False) -> DuplicateScan:
    """The pairs, from the cache unless `refresh` (or they are not there)."""
    scan = None if refresh else cache.get(CACHE_KEY)
    if not isinstance(scan, DuplicateScan):
        scan = _scan()
        cache.set(CACHE_KEY, scan, KEPT_FOR)
    return scan


def duplicates_forget() -> None:
    """After a merge: the pairs found before may name a record that is merged now."""
    cache.delete(CACHE_KEY)


def duplicates_page(scan: DuplicateScan, *, page: int = 1) -> Page[Any]:
    """One page of the pairs; a pair one of whose organisations was merged since (in another
    process, whose cache this one does not share) says so rather than offering a merge."""
    total = len(scan.pairs)
    pages = max(1, -(-total // PAGE_SIZE))
    number = max(1, min(page, pages))
    items = scan.pairs[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    ids = {pk for p in items for pk in (p.keep_id, p.other_id)}
    current = set(
        Organisation.objects.filter(pk__in=ids)
        .exclude(status=Organisation.Status.MERGED)
        .values_list("pk", flat=True)
    )
    shown = [p if {p.keep_id, p.other_id} <= current else replace(p, merged=True) for p in items]
    return Page(items=shown, number=number, size=PAGE_SIZE, total=total)


def _scan() -> DuplicateScan:
    in_use = Organisation.objects.filter(registry_only=False).exclude(
        status=Organisation.Status.MERGED
    )
    newest = list(in_use.order_by("-pk").values_list("pk", flat=True)[:CHECKED])
    ror_ids = dict(
        Identifier.objects.filter(scheme=Identifier.Scheme.ROR, organisation_id__in=newest)
        .order_by("organisation_id", "value")  # as the index is keyed (resolver/registry.py)
        .values_list("organisation_id", "value")
    )
    # the process's index when it is ready (the one the suggestions use), else one built now
    resolver = current_resolver() or registry_resolver()
    keys = {organisation_key(pk, ror_ids) for pk in newest}
    among = [entry for entry in resolver.entries if entry.key in keys]
    found = likely_duplicates(resolver, among=among)
    # a pair whose organisation is gone or merged away (an index built before the change) is
    # left out: there is nothing to merge
    ids = organisation_ids_by_key(key for p in found for key in (p.first.key, p.second.key))
    pairs = [
        DuplicatePair(
            keep_id=ids[p.first.key],
            keep_name=p.first.name,
            other_id=ids[p.second.key],
            other_name=p.second.name,
            score=p.score,
            reason=p.reason,
        )
        for p in found
        if p.first.key in ids and p.second.key in ids
    ]
    return DuplicateScan(
        pairs=pairs,
        checked=len(newest),
        in_use=len(newest) if len(newest) < CHECKED else in_use.count(),
        found_at=timezone.now(),
    )
