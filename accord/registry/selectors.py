"""Reads of the registry."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import (
    Case,
    DateField,
    F,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils.translation import gettext_lazy as _

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.activities.selectors import activities_of_organisation
from accord.agreements.models import Agreement
from accord.agreements.selectors import (
    LIST_FIELDS,
    agreement_counts_by_status,
    agreements_visible_to,
    with_party_rows,
)
from accord.agreements.status import Status, StatusClock
from accord.alliances.models import Counterpart, Membership
from accord.core.selectors import COUNT_LIMIT, Page, paginate
from accord.core.text import fold
from accord.registry.models import Contact, Identifier, Organisation, OrgName, OrgRelation, Unit
from accord.resolver.registry import organisations_by_key
from accord.resolver.service import resolve

# A search reads at most this much of what was typed.
SEARCH_MAX_CHARS = 100
SEARCH_MAX_WORDS = 8

# "Has agreements in force": in force, expiring (in force, ending soon) or dormant (in force,
# nothing recorded lately) — every status of a signed agreement that binds its parties today.
IN_FORCE_STATUSES: tuple[str, ...] = (Status.IN_FORCE, Status.EXPIRING, Status.DORMANT)

# The list's orders; each ends on the name and id, so equal keys keep one order, and each
# descending one is the exact reverse of its ascending one, so both walk the same index
# ((country, name, id), (kind, name, id)) and stop at the page. Country and kind sort by their
# codes (for kinds, also their English alphabetical order).
ORGANISATION_SORTS: dict[str, tuple[str, ...]] = {
    "name": ("name", "id"),
    "-name": ("-name", "-id"),
    "country": ("country", "name", "id"),
    "-country": ("-country", "-name", "-id"),
    "kind": ("kind", "name", "id"),
    "-kind": ("-kind", "-name", "-id"),
}


def search_words(q: str) -> list[str]:
    """What a search for `q` looks for: the words of its folded form (see `fold`), as the
    names' `folded` keys hold them."""
    return fold(q[:SEARCH_MAX_CHARS]).split()[:SEARCH_MAX_WORDS]


def organisation_search(
    *,
    user: Any,
    q: str = "",
    country: str = "",
    kind: str = "",
    alliance: str = "",
    in_force: bool = False,
    registry: bool = False,
    sort: str = "name",
) -> "QuerySet[Organisation]":
    """Filters compose as AND. Each word of `q` must be in one of the organisation's names
    (official, acronym, alias, former, a label in any language), ignoring accents, case and
    punctuation. `alliance` is an alliance's slug: its current members. `in_force`: a party
    to an agreement in force that `user` may see (so the filter reveals nothing the
    agreements list would not). Without `q`, organisations imported from a registry that
    nothing in Accord refers to yet are left out unless `registry` asks for them; a search
    finds them all."""
    queryset = Organisation.objects.all()
    if not registry and not search_words(q):
        # `IN (false)`, not `= false`: SQLite writes the latter as NOT column, which no index serves
        queryset = queryset.filter(registry_only__in=[False])
    if country:
        queryset = queryset.filter(country=country.upper())
    if kind:
        queryset = queryset.filter(kind=kind)
    if alliance:
        members = Membership.objects.filter(alliance__slug=alliance, left_on__isnull=True)
        queryset = queryset.filter(pk__in=members.values("organisation_id"))
    if in_force:
        # One probe per organisation, in the list's order: its parties, up to the first
        # agreement in force; the page (and the capped count) stop the walk. A scalar subquery
        # with LIMIT 1 rather than EXISTS, which PostgreSQL turns into a semi-join that reads
        # every party of every organisation walked (a hub has thousands): 320 ms against 40.
        binding = agreements_visible_to(user).filter(
            status__in=IN_FORCE_STATUSES, parties__organisation_id=OuterRef("pk")
        )
        first_in_force = Subquery(binding.order_by().values("pk")[:1])
        queryset = queryset.alias(first_in_force=first_in_force).filter(
            first_in_force__isnull=False
        )
    # Each word may be in a different name ("XJTU Xi'an": an acronym and a name). A
    # substring match reads every name row; an index on `folded` serves exact lookups only.
    for word in search_words(q):
        names = OrgName.objects.filter(folded__contains=word)
        queryset = queryset.filter(pk__in=names.values("organisation_id"))
    return queryset.order_by(*ORGANISATION_SORTS.get(sort, ORGANISATION_SORTS["name"]))


