"""Reads of agreements. Every read starts from `agreements_visible_to`, which applies
confidentiality and makes sure the stored statuses are current for today (see status.py)."""

from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from accord.agreements.facets import facet_tokens, facets_indexed, facets_scanned
from accord.agreements.models import Agreement, Party, Signature
from accord.agreements.search import search_indexed, search_match_count, search_scanned
from accord.agreements.status import (
    ALL_STATUSES,
    Status,
    StatusClock,
    counts_read,
    status_filter,
    statuses_ensure_fresh,
)
from accord.alliances.models import Membership
from accord.core.models import Profile
from accord.core.selectors import COUNT_LIMIT, Page, paginate, planner_estimate
from accord.registry.models import Organisation

# What an anonymous visitor may see of public agreements: what was signed, not drafts.
PUBLIC_STATES = (Agreement.State.SIGNED, Agreement.State.TERMINATED)

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


def agreement_status(agreement: Agreement) -> str:
    """One agreement's status today, as every list shows it."""
    statuses_ensure_fresh()
    status: str = Agreement.objects.values_list("status", flat=True).get(pk=agreement.pk)
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
    plan: str = "index",
) -> "QuerySet[Agreement]":
    """Filters compose as AND; `q` finds every word in the title, reference, summary, a
    party's names or a document's text (search.py). Country and area are facet tokens; they
    and `q` are looked up through inverted indexes (`plan="index"`; `"matches"` makes `q`'s
    matches drive the query, for when they are known to be few) or tested row by row
    (`"scan"`, for walking a sort order; see facets.py); a party filter is an EXISTS, so no
    agreement is counted twice."""
    queryset = agreements_visible_to(user)
    statuses = [status] if isinstance(status, str) else list(status or ())
    tokens = facet_tokens(country=country, area=area)
    if tokens:
        # one status rides in the facet lookup; several are an IN beside it
        single = statuses[0] if len(statuses) == 1 else None
        if single is not None:
            status_filter(single)  # refuses an unknown status
        if len(statuses) > 1:
            queryset = queryset.filter(status_filter(statuses))
        lookup = facets_indexed if plan == "index" else facets_scanned
        queryset = lookup(queryset, tokens, status=single)
    elif statuses:
        queryset = queryset.filter(status_filter(statuses))
    if kind:
        queryset = queryset.filter(kind=kind)
    if confidentiality:
        queryset = queryset.filter(confidentiality=confidentiality)
    if alliance_id:
        queryset = queryset.filter(alliance_id=alliance_id)
    if signed_year:
        queryset = queryset.filter(signed_on__year=signed_year)
    if organisation_id:
        queryset = queryset.filter(
            Exists(Party.objects.filter(agreement=OuterRef("pk"), organisation_id=organisation_id))
        )
    if q:
        if plan == "scan":
            queryset = search_scanned(queryset, q)
        else:
            queryset = search_indexed(queryset, q, from_matches=plan == "matches")
    return queryset


# How many matches a filtered list still fetches through its indexes (see agreement_list).
INDEX_PLAN_LIMIT = 10_000
# Sorts whose index carries the facets, so walking it reads no table rows: cheaper than
# fetching even a few thousand matches scattered over the table.
WALKED_SORTS = ("-signed", "signed")


def agreement_list(
    *, page: int = 1, size: int = 50, sort: str = "-signed", **filters: Any
) -> Page[Agreement]:
    """A page of agreements with their parties: a fixed number of queries (count, page,
    parties) whatever the page size.

    The count goes through the facet and search indexes. The page does too while the matches
    are at most INDEX_PLAN_LIMIT (fetching and sorting them is cheap; past COUNT_LIMIT one
    more capped count tells); beyond, it walks the sort order and tests the facets and words
    of each entry, which stops once the page is full."""
    order = SORTS.get(sort, SORTS["-signed"])

    def ordered(plan: str) -> "QuerySet[Agreement]":
        queryset = agreement_filter(**filters, plan=plan)
        return queryset.only(*LIST_FIELDS).order_by(*order)

    q = filters.get("q")

    def beyond_limit() -> "QuerySet[Agreement]":
        # Up to INDEX_PLAN_LIMIT matches, fetching them all through the index and sorting
        # them is still cheaper than walking a sort order that has no index of its own (or
        # one without the facets) past the many that don't match.
        # SQLite counts them (up to the limit) through the index; PostgreSQL's planner
        # estimates them (its capped count would cost as much as the page).
        if q or sort in WALKED_SORTS:  # q: known to have many matches
            return ordered("scan")
        indexed = ordered("index")
        estimate = planner_estimate(indexed)
        if estimate is None:
            estimate = indexed.order_by()[: INDEX_PLAN_LIMIT + 1].count()
        return indexed if estimate <= INDEX_PLAN_LIMIT else ordered("scan")

    if q and search_match_count(q, cap=INDEX_PLAN_LIMIT) <= INDEX_PLAN_LIMIT:
        # few agreements have these words: start from them, whatever else is asked
        result = paginate(ordered("matches"), page=page, size=size, count_limit=COUNT_LIMIT)
    else:
        indexed = bool(filters.get("country") or filters.get("area") or q)
        result = paginate(
            ordered("index"),
            page=page,
            size=size,
            count_limit=COUNT_LIMIT,
            beyond_limit=beyond_limit if indexed else None,
        )
    with_party_rows(result.items)
    return result


