"""Figures across the whole registry, for `accord stats` and the dashboard."""

from typing import Any

from django.db.models import Count, Q

from accord.activities.models import Activity, Event
from accord.activities.selectors import NEWEST_FIRST, activities_visible_to
from accord.agreements.models import Agreement, Party
from accord.agreements.selectors import (
    agreement_counts_by_kind,
    agreement_counts_by_status,
    agreements_dormant,
    agreements_expiring,
)
from accord.agreements.status import StatusClock
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.registry.models import Organisation

STATS_VERSION = 1


def registry_stats() -> dict[str, Any]:
    """The stable object `accord stats --json` prints (documented in docs/cli.md)."""
    clock = StatusClock.now()
    organisations = Organisation.objects.aggregate(
        total=Count("id"),
        companies=Count("id", filter=Q(kind=Organisation.Kind.COMPANY)),
        active=Count("id", filter=Q(status=Organisation.Status.ACTIVE)),
    )
    alliances = Alliance.objects.aggregate(
        total=Count("id"), sub_alliances=Count("id", filter=Q(parent__isnull=False))
    )
    memberships = Membership.objects.aggregate(
        total=Count("id"), current=Count("id", filter=Q(left_on__isnull=True))
    )
    return {
        "version": STATS_VERSION,
        "today": clock.today.isoformat(),
        "organisations": organisations,
        "alliances": alliances,
        "memberships": memberships,
        "counterparts": Counterpart.objects.count(),
        "agreements": {
            "total": Agreement.objects.count(),
            "by_status": agreement_counts_by_status(),
            "by_kind": agreement_counts_by_kind(),
        },
        "parties": Party.objects.count(),
        "activities": Activity.objects.count(),
        "events": Event.objects.count(),
    }


def members_by_country(*, alliance_id: int | None = None) -> list[tuple[str, int]]:
    """Current members per country, most first."""
    queryset = Membership.objects.filter(left_on__isnull=True)
    if alliance_id is not None:
        queryset = queryset.filter(alliance_id=alliance_id)
    rows = (
        queryset.values("organisation__country")
        .annotate(n=Count("organisation", distinct=True))
        .order_by("-n", "organisation__country")
        .values_list("organisation__country", "n")
    )
    return list(rows)


def dashboard_for(*, user: Any) -> dict[str, Any]:
    """Everything the dashboard shows, limited to what `user` may see."""
    clock = StatusClock.now()
    return {
        "counts": agreement_counts_by_status(user=user),
        "expiring": agreements_expiring(user=user, limit=20),
        "dormant": agreements_dormant(user=user, size=10),
        "events": list(Event.objects.select_related("host").order_by("-starts_on", "-id")[:8]),
        "activities": list(
            activities_visible_to(user).select_related("agreement").order_by(*NEWEST_FIRST)[:8]
        ),
        "members_by_country": members_by_country(),
        "today": clock.today,
    }