def organisation_suggest(*, q: str, limit: int = 10) -> list[Organisation]:
    """Organisations with a name (any of their names, in any language) containing every word of
    `q`, ignoring accents, case and punctuation: exact names first, then names starting with
    `q`, then the rest, each by display name. One query, whatever matches."""
    words = search_words(q)
    if not words or limit <= 0:
        return []
    phrase = " ".join(words)
    # One filter() call, so every word must match the same name row; the annotation below
    # then ranks over those same rows (an annotation after filter() reuses its join).
    same_name = Q()
    for word in words:
        same_name &= Q(names__folded__contains=word)
    rank = Case(
        When(names__folded=phrase, then=Value(0)),
        When(names__folded__startswith=phrase, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return list(
        Organisation.objects.filter(same_name)
        .only("name", "kind", "country", "city", "status")
        .annotate(rank=Min(rank))
        .order_by("rank", "name", "id")[:limit]
    )


@dataclass(frozen=True)
class Suggestion:
    """An organisation offered while a name is typed; `reason` says why the resolver offers
    it, and `chosen` that the resolver is sure this is the one."""

    organisation: Organisation
    reason: str = ""
    chosen: bool = False


def organisation_suggestions(*, q: str, limit: int = 10) -> list[Suggestion]:
    """`organisation_suggest`'s substring matches together with the resolver's candidates
    (which find "NUST (Pakistan)" or "Dept. of Physics, Univ. of Liverpool, UK"), each
    organisation once: the one the resolver chose first, then exact and prefix matches, the
    resolver's other candidates by score, and the other substring matches."""
    if limit <= 0 or not q.strip():
        return []
    matches = organisation_suggest(q=q, limit=limit)
    resolution = resolve(q.strip(), top=limit)
    found = organisations_by_key(c.key for c in resolution.candidates)
    reasons: dict[int, str] = {}
    resolved: list[Organisation] = []
    for candidate in resolution.candidates:
        organisation = found.get(candidate.key)
        if organisation is not None and organisation.pk not in reasons:
            reasons[organisation.pk] = candidate.reason
            resolved.append(organisation)
    chosen = found.get(resolution.chosen or "")
    close = [o for o in matches if getattr(o, "rank", 2) < 2]  # exact names, prefixes
    ordered = [*([chosen] if chosen else []), *close, *resolved, *matches]
    seen: set[int] = set()
    suggestions = []
    for organisation in ordered:
        if organisation.pk in seen:
            continue
        seen.add(organisation.pk)
        suggestions.append(
            Suggestion(
                organisation,
                reason=reasons.get(organisation.pk, ""),
                chosen=chosen is not None and organisation.pk == chosen.pk,
            )
        )
    return suggestions[:limit]


def organisation_list(
    *, user: Any, page: int = 1, size: int = 50, **filters: Any
) -> Page[Organisation]:
    """A page of organisations: two queries (a count that stops at COUNT_LIMIT, the page)."""
    queryset = organisation_search(user=user, **filters).only(
        "id", "name", "kind", "country", "city", "status"
    )
    return paginate(queryset, page=page, size=size, count_limit=COUNT_LIMIT)


# How much of each part the detail page shows. An organisation has a handful of names,
# units or memberships; the limits keep one unusual record (or a hub with thousands of
# agreements) from making the page slow, and keep its number of queries fixed.
NAMES_SHOWN = 100
IDENTIFIERS_SHOWN = 50
UNITS_SHOWN = 200
MEMBERSHIPS_SHOWN = 100
RELATIONS_SHOWN = 50
COUNTERPARTS_SHOWN = 50
LIAISONS_SHOWN = 10
AGREEMENTS_SHOWN = 50
AGREEMENTS_PER_STATUS = 10
ROWS_SHOWN = 10  # activities and events
TIMELINE_LENGTH = 20

# The order of the agreement groups on the page: what binds now first, what is over last.
STATUS_ORDER: tuple[str, ...] = (
    Status.EXPIRING,
    Status.IN_FORCE,
    Status.DORMANT,
    Status.SIGNED,
    Status.UNDER_REVIEW,
    Status.DRAFT,
    Status.EXPIRED,
    Status.SUPERSEDED,
    Status.TERMINATED,
)


@dataclass(frozen=True)
class AgreementGroup:
    """The organisation's agreements of one status: how many, and the newest of them."""

    status: str
    count: int
    newest: list[Agreement] = field(default_factory=list)


@dataclass(frozen=True)
class Happening:
    """One dated line of an organisation's timeline. `kind` is one of signed, expires,
    expired, terminated, joined, left, event, activity; the page links it to `url_name`
    with `url_arg`."""

    on: date
    kind: str
    title: str
    url_name: str
    url_arg: Any
    upcoming: bool = False

    @property
    def label(self) -> str:
        return str(HAPPENING_LABELS[self.kind])


def organisation_detail(*, pk: int, user: Any) -> dict[str, object]:
    """An organisation with its names, identifiers, units, memberships, counterpart pairs, the
    agreements `user` may see (grouped by status), its activities and events, and a timeline.
    A fixed number of queries, each bounded by the organisation's own rows or a LIMIT."""
    organisation = Organisation.objects.select_related("merged_into").get(pk=pk)
    parts = _parts_of(pk)
    # A join, not IN (subquery): the planner then starts from this organisation's parties
    # rather than walking every agreement in date order. One party row per organisation
    # and agreement, so the join cannot duplicate agreements.
    party_of = agreements_visible_to(user).filter(parties__organisation_id=pk)
    # Newest first, undated drafts last. NULLS LAST also keeps PostgreSQL from walking the
    # whole signed_on index looking for this organisation's agreements (760 ms at 500k).
    newest = (F("signed_on").desc(nulls_last=True), F("id").desc())
    agreements = with_party_rows(
        list(party_of.only(*LIST_FIELDS).order_by(*newest)[:AGREEMENTS_SHOWN])
    )
    counts = agreement_counts_by_status(queryset=party_of)
    activities = activities_of_organisation(user=user, organisation_id=pk, limit=TIMELINE_LENGTH)
    events = _events_of(pk, limit=TIMELINE_LENGTH)
    ended = _agreements_ended(party_of, limit=TIMELINE_LENGTH)
    return {
        "organisation": organisation,
        **parts,
        "agreements": agreements,
        "agreement_counts": counts,
        "agreement_groups": _by_status(agreements, counts),
        "counterparts": _counterparts_of(pk),
        "activities": activities[:ROWS_SHOWN],
        "more_activities": len(activities) > ROWS_SHOWN,
        "events": events[:ROWS_SHOWN],
        "more_events": len(events) > ROWS_SHOWN,
        "timeline": _timeline(parts["memberships"], agreements, ended, activities, events),
        "timeline_length": TIMELINE_LENGTH,
    }


def _parts_of(pk: int) -> dict[str, list[Any]]:
    """The organisation's own rows, each kind read through its organisation index, with a
    LIMIT."""
    memberships = Membership.objects.filter(organisation_id=pk).select_related("alliance")
    relations = OrgRelation.objects.filter(source_id=pk).select_related("target")
    return {
        "names": list(
            OrgName.objects.filter(organisation_id=pk).order_by("type", "value", "id")[:NAMES_SHOWN]
        ),
        "identifiers": list(
            Identifier.objects.filter(organisation_id=pk).order_by("scheme", "value", "id")[
                :IDENTIFIERS_SHOWN
            ]
        ),
        "units": list(Unit.objects.filter(organisation_id=pk).order_by("name", "id")[:UNITS_SHOWN]),
        # current ones first, then the latest to end
        "memberships": list(
            memberships.order_by(F("left_on").desc(nulls_first=True), "alliance__name", "id")[
                :MEMBERSHIPS_SHOWN
            ]
        ),
        "relations": list(relations.order_by("type", "target__name", "id")[:RELATIONS_SHOWN]),
    }


def _by_status(agreements: list[Agreement], counts: dict[str, int]) -> list[AgreementGroup]:
    """One group per status the organisation has agreements in, with the newest of them
    among those already read: no query of its own."""
    return [
        AgreementGroup(
            status=status,
            count=counts[status],
            newest=[a for a in agreements if a.status == status][:AGREEMENTS_PER_STATUS],
        )
        for status in STATUS_ORDER
        if counts.get(status)
    ]


def _agreements_ended(party_of: "QuerySet[Agreement]", *, limit: int) -> list[Agreement]:
    """The organisation's latest agreement ends: expiring (its end ahead, within the
    expiring window), expired or terminated, newest first, each with `ended_on`."""
    ended_on = Case(
        When(status=Status.TERMINATED, then=F("terminated_on")),
        default=F("in_force_until"),
        output_field=DateField(),
    )
    ends = party_of.filter(
        Q(status__in=(Status.EXPIRING, Status.EXPIRED), in_force_until__isnull=False)
        | Q(status=Status.TERMINATED, terminated_on__isnull=False)
    )
    return list(
        ends.only("id", "title", "status", "in_force_until", "terminated_on")
        .annotate(ended_on=ended_on)
        .order_by("-ended_on", "-id")[:limit]
    )


def _events_of(pk: int, *, limit: int) -> list[Event]:
    """The newest events the organisation hosted, took part in or visited (events are
    public), each with `role_label`: what it was there."""
    took_part = EventParticipant.objects.filter(organisation_id=pk)
    # One IN over a UNION of three index lookups; an OR of them would make PostgreSQL scan
    # every event.
    involved = (
        Event.objects.filter(host_id=pk)
        .order_by()
        .values("id")
        .union(
            took_part.order_by().values("event_id"),
            Visit.objects.filter(visitor_id=pk).order_by().values("event_id"),
        )
    )
    role = took_part.filter(event_id=OuterRef("pk")).values("role")[:1]
    events: list[Event] = list(
        Event.objects.filter(pk__in=involved)
        .only("id", "kind", "title", "starts_on", "ends_on", "place", "city", "country", "host_id")
        .annotate(role_here=Subquery(role))
        .order_by("-starts_on", "-id")[:limit]
    )
    roles = dict(EventParticipant.Role.choices)
    for event in events:
        # a host may lack its participant row (an event saved in the back office); a visitor
        # has only a visit
        here: str | None = event.role_here  # type: ignore[attr-defined]
        if event.host_id == pk:
            here = EventParticipant.Role.HOST
        event.role_label = roles[here or EventParticipant.Role.VISITOR]  # type: ignore[attr-defined]
    return events


def _counterparts_of(pk: int) -> list[Counterpart]:
    """The counterpart pairs the organisation is in: as the member, or through one of its
    units on the host's side."""
    own_units = Unit.objects.filter(organisation_id=pk).values("id")
    liaisons = Contact.objects.order_by("name", "id")[:LIAISONS_SHOWN]
    return list(
        Counterpart.objects.filter(Q(organisation_id=pk) | Q(host_unit_id__in=own_units))
        .select_related("alliance", "organisation", "host_unit__organisation")
        .prefetch_related(Prefetch("liaisons", queryset=liaisons, to_attr="liaisons_shown"))
        .order_by("alliance__name", "organisation__name", "host_unit__name", "id")[
            :COUNTERPARTS_SHOWN
        ]
    )


def _timeline(
    memberships: list[Membership],
    agreements: list[Agreement],
    ended: list[Agreement],
    activities: list[Activity],
    events: list[Event],
) -> list[Happening]:
    """The newest TIMELINE_LENGTH happenings, merged from rows the page has read already.
    Each source holds its own newest rows (at least TIMELINE_LENGTH of them, or all), so the
    merge is exact."""
    today = StatusClock.now().today
    lines: list[Happening] = []

    def add(on: date, kind: str, title: str, url_name: str, url_arg: Any) -> None:
        lines.append(Happening(on, kind, title, url_name, url_arg, upcoming=on > today))

    for agreement in agreements:
        if agreement.signed_on:
            add(agreement.signed_on, "signed", agreement.title, "agreements:detail", agreement.pk)
    for agreement in ended:
        kind = END_KINDS[agreement.status]
        ended_on: date = agreement.ended_on  # type: ignore[attr-defined]
        add(ended_on, kind, agreement.title, "agreements:detail", agreement.pk)
    for membership in memberships:
        alliance = membership.alliance
        for on, kind in ((membership.joined_on, "joined"), (membership.left_on, "left")):
            if on:
                add(on, kind, str(alliance), "alliances:detail", alliance.slug)
    for event in events:
        add(event.starts_on, "event", event.title, "events:detail", event.pk)
    for activity in activities:
        add(activity.starts_on, "activity", activity.title, "activities:detail", activity.pk)
    lines.sort(key=lambda line: line.on, reverse=True)  # stable: same-day lines keep this order
    return lines[:TIMELINE_LENGTH]


HAPPENING_LABELS = {
    "signed": _("Agreement signed"),
    "expires": _("Agreement expires"),
    "expired": _("Agreement expired"),
    "terminated": _("Agreement terminated"),
    "joined": _("Joined"),
    "left": _("Left"),
    "event": _("Event"),
    "activity": _("Activity"),
}
END_KINDS: dict[str, str] = {
    Status.EXPIRING: "expires",
    Status.EXPIRED: "expired",
    Status.TERMINATED: "terminated",
}
