from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accord.core.views import int_param
from accord.registry.models import Organisation
from accord.registry.selectors import organisation_detail, organisation_list


def organisation_list_view(request: HttpRequest) -> HttpResponse:
    filters: dict[str, Any] = {
        "q": request.GET.get("q", "").strip(),
        "country": request.GET.get("country", "").strip().upper(),
        "kind": request.GET.get("kind", ""),
    }
    page = organisation_list(page=int_param(request.GET, "page", 1), **filters)
    return render(
        request,
        "registry/list.html",
        {"page": page, "filters": filters, "kinds": Organisation.Kind.choices},
    )


def organisation_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        context = organisation_detail(pk=pk, user=request.user)
    except Organisation.DoesNotExist as exc:
        raise Http404(f"No organisation with id {pk}.") from exc
    return render(request, "registry/detail.html", context)
