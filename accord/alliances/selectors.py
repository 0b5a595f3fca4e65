"""Reads of alliances and their members."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext as _

from accord.alliances.models import Alliance, Counterpart, Membership
from accord.core.countries import country_name
from accord.core.history import Entry, _changes
from accord.registry.models import Contact, Unit


def alliance_list() -> "QuerySet[Alliance]":
    return (
        Alliance.objects.select_related("parent", "secretariat")
        .annotate(members=Count("memberships", filter=Q(memberships__left_on__isnull=True)))
        .order_by("parent_id", "name")
    )


# The members table's orders; each ends on the name and id, so equal keys keep one order.
MEMBER_SORTS: dict[str, tuple[Any, ...]] = {
    "name": (F("organisation__name").asc(),),
    "-name": (F("organisation__name").desc(),),
    "country": (F("organisation__country").asc(), F("organisation__name").asc()),
    "-country": (F("organisation__country").desc(), F("organisation__name").asc()),
    "role": (F("role").asc(), F("organisation__name").asc()),
    "-role": (F("role").desc(), F("organisation__name").asc()),
    # an unknown join date sorts last either way: it tells nothing about seniority
    "joined": (F("joined_on").asc(nulls_last=True), F("organisation__name").asc()),
    "-joined": (F("joined_on").desc(nulls_last=True), F("organisation__name").asc()),
}


def alliance_members(
    *,
    alliance: Alliance,
    current_only: bool = True,
    country: str = "",
    sort: str = "name",
) -> "QuerySet[Membership]":
    """The alliance's memberships with their organisations: current ones unless
    `current_only` is False (then former ones too), of one country if `country` is given,
    in one of MEMBER_SORTS (by name when `sort` is not one)."""
    queryset = alliance.memberships.select_related("organisation")
    if current_only:
        queryset = queryset.filter(left_on__isnull=True)
    if country:
        queryset = queryset.filter(organisation__country=country.upper())
    order = MEMBER_SORTS.get(sort, MEMBER_SORTS["name"])
    return queryset.order_by(*order, "id")


def alliance_member_countries(
    *, alliance: Alliance, current_only: bool = True
) -> list[tuple[str, str]]:
    """(code, name) of each country the alliance's members are in, by name: the choices of
    the members table's country filter."""
    queryset = alliance.memberships.exclude(organisation__country="")
    if current_only:
        queryset = queryset.filter(left_on__isnull=True)
    codes = queryset.values_list("organisation__country", flat=True).distinct()
    return sorted(((code, country_name(code)) for code in codes), key=lambda c: c[1])


def alliance_counterparts(*, alliance: Alliance) -> "QuerySet[Counterpart]":
    return (
        Counterpart.objects.filter(Q(alliance=alliance) | Q(alliance__parent=alliance))
        .select_related("organisation", "host_unit__organisation", "alliance")
        .prefetch_related("liaisons")
        .order_by("organisation__name", "host_unit__name", "id")
    )


def alliance_host_ids(alliance: Alliance) -> list[int]:
    """The organisations that host the alliance: its secretariat and lead organisation, and
    those of the alliances it belongs to. Their units are the host side of counterpart pairs
    and the units that may lead a sub-alliance."""
    ids: list[int] = []
    node: Alliance | None = alliance
    while node is not None:
        for pk in (node.secretariat_id, node.lead_organisation_id):
            if pk is not None and pk not in ids:
                ids.append(pk)
        node = node.parent
    return ids


def alliance_host_units(*, alliance: Alliance, keep: int | None = None) -> "QuerySet[Unit]":
    """The units of the alliance's hosts, and the unit `keep` (one a record already names,
    so an edit can keep it after the hosts changed)."""
    return (
        Unit.objects.filter(Q(organisation_id__in=alliance_host_ids(alliance)) | Q(pk=keep))
        .select_related("organisation")
        .order_by("organisation__name", "name", "id")
    )


def counterpart_liaison_choices(*, counterpart: Counterpart) -> "QuerySet[Contact]":
    """The people who may be a pair's liaisons: those of either side."""
    return (
        Contact.objects.filter(
            organisation_id__in=[counterpart.organisation_id, counterpart.host_unit.organisation_id]
        )
        .select_related("organisation")
        .order_by("organisation__name", "name", "id")
    )


@dataclass
class AllianceChange:
    """One version of a membership or counterpart pair of an alliance, as its page lists it."""

    subject: str  # "Membership: Politecnico di Milano", translated
    entry: Entry


def alliance_changes(*, alliance: Alliance, limit: int = 20) -> list[AllianceChange]:
    """The newest `limit` versions of the alliance's memberships and counterpart pairs
    (removed pairs included), each with what changed since the version before it. Per kind,
    one query for the versions and one for the versions before them (plus the liaisons of
    the pairs whose liaisons changed)."""
    changes: list[AllianceChange] = []
    kinds: list[tuple[Any, str, tuple[str, ...]]] = [
        (Membership, _("Membership"), ("organisation",)),
        (Counterpart, _("Counterpart pair"), ("organisation", "host_unit")),
    ]
    for model, noun, related in kinds:
        history: Any = model.history
        shown = list(
            history.filter(alliance_id=alliance.pk)
            .select_related("history_user", *related)
            .order_by("-history_id")[:limit]
        )
        if not shown:
            continue
        earlier: dict[int, list[Any]] = {}
        for record in history.filter(
            id__in={r.id for r in shown}, history_id__lt=shown[0].history_id
        ).order_by("-history_id"):
            earlier.setdefault(record.id, []).append(record)
        for record in shown:
            previous = next(
                (r for r in earlier.get(record.id, []) if r.history_id < record.history_id), None
            )
            entry = Entry(
                history_id=record.history_id,
                when=record.history_date,
                who=record.history_user,
                kind=str(record.get_history_type_display()),
                reason=record.history_change_reason or "",
                changes=_changes(record, previous),
            )
            changes.append(AllianceChange(f"{noun}: {_subject(record)}", entry))
    changes.sort(key=lambda c: c.entry.when, reverse=True)
    return changes[:limit]


def _subject(record: Any) -> str:
    name = record.organisation.name
    return f"{name} ↔ {record.host_unit.name}" if hasattr(record, "host_unit_id") else name
