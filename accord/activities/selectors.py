"""Reads of events and activities. Events are public; an activity is seen only when it
belongs to no agreement or to one `agreements_visible_to(user)` lets through, and the
agreements signed at an event are filtered the same way."""

from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.agreements.selectors import LIST_FIELDS, agreements_visible_to
from accord.core.selectors import COUNT_LIMIT, Page, paginate
from accord.registry.models import Organisation, OrgName

NEWEST_FIRST = ("-starts_on", "-id")

# What a row of the event list shows (with the host's name): loading only these keeps long
# descriptions and sources out of a list page.
EVENT_LIST_FIELDS = (
    "id", "kind", "title", "starts_on", "ends_on", "place", "city", "country", "host_id",
    "host__id", "host__name",
)  # fmt: skip

ACTIVITY_LIST_FIELDS = (
    "id", "kind", "title", "starts_on", "ends_on", "participants", "outputs", "agreement_id",
    "agreement__id", "agreement__title",
)  # fmt: skip


def event_filter(*, q: str = "", kind: str = "", year: int | None = None) -> "QuerySet[Event]":
    """Filters compose as AND; each word of `q` must match the title, the place, the city or
    any name of the host (official, acronym, alias, label in any language)."""
    queryset = Event.objects.all()
    if kind:
        queryset = queryset.filter(kind=kind)
    if year:
        queryset = queryset.filter(starts_on__year=year)
    for word in q.split():
        host_names = OrgName.objects.filter(value__icontains=word).values("organisation_id")
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(place__icontains=word)
            | Q(city__icontains=word)
            | Q(host_id__in=host_names)
        )
    return queryset


def event_list(
    *,
    user: Any,
    q: str = "",
    kind: str = "",
    year: int | None = None,
    page: int = 1,
    size: int = 50,
) -> Page[Event]:
    """A page of events, newest first, with their hosts: two queries (count, page) whatever
    the page size. Events are public, so `user` changes nothing (yet)."""
    queryset = (
        event_filter(q=q, kind=kind, year=year)
        .select_related("host")
        .only(*EVENT_LIST_FIELDS)
        .order_by(*NEWEST_FIRST)
    )
    return paginate(queryset, page=page, size=size, count_limit=COUNT_LIMIT)


def event_detail(*, pk: int, user: Any) -> Event:
    """One event with its participants, visits and the agreements signed at it that `user`
    may see (as `event.agreements_visible`); raises Event.DoesNotExist when there is none."""
    agreements = (
        agreements_visible_to(user)
        .only(*LIST_FIELDS, "signing_event_id")  # the key the prefetch matches on
        .order_by("title", "id")
    )
    return (
        Event.objects.filter(pk=pk)
        .select_related("host", "alliance")
        .prefetch_related(
            Prefetch(
                "participations",
                queryset=EventParticipant.objects.select_related("organisation").order_by(
                    "role", "organisation__name", "id"
                ),
            ),
            Prefetch(
                "visits",
                queryset=Visit.objects.select_related("visitor", "host_unit").order_by(
                    "visitor__name", "id"
                ),
            ),
            Prefetch("agreements_signed", queryset=agreements, to_attr="agreements_visible"),
        )
        .get()
    )


def activities_visible_to(user: Any) -> "QuerySet[Activity]":
    """Activities under no agreement, or under one `user` may see. The agreement is tested
    per activity (an EXISTS on its key), so a list walking the newest activities stops when
    its page is full instead of first listing every agreement the user may see."""
    visible = agreements_visible_to(user).filter(pk=OuterRef("agreement_id"))
    return Activity.objects.filter(Q(agreement__isnull=True) | Q(Exists(visible)))


def activity_filter(
    *,
    user: Any,
    q: str = "",
    kind: str = "",
    agreement_id: int | None = None,
    organisation_id: int | None = None,
    year: int | None = None,
) -> "QuerySet[Activity]":
    """Filters compose as AND; each word of `q` must match the title or the outcome. An
    organisation filter is an EXISTS, so no activity is listed twice."""
    queryset = activities_visible_to(user)
    if kind:
        queryset = queryset.filter(kind=kind)
    if agreement_id:
        queryset = queryset.filter(agreement_id=agreement_id)
    if year:
        queryset = queryset.filter(starts_on__year=year)
    if organisation_id:
        through = Activity.organisations.through
        queryset = queryset.filter(
            Exists(
                through.objects.filter(activity_id=OuterRef("pk"), organisation_id=organisation_id)
            )
        )
    for word in q.split():
        queryset = queryset.filter(Q(title__icontains=word) | Q(outcome__icontains=word))
    return queryset


def activity_list(
    *,
    user: Any,
    q: str = "",
    kind: str = "",
    agreement_id: int | None = None,
    organisation_id: int | None = None,
    year: int | None = None,
    page: int = 1,
    size: int = 50,
) -> Page[Activity]:
    """A page of the activities `user` may see, newest first, with their agreement and
    organisations: three queries (count, page, organisations) whatever the page size."""
    queryset = (
        activity_filter(
            user=user,
            q=q,
            kind=kind,
            agreement_id=agreement_id,
            organisation_id=organisation_id,
            year=year,
        )
        .select_related("agreement")
        .only(*ACTIVITY_LIST_FIELDS)
        .prefetch_related(Prefetch("organisations", queryset=_organisations_by_name()))
        .order_by(*NEWEST_FIRST)
    )
    return paginate(queryset, page=page, size=size, count_limit=COUNT_LIMIT)


def activity_detail(*, pk: int, user: Any) -> Activity:
    """One activity with its agreement and organisations; raises Activity.DoesNotExist when
    there is none `user` may see."""
    return (
        activities_visible_to(user)
        .filter(pk=pk)
        .select_related("agreement")
        .prefetch_related(Prefetch("organisations", queryset=_organisations_by_name()))
        .get()
    )


def activities_of_organisation(*, user: Any, organisation_id: int, limit: int) -> list[Activity]:
    """The newest `limit` activities `organisation_id` takes part in that `user` may see, with
    their agreement's title. A join from the organisation's links (not an EXISTS per
    activity), so the work grows with this organisation's activities, not with the registry."""
    queryset = (
        activities_visible_to(user)
        .filter(organisations__id=organisation_id)
        .select_related("agreement")
        .only(*ACTIVITY_LIST_FIELDS)
        .order_by(*NEWEST_FIRST)
    )
    return list(queryset[:limit])


def _organisations_by_name() -> "QuerySet[Organisation]":
    return Organisation.objects.only("id", "name", "country").order_by("name", "id")
