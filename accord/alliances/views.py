import csv
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.vary import vary_on_headers

from accord.agreements.forms import organisation_label
from accord.agreements.selectors import agreement_list
from accord.alliances.forms import (
    ALLIANCE_FIELDS,
    AllianceForm,
    CounterpartEditForm,
    CounterpartEndForm,
    CounterpartForm,
    MembershipEditForm,
    MembershipEndForm,
    MembershipForm,
)
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.alliances.selectors import (
    MEMBER_SORTS,
    alliance_changes,
    alliance_counterparts,
    alliance_host_ids,
    alliance_list,
    alliance_member_countries,
    alliance_members,
)
from accord.alliances.services import (
    alliance_create,
    alliance_update,
    counterpart_create,
    counterpart_remove,
    counterpart_update,
    membership_create,
    membership_end,
    membership_update,
)
from accord.core.countries import country_name
from accord.core.forms import apply_errors, stale_edit_error
from accord.core.history import history_context
from accord.core.permissions import can_manage_alliance, require
from accord.core.services import Actor
from accord.core.views import wants_partial
from accord.registry.models import Contact, Organisation
from accord.registry.services import contact_create

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
    return render(
        request,
        "alliances/list.html",
        {"alliances": alliance_list(), "can_manage": can_manage_alliance(request.user)},
    )


def _member_filters(params: QueryDict) -> dict[str, Any]:
    """The members table's filters and order from the query string; nonsense is dropped."""
    sort = params.get("sort", "name")
    return {
        "current_only": params.get("show") != "all",
        "country": params.get("country", "").strip().upper()[:2],
        "sort": sort if sort in MEMBER_SORTS else "name",
    }


def alliance_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = _alliance_or_404(slug)
    filters = _member_filters(request.GET)
    signed_in = request.user.is_authenticated
    context: dict[str, Any] = {
        "alliance": alliance,
        "members": alliance_members(alliance=alliance, **filters),
        "filters": filters,
        "countries": alliance_member_countries(
            alliance=alliance, current_only=filters["current_only"]
        ),
        "sub_alliances": alliance_list().filter(parent=alliance),
        "counterparts": alliance_counterparts(alliance=alliance),
        "events": alliance.events.order_by("-starts_on")[:20],
        "agreements": agreement_list(user=request.user, alliance_id=alliance.pk, size=20),
        "can_manage": can_manage_alliance(request.user),
        "signed_in": signed_in,
        "export_query": request.GET.urlencode(),
    }
    # Visitors see the public directory; who changed what is for those who sign in.
    if signed_in:
        context.update(history_context(request, alliance))
        context["changes"] = alliance_changes(alliance=alliance)
    return render(request, "alliances/detail.html", context)


def alliance_members_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """The members table as CSV: the same filters and order as the page that links here."""
    alliance = _alliance_or_404(slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{alliance.slug}-members.csv"'
    writer = csv.writer(response)
    writer.writerow(MEMBER_CSV_COLUMNS)
    for m in alliance_members(alliance=alliance, **_member_filters(request.GET)):
        org = m.organisation
        writer.writerow(
            [org.name, org.country, country_name(org.country) if org.country else "", org.city,
             org.kind, m.role, m.joined_on or "", m.left_on or ""]
        )  # fmt: skip
    return response


def _alliance_or_404(slug: str) -> Alliance:
    return get_object_or_404(
        Alliance.objects.select_related("parent", "secretariat", "lead_organisation", "lead_unit"),
        slug=slug,
    )


# The secretariat's forms. Each view: sign in or be sent to, be the secretariat or get 403,
# then show the form; on a valid post, `_write` runs the services in one transaction. A
# refusal leaves nothing written and brings the form back (status 400) with what was typed
# and the message on its field.


def _write(
    form: forms.Form,
    write: Callable[[], object],
    *,
    edits: Model | None = None,
    non_field_to: str | None = None,
) -> bool:
    """Run `write` in one transaction; True when it saved. With `edits`, the record is locked
    and the form's version checked again inside the transaction (the form's own check ran
    before it), so of two edits opened together the second is refused."""
    with transaction.atomic():
        if edits is not None:
            locked = type(edits)._default_manager.select_for_update().get(pk=edits.pk)
            stale = stale_edit_error(locked, form.cleaned_data.get("version", ""))
            if stale:
                form.add_error(None, stale)
                return False
        try:
            write()
        except ValidationError as error:
            apply_errors(form, error, non_field_to=non_field_to)
            transaction.set_rollback(True)
            return False
    return True


def _page(
    request: HttpRequest, form: forms.Form, alliance: Alliance | None, title: str, **extra: Any
) -> HttpResponse:
    back = reverse("alliances:detail", args=[alliance.slug]) if alliance else None
    return render(
        request,
        "alliances/form.html",
        {
            "form": form,
            "alliance": alliance,
            "title": title,
            "back": back or reverse("alliances:list"),
            **extra,
        },
        status=400 if request.method == "POST" else 200,
    )


def _done(request: HttpRequest, alliance: Alliance, message: str, anchor: str) -> HttpResponse:
    messages.success(request, message)
    return redirect(reverse("alliances:detail", args=[alliance.slug]) + anchor)


def _managed(request: HttpRequest, slug: str) -> Alliance:
    alliance = _alliance_or_404(slug)
    require(can_manage_alliance(request.user))
    return alliance


def _membership(alliance: Alliance, pk: int) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("organisation", "alliance"), pk=pk, alliance=alliance
    )


