"""Reads of alliances and their members."""

from django.db.models import Count, Q, QuerySet

from accord.alliances.models import Alliance, Counterpart, Membership


def alliance_list() -> "QuerySet[Alliance]":
    return (
        Alliance.objects.select_related("parent", "secretariat")
        .annotate(members=Count("memberships", filter=Q(memberships__left_on__isnull=True)))
        .order_by("parent_id", "name")
    )


def alliance_members(*, alliance: Alliance, current_only: bool = True) -> "QuerySet[Membership]":
    queryset = alliance.memberships.select_related("organisation")
    if current_only:
        queryset = queryset.filter(left_on__isnull=True)
    return queryset.order_by("organisation__name")


def alliance_counterparts(*, alliance: Alliance) -> "QuerySet[Counterpart]":
    return (
        Counterpart.objects.filter(Q(alliance=alliance) | Q(alliance__parent=alliance))
        .select_related("organisation", "host_unit__organisation", "alliance")
        .prefetch_related("liaisons")
    )