def agreement_export(*, sort: str = "-signed", **filters: Any) -> Iterator[Agreement]:
    """Every agreement of a list (the same filters and order, no page), with `party_rows`,
    read in chunks so an export of the whole registry stays in bounded memory."""
    queryset = agreement_filter(**filters).only(*LIST_FIELDS)
    queryset = queryset.order_by(*SORTS.get(sort, SORTS["-signed"]))
    chunk: list[Agreement] = []
    for agreement in queryset.iterator(chunk_size=EXPORT_CHUNK):
        chunk.append(agreement)
        if len(chunk) == EXPORT_CHUNK:
            yield from with_party_rows(chunk)
            chunk = []
    yield from with_party_rows(chunk)


EXPORT_CHUNK = 2000


# What a row in a list shows: loading only these keeps a page's cost in the database, not in
# building model instances (the bench measured most of a list's time there).
LIST_FIELDS = (
    "id", "title", "kind", "reference", "state", "status", "signed_on", "in_force_from",
    "in_force_until", "auto_renewal", "confidentiality", "last_activity_on", "alliance_id",
)  # fmt: skip


class PartyRow(NamedTuple):
    """A party as a list row shows it."""

    organisation_id: int
    name: str
    country: str
    kind: str
    role: str


def with_party_rows(agreements: list[Agreement]) -> list[Agreement]:
    """Give each agreement `party_rows`: one query for the whole page, read as plain rows.
    Hand-written SQL: a list calls this for every page, and building the ORM query cost more
    than running it (prefetch_related, which also builds a model per row, cost more still)."""
    by_agreement: dict[int, list[PartyRow]] = {a.pk: [] for a in agreements}
    if by_agreement:
        party, organisation = Party._meta.db_table, Organisation._meta.db_table
        marks = ", ".join(["%s"] * len(by_agreement))
        sql = (
            f"SELECT p.agreement_id, p.organisation_id, o.name, o.country, o.kind, p.role"
            f" FROM {party} p JOIN {organisation} o ON o.id = p.organisation_id"
            f" WHERE p.agreement_id IN ({marks}) ORDER BY p.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, list(by_agreement))
            for agreement_id, *row in cursor.fetchall():
                by_agreement[agreement_id].append(PartyRow(*row))
    for agreement in agreements:
        agreement.party_rows = by_agreement[agreement.pk]  # type: ignore[attr-defined]
    return agreements


def agreements_expiring(
    *, user: Any, within: timedelta | None = None, limit: int = 20
) -> list[Agreement]:
    """Signed agreements whose last day falls within `within` (default: the expiring
    threshold) from today, soonest first."""
    clock = StatusClock.now()
    days = clock.expiring_days if within is None else within.days
    queryset = agreements_visible_to(user).filter(
        status__in=[Status.EXPIRING, Status.IN_FORCE, Status.DORMANT],
        auto_renewal=False,
        in_force_until__range=(clock.today, clock.today + timedelta(days=days)),
    )
    queryset = queryset.only(*LIST_FIELDS).order_by("in_force_until", "id")
    return with_party_rows(list(queryset[:limit]))


def agreements_dormant(*, user: Any, page: int = 1, size: int = 50) -> Page[Agreement]:
    """In force, but nothing recorded under them for the dormant threshold: longest quiet first."""
    queryset = (
        agreements_visible_to(user)
        .filter(status_filter(Status.DORMANT))
        .only(*LIST_FIELDS)
        .order_by("last_activity_on", "in_force_from", "id")
    )
    result = paginate(queryset, page=page, size=size, count_limit=COUNT_LIMIT)
    with_party_rows(result.items)
    return result


def agreement_counts_by_status(
    *, user: Any = SYSTEM, queryset: "QuerySet[Agreement] | None" = None
) -> dict[str, int]:
    """Every status with its count (zeros included) among what `user` may see: from the
    maintained counters (plus, for an officer, a live count of the confidential agreements
    they may see). With `queryset`, a live grouped count of that set instead."""
    counts = dict.fromkeys(ALL_STATUSES, 0)
    if queryset is not None:
        rows = queryset.order_by().values("status").annotate(n=Count("id"))
        counts.update(dict(rows.values_list("status", "n")))
        return counts
    statuses_ensure_fresh()
    audience, _org = _audience(user)
    public = Agreement.Confidentiality.PUBLIC
    for (status, confidentiality), n in counts_read().items():
        if audience == "all" or confidentiality == public:
            counts[status] += n
    if audience == "public_signed":
        counts[Status.DRAFT] = counts[Status.UNDER_REVIEW] = 0
    elif audience == "officer":
        assert _org is not None
        for status, n in _confidential_counts_seen_by(_org):
            counts[status] += n
    return counts


def _confidential_counts_seen_by(organisation_id: int) -> list[tuple[str, int]]:
    """(status, count) of the confidential agreements an officer of `organisation_id` sees:
    the alliance ones of their current alliances, and the parties-only ones their organisation
    is a party to. Two disjoint sets, each counted from its own index; the first starts from
    the organisation's memberships (one current membership per alliance, so nothing is
    counted twice): grouped from the agreements' side, SQLite walks every agreement in status
    order instead (a second at 500k)."""
    alliance_ones = (
        Membership.objects.filter(
            organisation_id=organisation_id,
            left_on__isnull=True,
            alliance__agreements__confidentiality=Agreement.Confidentiality.ALLIANCE,
        )
        .values("alliance__agreements__status")
        .annotate(n=Count("alliance__agreements__id"))
        .values_list("alliance__agreements__status", "n")
        .order_by()
    )
    parties_ones = (
        Agreement.objects.filter(
            confidentiality=Agreement.Confidentiality.PARTIES,
            parties__organisation_id=organisation_id,  # one party row per organisation
        )
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
        .order_by()
    )
    return [*alliance_ones, *parties_ones]


def agreement_counts_by_kind(queryset: "QuerySet[Agreement] | None" = None) -> dict[str, int]:
    queryset = queryset if queryset is not None else Agreement.objects.all()
    counts = dict.fromkeys(Agreement.Kind.values, 0)
    counts.update(
        dict(queryset.order_by().values("kind").annotate(n=Count("id")).values_list("kind", "n"))
    )
    return counts


def agreement_detail(*, pk: int, user: Any) -> Agreement:
    """One agreement with everything its page shows, in a fixed number of queries; raises
    Agreement.DoesNotExist when there is none the user may see."""
    return (
        agreements_visible_to(user)
        .filter(pk=pk)
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


def _audience(user: Any) -> tuple[str, int | None]:
    """Which confidentiality rule applies to `user`: ("all" | "officer" | "public" |
    "public_signed", the officer's organisation)."""
    if user is SYSTEM:
        return "all", None
    if user is None or not user.is_authenticated:
        return "public_signed", None
    profile = getattr(user, "accord_profile", None)
    if user.is_superuser or (profile and profile.role == Profile.Role.ADMIN):
        return "all", None
    if profile and profile.role == Profile.Role.OFFICER and profile.organisation_id:
        return "officer", profile.organisation_id
    return "public", None


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
    statuses_ensure_fresh()
    queryset = queryset if queryset is not None else Agreement.objects.all()
    audience, org_id = _audience(user)
    public = Q(confidentiality=Agreement.Confidentiality.PUBLIC)
    if audience == "all":
        return queryset
    if audience == "public_signed":
        # The public sees signed agreements, not an office's drafts.
        return queryset.filter(public, state__in=PUBLIC_STATES)
    if audience == "public":
        return queryset.filter(public)
    assert org_id is not None
    alliances = Membership.objects.filter(organisation_id=org_id, left_on__isnull=True).values(
        "alliance_id"
    )
    party_of = Party.objects.filter(organisation_id=org_id).values("agreement_id")
    return queryset.filter(
        public
        | Q(confidentiality=Agreement.Confidentiality.ALLIANCE, alliance_id__in=alliances)
        | Q(confidentiality=Agreement.Confidentiality.PARTIES, pk__in=party_of)
    )
