from collections.abc import Sequence
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render

from accord.activities.models import Activity, Event
from accord.activities.selectors import activity_detail, activity_list, event_detail, event_list
from accord.core.history import history_context
from accord.core.selectors import Page
from accord.core.views import int_param, vary_on_htmx, wants_partial

# The years a date can have: a `year` outside them falls back to "any year".
MAX_YEAR = 9999


def _year(params: QueryDict) -> int | None:
    year = int_param(params, "year", 0)
    return year if 0 < year <= MAX_YEAR else None


def _id(params: QueryDict, name: str) -> int | None:
    return int_param(params, name, 0) or None


def _choice(params: QueryDict, name: str, choices: list[str]) -> str:
    value = params.get(name, "")
    return value if value in choices else ""


def _list_response(
    request: HttpRequest,
    *,
    template: str,
    results: str,
    page: Page[Any],
    filters: dict[str, Any],
    kinds: Sequence[tuple[str, Any]],
) -> HttpResponse:
    """The whole page, or only the results when htmx swaps `#results` (a filter change, a
    pager link)."""
    context = {"page": page, "filters": filters}
    if wants_partial(request, "results"):
        return vary_on_htmx(render(request, results, context))
    return vary_on_htmx(render(request, template, {**context, "kinds": kinds}))


def event_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    filters: dict[str, Any] = {
        "q": params.get("q", "").strip(),
        "kind": _choice(params, "kind", Event.Kind.values),
        "year": _year(params),
    }
    page = event_list(
        user=request.user,
        page=int_param(params, "page", 1),
        size=int_param(params, "size", 50),
        **filters,
    )
    return _list_response(
        request,
        template="activities/event_list.html",
        results="activities/_event_results.html",
        page=page,
        filters=filters,
        kinds=Event.Kind.choices,
    )


def event_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        event = event_detail(pk=pk, user=request.user)
    except Event.DoesNotExist as exc:
        raise Http404(f"No event with id {pk}.") from exc
    return render(
        request,
        "activities/event_detail.html",
        {"event": event, **history_context(request, event)},
    )


def activity_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    filters: dict[str, Any] = {
        "q": params.get("q", "").strip(),
        "kind": _choice(params, "kind", Activity.Kind.values),
        "year": _year(params),
        "agreement_id": _id(params, "agreement"),
        "organisation_id": _id(params, "organisation"),
    }
    page = activity_list(
        user=request.user,
        page=int_param(params, "page", 1),
        size=int_param(params, "size", 50),
        **filters,
    )
    return _list_response(
        request,
        template="activities/activity_list.html",
        results="activities/_activity_results.html",
        page=page,
        filters=filters,
        kinds=Activity.Kind.choices,
    )


def activity_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        activity = activity_detail(pk=pk, user=request.user)
    except Activity.DoesNotExist as exc:
        raise Http404("No such activity, or it is not visible to you.") from exc
    return render(
        request,
        "activities/activity_detail.html",
        {"activity": activity, **history_context(request, activity)},
    )
