"""Reads of agreements. Status is always derived in SQL (see `status.py`)."""

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from accord.agreements.models import Agreement, Party, Signature
from accord.agreements.status import (
    ALL_STATUSES,
    Status,
    StatusClock,
    status_expression,
    status_filter,
    statuses_filter,
)
from accord.alliances.models import Membership
from accord.core.models import Profile
from accord.core.selectors import Page, paginate

# Passed as `user` by callers that act for the system, not a person (CLI reports, benchmarks).
SYSTEM = object()

SORTS = {
    "signed": ("signed_on", "id"),
    "-signed": ("-signed_on", "-id"),
    "until": ("in_force_until", "id"),
    "-until": ("-in_force_until", "-id"),
    "title": ("title", "id"),
    "-title": ("-title", "-id"),
    "created": ("id",),
    "-created": ("-id",),
}


def agreements_with_status(
    queryset: "QuerySet[Agreement] | None" = None, *, clock: StatusClock | None = None
) -> "QuerySet[Agreement]":
    queryset = queryset if queryset is not None else Agreement.objects.all()
    return queryset.annotate(status=status_expression(clock))


def agreement_status(agreement: Agreement, *, clock: StatusClock | None = None) -> str:
    """One agreement's status, from the same SQL expression every list uses."""
    status: str = (
        agreements_with_status(Agreement.objects.filter(pk=agreement.pk), clock=clock)
        .values_list("status", flat=True)  # type: ignore[misc]
        .get()
    )
    return status


def agreement_filter(
    *,
    status: str | Sequence[str] | None = None,
    kind: str | None = None,
    country: str | None = None,
    area: str | None = None,
    organisation_id: int | None = None,
    alliance_id: int | None = None,
    signed_year: int | None = None,
    confidentiality: str | None = None,
    q: str | None = None,
    user: Any,
    clock: StatusClock | None = None,
) -> "QuerySet[Agreement]":
    """Filters compose as AND; relation filters use EXISTS-style subqueries (`pk__in`) so a
    multi-party agreement is never counted twice."""
    clock = clock or StatusClock.now()
    queryset = agreements_visible_to(user)
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        queryset = queryset.filter(
            status_filter(statuses[0], clock)
            if len(statuses) == 1
            else statuses_filter(statuses, clock)
        )
    if kind:
        queryset = queryset.filter(kind=kind)
    if confidentiality:
        queryset = queryset.filter(confidentiality=confidentiality)
    if alliance_id:
        queryset = queryset.filter(alliance_id=alliance_id)
    if signed_year:
        queryset = queryset.filter(signed_on__year=signed_year)
    if country:
        queryset = queryset.filter(
            pk__in=Party.objects.filter(organisation__country=country.upper()).values(
                "agreement_id"
            )
        )
    if organisation_id:
        queryset = queryset.filter(
            pk__in=Party.objects.filter(organisation_id=organisation_id).values("agreement_id")
        )
    if area:
        queryset = queryset.filter(
            pk__in=Agreement.areas.through.objects.filter(area__code=area).values("agreement_id")
        )
    if q:
        for word in q.split():
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(reference__icontains=word)
                | Q(summary__icontains=word)
                | Q(
                    pk__in=Party.objects.filter(organisation__names__value__icontains=word).values(
                        "agreement_id"
                    )
                )
            )
    return queryset


def agreement_list(
    *,
    page: int = 1,
    size: int = 50,
    sort: str = "-signed",
    clock: StatusClock | None = None,
    **filters: object,
) -> Page[Agreement]:
    """A page of agreements with their status and parties: a fixed number of queries
    (count, page, parties) whatever the page size."""
    clock = clock or StatusClock.now()
    queryset = agreement_filter(clock=clock, **filters)  # type: ignore[arg-type]
    queryset = (
        agreements_with_status(queryset, clock=clock)
        .order_by(*SORTS.get(sort, SORTS["-signed"]))
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation", "unit"))
        )
    )
    return paginate(queryset, page=page, size=size)


def agreements_expiring(
    *,
    user: Any,
    within: timedelta | None = None,
    limit: int = 20,
    clock: StatusClock | None = None,
) -> list[Agreement]:
    """Signed agreements whose end falls in the next `within` days, soonest first."""
    clock = clock or StatusClock.now()
    if within is not None:
        clock = StatusClock(clock.today, within.days, clock.dormant_days)
    queryset = (
        agreements_with_status(
            agreements_visible_to(user).filter(status_filter(Status.EXPIRING, clock)), clock=clock
        )
        .order_by("in_force_until", "id")
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation"))
        )
    )
    return list(queryset[:limit])


