import csv
from collections.abc import Iterator
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse

from accord.agreements.models import Agreement, Area
from accord.agreements.selectors import (
    SORTS,
    agreement_detail,
    agreement_export,
    agreement_list,
    renewal_chain,
)
from accord.agreements.status import STATUS_CHOICES
from accord.alliances.models import Alliance
from accord.core.views import int_param, vary_on_htmx, wants_partial
from accord.registry.models import Organisation


def _list_filters(params: QueryDict) -> dict[str, Any]:
    """The list's filters from the query string; a value that makes no sense is dropped."""
    status = params.get("status", "")
    confidentiality = params.get("confidentiality", "")
    year = int_param(params, "year", 0)
    return {
        "q": params.get("q", "").strip(),
        "status": status if status in dict(STATUS_CHOICES) else None,
        "kind": params.get("kind") if params.get("kind") in Agreement.Kind.values else None,
        "area": params.get("area") or None,
        "country": params.get("country", "").strip().upper() or None,
        "organisation_id": int_param(params, "party", 0) or None,
        "alliance_id": int_param(params, "alliance", 0) or None,
        "signed_year": year if 1900 <= year <= 2200 else None,
        "confidentiality": (
            confidentiality if confidentiality in Agreement.Confidentiality.values else None
        ),
    }


def agreement_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    filters = _list_filters(params)
    sort = params.get("sort", "-signed")
    page = agreement_list(
        user=request.user,
        page=int_param(params, "page", 1),
        size=int_param(params, "size", 50),
        sort=sort,
        **filters,
    )
    party = filters["organisation_id"]
    context = {
        "page": page,
        "filters": filters,
        "sort": sort if sort in SORTS else "-signed",
        "party": Organisation.objects.filter(pk=party).first() if party else None,
        "export_query": _without(params, "page", "size"),
    }
    if wants_partial(request, "results"):
        return vary_on_htmx(render(request, "agreements/_results.html", context))
    return vary_on_htmx(
        render(
            request,
            "agreements/list.html",
            {
                **context,
                "statuses": STATUS_CHOICES,
                "kinds": Agreement.Kind.choices,
                "confidentialities": Agreement.Confidentiality.choices,
                "areas": Area.objects.filter(parent__isnull=False).order_by("name"),
                "alliances": Alliance.objects.order_by("name"),
            },
        )
    )


EXPORT_COLUMNS = [
    "id", "title", "kind", "reference", "status", "state", "signed_on", "in_force_from",
    "in_force_until", "auto_renewal", "confidentiality", "parties", "party_countries", "url",
]  # fmt: skip


def agreement_export_view(request: HttpRequest) -> StreamingHttpResponse:
    """The list as CSV: every agreement of the current view (filters, search, order), not
    only the shown page; streamed, so a large export starts at once."""
    filters = _list_filters(request.GET)
    rows = agreement_export(user=request.user, sort=request.GET.get("sort", "-signed"), **filters)
    base = request.build_absolute_uri("/")[:-1]

    def lines() -> Iterator[str]:
        buffer = _Echo()
        writer = csv.writer(buffer)
        yield "\ufeff"  # a byte-order mark, so spreadsheet programs read UTF-8
        yield writer.writerow(EXPORT_COLUMNS)
        for a in rows:
            parties = a.party_rows  # type: ignore[attr-defined]
            yield writer.writerow(
                [a.pk, a.title, a.kind, a.reference, a.status, a.state, a.signed_on or "",
                 a.in_force_from or "", a.in_force_until or "", a.auto_renewal,
                 a.confidentiality, "; ".join(p.name for p in parties),
                 " ".join(sorted({p.country for p in parties if p.country})),
                 base + reverse("agreements:detail", args=[a.pk])]
            )  # fmt: skip

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agreements.csv"'
    return response


class _Echo:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value: str) -> str:
        return value


def _without(params: QueryDict, *names: str) -> str:
    kept = params.copy()
    for name in names:
        kept.pop(name, None)
    return kept.urlencode()


def agreement_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        agreement = agreement_detail(pk=pk, user=request.user)
    except Agreement.DoesNotExist as exc:
        raise Http404("No such agreement, or it is not visible to you.") from exc
    history = agreement.history.select_related("history_user")[:20]
    return render(
        request,
        "agreements/detail.html",
        {"agreement": agreement, "chain": renewal_chain(agreement), "history": history},
    )
