"""The intake's pages: the news items read, reading a new one, and reviewing what the
extractor proposes from one (accept, edit and accept, reject). Officers and the secretariat
review; everyone else is turned away."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accord.core.forms import apply_errors
from accord.core.permissions import can_create, require
from accord.core.views import int_param, vary_on_htmx, wants_partial
from accord.intake.forms import ACCEPT_FORMS, AcceptForm, InstitutionAcceptForm, SourceForm
from accord.intake.models import Proposal, Source
from accord.intake.selectors import Item, proposal_label, source_review, sources_list
from accord.intake.services import (
    proposal_accept_agreement,
    proposal_accept_event,
    proposal_accept_institution,
    proposal_accept_unit,
    proposal_reject,
    source_ingest,
)
from accord.resolver.service import current_resolver

# How each kind of proposal is accepted; a kind missing here can only be rejected.
ACCEPT: dict[str, Callable[..., Model]] = {
    Proposal.Kind.INSTITUTION: proposal_accept_institution,
    Proposal.Kind.AGREEMENT: proposal_accept_agreement,
    Proposal.Kind.EVENT: proposal_accept_event,
    Proposal.Kind.UNIT: proposal_accept_unit,
}


def reviewers_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Anonymous visitors are sent to sign in; signed-in users who may not create records
    (viewers) get 403."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        require(can_create(request.user))
        return view(request, *args, **kwargs)

    return checked


@reviewers_only
def source_list_view(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    page = sources_list(
        q=q, page=int_param(request.GET, "page", 1), size=int_param(request.GET, "size", 50)
    )
    template = "intake/_results.html" if wants_partial(request, "results") else "intake/list.html"
    return vary_on_htmx(render(request, template, {"page": page, "q": q}))


@require_http_methods(["GET", "POST"])
@reviewers_only
def source_create_view(request: HttpRequest) -> HttpResponse:
    form = SourceForm(request.POST, request.FILES) if request.method == "POST" else SourceForm()
    if form.is_valid():
        try:
            source, created = source_ingest(
                read=form.cleaned_data["read"], actor=request.user, resolver=current_resolver()
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            name = source.title or _("news item #%(id)s") % {"id": source.pk}
            if created:
                messages.success(
                    request,
                    _("Read: %(title)s. %(n)d proposals to review.")
                    % {"title": name, "n": source.proposals.count()},
                )
            else:
                messages.info(
                    request,
                    _("Already read: %(title)s. Nothing was stored again.") % {"title": name},
                )
            return redirect("intake:review", pk=source.pk)
    return render(request, "intake/form.html", {"form": form})


@require_http_methods(["GET"])
@reviewers_only
def source_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _review_page(request, pk)


@require_POST
@reviewers_only
def proposal_accept_view(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    proposal = _proposal(pk, position)
    accept = ACCEPT.get(proposal.kind)
    if accept is None:
        raise Http404(_("This kind of proposal cannot be accepted here."))
    form = _accept_form(proposal, data=request.POST)
    if form.is_valid():
        try:
            record = accept(proposal=proposal, actor=request.user, **form.edits())
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, _("Accepted: %(record)s.") % {"record": record})
            return _back_to(proposal)
    return _review_page(request, pk, failed=form)


@require_POST
@reviewers_only
def proposal_reject_view(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    proposal = _proposal(pk, position)
    try:
        proposal_reject(proposal=proposal, actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("Rejected: %(kind)s %(n)s.") % {"kind": proposal.get_kind_display(), "n": position},
        )
    return _back_to(proposal)


def _proposal(pk: int, position: int) -> Proposal:
    return get_object_or_404(
        Proposal.objects.select_related("source"), source_id=pk, position=position
    )


def _back_to(proposal: Proposal) -> HttpResponse:
    url = reverse("intake:review", kwargs={"pk": proposal.source_id})
    return redirect(f"{url}#proposal-{proposal.position}")


def _accept_form(proposal: Proposal, *, data: Any = None, item: Item | None = None) -> AcceptForm:
    form_class = ACCEPT_FORMS[proposal.kind]
    if form_class is InstitutionAcceptForm:
        resolved = item.organisation if item is not None else None
        return InstitutionAcceptForm(data, proposal=proposal, resolved=resolved)
    return form_class(data, proposal=proposal)


def _review_page(
    request: HttpRequest, pk: int, *, failed: AcceptForm | None = None
) -> HttpResponse:
    """The review page; `failed` is an edit form the service refused, shown with its
    messages in place of its proposal's blank one."""
    try:
        review = source_review(pk=pk)
    except Source.DoesNotExist as exc:
        raise Http404(f"No news item with id {pk}.") from exc
    groups = []
    for group in review.groups:
        rows = []
        for item in group.items:
            form, refused = None, None
            if item.proposal.status in Proposal.UNDECIDED and item.proposal.kind in ACCEPT:
                if failed is not None and failed.proposal.pk == item.proposal.pk:
                    refused = failed
                # A refused edit is shown as typed; after the plain button, the edit form
                # still offers the proposal's own values.
                edited = refused is not None and refused.edited
                form = refused if edited else _accept_form(item.proposal, item=item)
            rows.append((item, form, refused))
        groups.append((group, rows))
    return render(
        request,
        "intake/review.html",
        {
            "review": review,
            "source": review.source,
            "groups": groups,
            "failed": failed,
            "failed_label": proposal_label(failed.proposal) if failed is not None else "",
        },
    )
