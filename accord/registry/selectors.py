"""Reads of the registry."""

from typing import Any

from django.db.models import Case, F, IntegerField, Min, Prefetch, Q, QuerySet, Value, When

from accord.agreements.selectors import (
    LIST_FIELDS,
    agreement_counts_by_status,
    agreements_visible_to,
    with_party_rows,
)
from accord.alliances.models import Membership
from accord.core.selectors import COUNT_LIMIT, Page, paginate
from accord.registry.models import Organisation, OrgName


def organisation_search(
    *, q: str = "", country: str = "", kind: str = ""
) -> "QuerySet[Organisation]":
    queryset = Organisation.objects.all()
    if country:
        queryset = queryset.filter(country=country.upper())
    if kind:
        queryset = queryset.filter(kind=kind)
    for word in q.split():
        names = OrgName.objects.filter(value__icontains=word)
        queryset = queryset.filter(Q(pk__in=names.values("organisation_id")))
    return queryset.order_by("name", "id")


# A suggestion query reads at most this much of what was typed.
SUGGEST_MAX_CHARS = 100
SUGGEST_MAX_WORDS = 8


def organisation_suggest(*, q: str, limit: int = 10) -> list[Organisation]:
    """Organisations with a name (any of their names, in any language) containing every word of
    `q`, case-insensitively: exact names first, then names starting with `q`, then the rest,
    each by display name. One query, whatever matches."""
    words = q[:SUGGEST_MAX_CHARS].split()[:SUGGEST_MAX_WORDS]
    if not words or limit <= 0:
        return []
    phrase = " ".join(words)
    # One filter() call, so every word must match the same name row; the annotation below
    # then ranks over those same rows (an annotation after filter() reuses its join).
    same_name = Q()
    for word in words:
        same_name &= Q(names__value__icontains=word)
    rank = Case(
        When(names__value__iexact=phrase, then=Value(0)),
        When(names__value__istartswith=phrase, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return list(
        Organisation.objects.filter(same_name)
        .only("name", "kind", "country", "city", "status")
        .annotate(rank=Min(rank))
        .order_by("rank", "name", "id")[:limit]
    )


def organisation_list(*, page: int = 1, size: int = 50, **filters: str) -> Page[Organisation]:
    return paginate(organisation_search(**filters), page=page, size=size, count_limit=COUNT_LIMIT)


def organisation_detail(*, pk: int, user: Any) -> dict[str, object]:
    """An organisation with names, identifiers, units, memberships and its agreements by status."""
    organisation = _organisation_with_relations(pk)
    # A join, not IN (subquery): the planner then starts from this organisation's parties
    # rather than walking every agreement in date order. One party row per organisation
    # and agreement, so the join cannot duplicate agreements.
    party_of = agreements_visible_to(user).filter(parties__organisation_id=pk)
    # Newest first, undated drafts last. NULLS LAST also keeps PostgreSQL from walking the
    # whole signed_on index looking for this organisation's agreements (760 ms at 500k).
    newest = (F("signed_on").desc(nulls_last=True), F("id").desc())
    agreements = with_party_rows(list(party_of.only(*LIST_FIELDS).order_by(*newest)[:50]))
    return {
        "organisation": organisation,
        "agreements": agreements,
        "agreement_counts": agreement_counts_by_status(queryset=party_of),
    }


def _organisation_with_relations(pk: int) -> Organisation:
    return (
        Organisation.objects.filter(pk=pk)
        .select_related("merged_into")
        .prefetch_related(
            "names",
            "identifiers",
            "units",
            Prefetch("memberships", queryset=Membership.objects.select_related("alliance")),
            "relations_out__target",
        )
        .get()
    )
