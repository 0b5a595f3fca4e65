from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accord.agreements.models import Agreement, Area
from accord.agreements.selectors import (
    SORTS,
    agreement_detail,
    agreement_list,
    renewal_chain,
)
from accord.agreements.status import STATUS_CHOICES
from accord.core.views import int_param


def agreement_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    status = params.get("status", "")
    filters: dict[str, Any] = {
        "q": params.get("q", "").strip(),
        "status": status if status in dict(STATUS_CHOICES) else None,
        "kind": params.get("kind") or None,
        "area": params.get("area") or None,
        "country": params.get("country", "").upper() or None,
    }
    page = agreement_list(
        user=request.user,
        page=int_param(params, "page", 1),
        size=int_param(params, "size", 50),
        sort=params.get("sort", "-signed"),
        **filters,
    )
    return render(
        request,
        "agreements/list.html",
        {
            "page": page,
            "filters": filters,
            "statuses": STATUS_CHOICES,
            "kinds": Agreement.Kind.choices,
            "areas": Area.objects.filter(parent__isnull=False).order_by("name"),
            "sorts": SORTS,
        },
    )


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
