import csv
from collections.abc import Iterator
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from accord.agreements.forms import (
    AgreementForm,
    PartyFormSet,
    RenewForm,
    SignatoryFormSet,
    TerminateForm,
    organisation_label,
)
from accord.agreements.models import Agreement, Area
from accord.agreements.selectors import (
    SORTS,
    agreement_detail,
    agreement_export,
    agreement_list,
    agreements_visible_to,
    renewal_chain,
)
from accord.agreements.services import (
    PartySpec,
    agreement_create,
    agreement_renew,
    agreement_terminate,
    agreement_update,
    document_attach,
    party_add,
    party_remove,
    party_update,
    signature_add,
)
from accord.agreements.status import STATUS_CHOICES
from accord.alliances.models import Alliance
from accord.core.forms import apply_errors
from accord.core.history import history_context
from accord.core.permissions import can_create, can_edit_agreement, require, role_of
from accord.core.views import int_param, vary_on_htmx, wants_partial
from accord.registry.models import Contact, Organisation
from accord.registry.services import contact_create


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
                "can_create": can_create(request.user),
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
    chain = renewal_chain(agreement)
    return render(
        request,
        "agreements/detail.html",
        {
            "agreement": agreement,
            "chain": chain,
            "renewed": chain[-1].pk != agreement.pk,
            "can_edit": can_edit_agreement(request.user, agreement),
            **history_context(request, agreement),
        },
    )


def document_download_view(request: HttpRequest, pk: int, document_pk: int) -> FileResponse:
    """A signed document, to whoever may see its agreement (never a public media URL)."""
    agreement = _visible_or_404(request, pk)
    document = agreement.documents.filter(pk=document_pk).first()
    if document is None or not document.file:
        raise Http404("No such document.")
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type or "application/octet-stream",
    )


# --- Forms: create, edit, terminate, renew ------------------------------------------------

AGREEMENT_FIELDS = (
    "title", "kind", "state", "reference", "summary", "signed_on", "in_force_from",
    "in_force_until", "auto_renewal", "confidentiality", "alliance",
)  # fmt: skip


@login_required
def agreement_create_view(request: HttpRequest) -> HttpResponse:
    require(can_create(request.user))
    return _agreement_form(request, None)


@login_required
def agreement_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _visible_or_404(request, pk)
    require(can_edit_agreement(request.user, agreement))
    return _agreement_form(request, agreement)


def _agreement_form(request: HttpRequest, agreement: Agreement | None) -> HttpResponse:
    if request.method == "POST":
        form = AgreementForm(request.POST, request.FILES, instance=agreement)
        parties = PartyFormSet(request.POST, prefix="parties")
        signatories = SignatoryFormSet(request.POST, prefix="signatories")
        if form.is_valid() and parties.is_valid() and signatories.is_valid():
            try:
                saved = _agreement_save(request, agreement, form, parties, signatories)
            except ValidationError as error:
                _show(error, form, signatories)
            else:
                messages.success(request, _("Agreement saved."))
                return redirect("agreements:detail", saved.pk)
    else:
        form = AgreementForm(instance=agreement, initial=_initial(agreement))
        parties = PartyFormSet(prefix="parties", initial=_party_initial(request, agreement))
        signatories = SignatoryFormSet(prefix="signatories")
    return render(
        request,
        "agreements/form.html",
        {"form": form, "parties": parties, "signatories": signatories, "agreement": agreement},
        status=400 if request.method == "POST" else 200,
    )


def _initial(agreement: Agreement | None) -> dict[str, Any]:
    if agreement is None:
        return {"state": Agreement.State.DRAFT, "confidentiality": Agreement.Confidentiality.PUBLIC}
    values = {name: getattr(agreement, name) for name in AGREEMENT_FIELDS}
    values["areas"] = list(agreement.areas.all())
    return values


def _party_initial(request: HttpRequest, agreement: Agreement | None) -> list[dict[str, Any]]:
    if agreement is not None:
        return [
            {"organisation": organisation_label(p.organisation), "role": p.role}
            for p in agreement.parties.select_related("organisation")
        ]
    _role, own = role_of(request.user)
    own_org = Organisation.objects.filter(pk=own).first() if own else None
    return [{"organisation": organisation_label(own_org), "role": "party"}] if own_org else []


