import csv

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accord.agreements.selectors import agreement_list
from accord.alliances.models import Alliance
from accord.alliances.selectors import alliance_counterparts, alliance_list, alliance_members
from accord.core.countries import country_name

MEMBER_CSV_COLUMNS = [
    "organisation",
    "country",
    "country_name",
    "city",
    "kind",
    "role",
    "joined_on",
    "left_on",
]


def alliance_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "alliances/list.html", {"alliances": alliance_list()})


def alliance_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = get_object_or_404(
        Alliance.objects.select_related("parent", "secretariat"), slug=slug
    )
    return render(
        request,
        "alliances/detail.html",
        {
            "alliance": alliance,
            "members": alliance_members(alliance=alliance),
            "sub_alliances": alliance_list().filter(parent=alliance),
            "counterparts": alliance_counterparts(alliance=alliance),
            "events": alliance.events.order_by("-starts_on")[:20],
            "agreements": agreement_list(user=request.user, alliance_id=alliance.pk, size=20),
        },
    )


def alliance_members_csv(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = get_object_or_404(Alliance, slug=slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{alliance.slug}-members.csv"'
    writer = csv.writer(response)
    writer.writerow(MEMBER_CSV_COLUMNS)
    for m in alliance_members(alliance=alliance):
        org = m.organisation
        writer.writerow(
            [org.name, org.country, country_name(org.country) if org.country else "", org.city,
             org.kind, m.role, m.joined_on or "", m.left_on or ""]
        )  # fmt: skip
    return response