def _counterpart(alliance: Alliance, pk: int) -> Counterpart:
    return get_object_or_404(
        Counterpart.objects.select_related("organisation", "host_unit__organisation", "alliance"),
        pk=pk,
        alliance=alliance,
    )


@login_required
def membership_create_view(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = _managed(request, slug)
    form = MembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def write() -> None:
            membership_create(alliance=alliance, **data, actor=request.user)

        if _write(form, write, non_field_to="joined_on"):
            added = _("%(org)s is now a member.") % {"org": data["organisation"]}
            return _done(request, alliance, added, "#members")
    return _page(request, form, alliance, _("Add a member"), organisation_options=True)


@login_required
@vary_on_headers("HX-Request", "HX-Target")  # the page, or one row of it
def membership_edit_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The full form, or — asked by htmx for the member's row — the row turned into a small
    form, which saves in place and gives the row back (`?row=1`: the row as it is)."""
    alliance = _managed(request, slug)
    membership = _membership(alliance, pk)
    inline = wants_partial(request, f"member-{membership.pk}")
    row_context = {
        "m": membership,
        "alliance": alliance,
        "can_manage": True,
        "filters": {"current_only": request.GET.get("show") != "all"},
    }
    if inline and request.method == "GET" and request.GET.get("row"):
        return render(request, "alliances/_member_row.html", row_context)
    initial = {name: getattr(membership, name) for name in ("role", "joined_on", "left_on", "note")}
    form = MembershipEditForm(request.POST or None, instance=membership, initial=initial)
    if request.method == "POST" and form.is_valid():

        def write() -> None:
            membership_update(membership=membership, **form.changes(), actor=request.user)

        if _write(form, write, edits=membership, non_field_to="joined_on"):
            if inline:
                row_context["m"] = _membership(alliance, pk)
                return render(request, "alliances/_member_row.html", row_context)
            return _done(request, alliance, _("The membership is saved."), "#members")
    if inline:  # errors stay in the row (htmx swaps only successful responses)
        return render(request, "alliances/_member_row_form.html", {**row_context, "form": form})
    title = _("Membership of %(org)s") % {"org": membership.organisation}
    return _page(request, form, alliance, title)


@login_required
def membership_end_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    alliance = _managed(request, slug)
    membership = _membership(alliance, pk)
    form = MembershipEndForm(request.POST or None, instance=membership)
    if request.method == "POST" and form.is_valid():

        def write() -> None:
            membership_end(
                membership=membership,
                left_on=form.cleaned_data["left_on"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )

        if _write(form, write, edits=membership, non_field_to="left_on"):
            ended = _("The membership of %(org)s has ended.") % {"org": membership.organisation}
            return _done(request, alliance, ended, "#members")
    title = _("End the membership of %(org)s") % {"org": membership.organisation}
    return _page(request, form, alliance, title, action=_("End the membership"))


@login_required
def counterpart_create_view(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = _managed(request, slug)
    form = CounterpartForm(request.POST or None, alliance=alliance)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def write() -> None:
            organisation, host_unit = data["organisation"], data["host_unit"]
            liaisons = [
                _liaison(organisation, data["member_liaison"], "member_liaison", request.user),
                _liaison(
                    host_unit.organisation, data["host_liaison"], "host_liaison", request.user
                ),
            ]
            counterpart_create(
                alliance=alliance, organisation=organisation, host_unit=host_unit,
                liaisons=[c for c in liaisons if c is not None], since=data["since"],
                note=data["note"], actor=request.user,
            )  # fmt: skip

        if _write(form, write, non_field_to="organisation"):
            return _done(request, alliance, _("The counterpart pair is recorded."), "#counterparts")
    note = None
    if not alliance_host_ids(alliance):
        note = _(
            "A pair joins a member with a unit of the alliance's host: record the alliance's "
            "secretariat or lead organisation first (Edit), and its units in the registry."
        )
    return _page(request, form, alliance, _("Add a counterpart pair"), note=note)


@login_required
def counterpart_edit_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    alliance = _managed(request, slug)
    counterpart = _counterpart(alliance, pk)
    initial = {
        "host_unit": counterpart.host_unit,
        "since": counterpart.since,
        "note": counterpart.note,
        "liaisons": list(counterpart.liaisons.all()),
    }
    form = CounterpartEditForm(request.POST or None, instance=counterpart, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def write() -> None:
            host_unit = data["host_unit"]
            added = [
                _liaison(counterpart.organisation, data["member_liaison"], "member_liaison",
                         request.user),
                _liaison(host_unit.organisation, data["host_liaison"], "host_liaison",
                         request.user),
            ]  # fmt: skip
            counterpart_update(
                counterpart=counterpart, host_unit=host_unit, since=data["since"],
                note=data["note"], liaisons=[*data["liaisons"], *(c for c in added if c)],
                actor=request.user,
            )  # fmt: skip

        if _write(form, write, edits=counterpart, non_field_to="host_unit"):
            return _done(request, alliance, _("The counterpart pair is saved."), "#counterparts")
    return _page(request, form, alliance, str(counterpart))


@login_required
def counterpart_end_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    alliance = _managed(request, slug)
    counterpart = _counterpart(alliance, pk)
    form = CounterpartEndForm(request.POST or None, instance=counterpart)
    if request.method == "POST" and form.is_valid():

        def write() -> None:
            counterpart_remove(
                counterpart=counterpart, reason=form.cleaned_data["reason"], actor=request.user
            )

        if _write(form, write, edits=counterpart, non_field_to="reason"):
            ended = _("The pair %(pair)s has ended.") % {"pair": counterpart}
            return _done(request, alliance, ended, "#counterparts")
    title = _("End the pair %(pair)s") % {"pair": counterpart}
    note = _("The pair is taken off the alliance's page; its history keeps it.")
    return _page(request, form, alliance, title, note=note, action=_("End the pair"))


def _liaison(organisation: Organisation, name: str, field: str, actor: Actor) -> Contact | None:
    """The contact a liaison field names: one of the organisation's by that name, or a new one."""
    name = " ".join(name.split())
    if not name:
        return None
    found = Contact.objects.filter(organisation=organisation, name__iexact=name).first()
    if found is not None:
        return found
    try:
        return contact_create(organisation=organisation, name=name, actor=actor)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from error


@login_required
def alliance_create_view(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """A new alliance, or with `slug` a new sub-alliance of that one."""
    parent = _managed(request, slug) if slug else None
    if parent is None:
        require(can_manage_alliance(request.user))
    form = AllianceForm(request.POST or None, parent=parent)
    if request.method == "POST" and form.is_valid():
        created: list[Alliance] = []

        def write() -> None:
            fields = form.record_fields()
            created.append(alliance_create(**fields, parent=parent, actor=request.user))

        if _write(form, write, non_field_to="name"):
            added = _("%(alliance)s is recorded.") % {"alliance": created[0]}
            return _done(request, created[0], added, "")
    title = (
        _("New sub-alliance of %(parent)s") % {"parent": parent} if parent else _("New alliance")
    )
    return _page(request, form, parent, title, organisation_options=True)


@login_required
def alliance_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    alliance = _managed(request, slug)
    initial = {name: getattr(alliance, name) for name in ALLIANCE_FIELDS}
    for name in ("lead_organisation", "secretariat"):
        organisation = getattr(alliance, name)
        initial[name] = organisation_label(organisation) if organisation else ""
    form = AllianceForm(request.POST or None, instance=alliance, parent=alliance.parent,
                        initial=initial)  # fmt: skip
    if request.method == "POST" and form.is_valid():
        saved: list[Alliance] = []

        def write() -> None:
            # a copy: a refused save must not leave its new slug in the page's links
            record = Alliance.objects.get(pk=alliance.pk)
            saved.append(alliance_update(alliance=record, **form.record_fields(),
                                         actor=request.user))  # fmt: skip

        if _write(form, write, edits=alliance, non_field_to="name"):
            return _done(request, saved[0], _("The alliance is saved."), "")
    return _page(request, form, alliance, _("Edit %(alliance)s") % {"alliance": alliance},
                 organisation_options=True)  # fmt: skip