def _agreement_save(
    request: HttpRequest,
    agreement: Agreement | None,
    form: AgreementForm,
    parties: Any,
    signatories: Any,
) -> Agreement:
    """Everything the form says, through the services, all or nothing."""
    data = form.cleaned_data
    fields = {name: data[name] for name in AGREEMENT_FIELDS}
    chosen = [
        (f.cleaned_data["organisation"], f.cleaned_data["role"])
        for f in parties.forms
        if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]
    user: Any = request.user
    role, own = role_of(user)
    if role != "admin" and own not in {o.pk for o, _role in chosen}:
        raise ValidationError(
            _("Your organisation must be one of the parties: you could not edit it otherwise.")
        )
    with transaction.atomic():
        if agreement is None:
            agreement = agreement_create(
                **fields,
                parties=[PartySpec(o, role=r) for o, r in chosen],
                areas=data["areas"],
                actor=user,
            )
        else:
            existing = {p.organisation_id: p for p in agreement.parties.all()}
            for organisation, party_role in chosen:
                party = existing.pop(organisation.pk, None)
                if party is None:
                    party_add(
                        agreement=agreement, organisation=organisation, role=party_role,
                        actor=user, check=False,
                    )  # fmt: skip
                elif party.role != party_role:
                    party_update(party=party, role=party_role, actor=user)
            for dropped in existing.values():
                party_remove(party=dropped, actor=user)
            agreement_update(agreement=agreement, actor=user, **fields, areas=data["areas"])
        for index, f in enumerate(signatories.forms):
            if f.cleaned_data and not f.cleaned_data.get("DELETE"):
                _signatory_add(agreement, f.cleaned_data, index, user)
        upload = data.get("document")
        if upload:
            document_attach(
                agreement=agreement,
                data=upload.read(),
                filename=upload.name,
                content_type=upload.content_type or "application/pdf",
                actor=user,
            )
    return agreement


def _signatory_add(agreement: Agreement, data: dict[str, Any], index: int, user: Any) -> None:
    organisation = data["party"]
    party = agreement.parties.filter(organisation=organisation).first()
    if party is None:
        raise ValidationError(
            {f"signatories-{index}-party": _("%s is not a party to this agreement.") % organisation}
        )
    contact = Contact.objects.filter(organisation=organisation, name__iexact=data["name"]).first()
    if contact is None:
        contact = contact_create(
            organisation=organisation, name=data["name"], title=data["title"], actor=user
        )
    signature_add(
        agreement=agreement,
        party=party,
        contact=contact,
        signed_on=data["signed_on"],
        capacity=data["title"],
        actor=user,
    )


def _show(error: ValidationError, form: forms.Form, signatories: Any = None) -> None:
    """A service's refusal, shown beside the field it names (a signatory row's field when it
    names one, "signatories-<n>-<field>"), or above the form."""
    if signatories is not None and hasattr(error, "error_dict"):
        rest = {}
        for field, messages_ in error.message_dict.items():
            if field.startswith("signatories-"):
                _prefix, index, name = field.split("-", 2)
                signatories.forms[int(index)].add_error(name, messages_)
            else:
                rest[field] = messages_
        error = ValidationError(rest)
    apply_errors(form, error)


@login_required
def agreement_terminate_view(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _visible_or_404(request, pk)
    require(can_edit_agreement(request.user, agreement))
    form = TerminateForm(request.POST or None, instance=agreement)
    if request.method == "POST" and form.is_valid():
        try:
            agreement_terminate(
                agreement=agreement,
                terminated_on=form.cleaned_data["terminated_on"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except ValidationError as error:
            _show(error, form)
        else:
            messages.success(request, _("Agreement terminated."))
            return redirect("agreements:detail", agreement.pk)
    return render(
        request,
        "agreements/action.html",
        {"form": form, "agreement": agreement, "action": _("Terminate")},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def agreement_renew_view(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _visible_or_404(request, pk)
    require(can_edit_agreement(request.user, agreement))
    form = RenewForm(request.POST or None, instance=agreement)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            successor = agreement_renew(
                agreement=agreement,
                signed_on=data["signed_on"],
                in_force_from=data["in_force_from"],
                in_force_until=data["in_force_until"],
                title=data["title"],
                actor=request.user,
            )
        except ValidationError as error:
            _show(error, form)
        else:
            messages.success(request, _("Renewal created; it continues the chain."))
            return redirect("agreements:detail", successor.pk)
    return render(
        request,
        "agreements/action.html",
        {"form": form, "agreement": agreement, "action": _("Renew")},
        status=400 if request.method == "POST" else 200,
    )


def _visible_or_404(request: HttpRequest, pk: int) -> Agreement:
    try:
        return agreements_visible_to(request.user).get(pk=pk)
    except Agreement.DoesNotExist as exc:
        raise Http404("No such agreement, or it is not visible to you.") from exc