def agreements_dormant(
    *, user: Any, page: int = 1, size: int = 50, clock: StatusClock | None = None
) -> Page[Agreement]:
    """In force, but nothing recorded under them for the dormant threshold: longest quiet first."""
    clock = clock or StatusClock.now()
    queryset = (
        agreements_with_status(
            agreements_visible_to(user).filter(status_filter(Status.DORMANT, clock)), clock=clock
        )
        .order_by("last_activity_on", "in_force_from", "id")
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation"))
        )
    )
    return paginate(queryset, page=page, size=size)


def agreement_counts_by_status(
    queryset: "QuerySet[Agreement] | None" = None, *, clock: StatusClock | None = None
) -> dict[str, int]:
    """Every status with its count (zeros included), in one grouped query."""
    rows = (
        agreements_with_status(queryset, clock=clock)
        .order_by()
        .values("status")  # type: ignore[misc]
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    counts = dict.fromkeys(ALL_STATUSES, 0)
    counts.update(dict(rows))
    return counts


def agreement_counts_by_kind(queryset: "QuerySet[Agreement] | None" = None) -> dict[str, int]:
    queryset = queryset if queryset is not None else Agreement.objects.all()
    counts = dict.fromkeys(Agreement.Kind.values, 0)
    counts.update(
        dict(queryset.order_by().values("kind").annotate(n=Count("id")).values_list("kind", "n"))
    )
    return counts


def agreement_detail(*, pk: int, clock: StatusClock | None = None) -> Agreement:
    """One agreement with everything its page shows, in a fixed number of queries."""
    return (
        agreements_with_status(Agreement.objects.filter(pk=pk), clock=clock)
        .select_related("alliance", "signing_event", "supersedes")
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.select_related("organisation", "unit")),
            Prefetch(
                "signatures",
                queryset=Signature.objects.select_related("contact", "party__organisation"),
            ),
            "areas",
            "documents",
            "activities",
        )
        .get()
    )


def renewal_chain(agreement: Agreement) -> list[Agreement]:
    """From the first agreement to the latest renewal, this one included."""
    chain = [agreement]
    node = agreement
    while node.supersedes_id is not None:
        predecessor = node.supersedes
        assert predecessor is not None
        chain.insert(0, predecessor)
        node = predecessor
    node = agreement
    while (successor := Agreement.objects.filter(supersedes=node).first()) is not None:
        chain.append(successor)
        node = successor
    return chain


def agreements_visible_to(
    user: Any, queryset: "QuerySet[Agreement] | None" = None
) -> "QuerySet[Agreement]":
    """Confidentiality, applied in SQL so every list, count and export obeys it.

    - secretariat admin: everything;
    - officer of X: public; `alliance` ones of alliances X currently belongs to; `parties`
      ones X is a party to;
    - viewer: public only;
    - anonymous visitor: public ones that were signed (no drafts).
    """
    queryset = queryset if queryset is not None else Agreement.objects.all()
    if user is SYSTEM:
        return queryset
    public = Q(confidentiality=Agreement.Confidentiality.PUBLIC)
    if user is None or not user.is_authenticated:
        # The public sees signed agreements, not an office's drafts.
        return queryset.filter(
            public, state__in=[Agreement.State.SIGNED, Agreement.State.TERMINATED]
        )
    profile = getattr(user, "accord_profile", None)
    if user.is_superuser or (profile and profile.role == Profile.Role.ADMIN):
        return queryset
    if profile is None or profile.role != Profile.Role.OFFICER or profile.organisation_id is None:
        return queryset.filter(public)
    org_id = profile.organisation_id
    alliances = Membership.objects.filter(organisation_id=org_id, left_on__isnull=True).values(
        "alliance_id"
    )
    party_of = Party.objects.filter(organisation_id=org_id).values("agreement_id")
    return queryset.filter(
        public
        | Q(confidentiality=Agreement.Confidentiality.ALLIANCE, alliance_id__in=alliances)
        | Q(confidentiality=Agreement.Confidentiality.PARTIES, pk__in=party_of)
    )
