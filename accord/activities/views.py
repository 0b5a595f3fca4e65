from collections.abc import Sequence
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accord.activities.forms import (
    ACTIVITY_FIELDS,
    EVENT_FIELDS,
    ActivityForm,
    ActivityOrganisationFormSet,
    EventAgreementFormSet,
    EventForm,
    ParticipantFormSet,
    agreement_label,
    agreement_options,
)
from accord.activities.models import Activity, Event
from accord.activities.selectors import (
    activities_visible_to,
    activity_detail,
    activity_list,
    event_detail,
    event_list,
)
from accord.activities.services import (
    activity_create,
    activity_update,
    event_agreements_set,
    event_create,
    event_update,
)
from accord.agreements.forms import organisation_label
from accord.agreements.models import Agreement
from accord.agreements.selectors import agreements_visible_to
from accord.core.forms import apply_errors
from accord.core.history import history_context
from accord.core.models import Profile
from accord.core.permissions import (
    agreements_editable,
    can_create,
    can_edit_activity,
    can_edit_agreement,
    can_edit_event,
    require,
    role_of,
)
from accord.core.selectors import Page
from accord.core.views import int_param, vary_on_htmx, wants_partial
from accord.registry.models import Organisation

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
    return vary_on_htmx(
        render(
            request,
            template,
            {**context, "kinds": kinds, "can_create": can_create(request.user)},
        )
    )


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
        {
            "event": event,
            "can_edit": can_edit_event(request.user, event),
            **history_context(request, event),
        },
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
        {
            "activity": activity,
            "can_edit": can_edit_activity(request.user, activity),
            **history_context(request, activity),
        },
    )


# --- Forms: create and edit ----------------------------------------------------------------


def _agreements_allowed(user: Any) -> "QuerySet[Agreement]":
    """The agreements `user` may record an activity under, or mark as signed at an event."""
    return agreements_editable(user, agreements_visible_to(user))


def _own_organisation(user: Any) -> Organisation | None:
    """An officer's organisation (None for admins): what must stay involved in what they save."""
    role, own = role_of(user)
    if role != Profile.Role.OFFICER or own is None:
        return None
    return Organisation.objects.filter(pk=own).first()


@login_required
def event_create_view(request: HttpRequest) -> HttpResponse:
    require(can_create(request.user))
    return _event_form(request, None)


@login_required
def event_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.select_related("host", "alliance"), pk=pk)
    require(can_edit_event(request.user, event))
    return _event_form(request, event)


def _event_form(request: HttpRequest, event: Event | None) -> HttpResponse:
    allowed = _agreements_allowed(request.user)
    if request.method == "POST":
        form = EventForm(request.POST, instance=event)
        participants = ParticipantFormSet(request.POST, prefix="participants")
        agreements = EventAgreementFormSet(
            request.POST, prefix="agreements", form_kwargs={"allowed": allowed}
        )
        if all([form.is_valid(), participants.is_valid(), agreements.is_valid()]):
            try:
                saved = _event_save(request, event, form, participants, agreements, allowed)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("Event saved."))
                return redirect("events:detail", saved.pk)
    else:
        form = EventForm(instance=event, initial=_event_initial(request, event))
        participants = ParticipantFormSet(
            prefix="participants", initial=_participant_initial(event)
        )
        signed_here = allowed.filter(signing_event=event) if event else allowed.none()
        agreements = EventAgreementFormSet(
            prefix="agreements",
            form_kwargs={"allowed": allowed},
            initial=[{"agreement": agreement_label(a)} for a in signed_here.order_by("title")],
        )
    return render(
        request,
        "activities/event_form.html",
        {
            "form": form,
            "participants": participants,
            "agreements": agreements,
            "agreement_options": agreement_options(allowed),
            "event": event,
        },
        status=400 if request.method == "POST" else 200,
    )


def _event_initial(request: HttpRequest, event: Event | None) -> dict[str, Any]:
    if event is None:
        own = _own_organisation(request.user)
        return {"host": organisation_label(own) if own else ""}
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    values["host"] = organisation_label(event.host) if event.host else ""
    return values


def _participant_initial(event: Event | None) -> list[dict[str, Any]]:
    if event is None:
        return []
    rows = event.participations.select_related("organisation").order_by("organisation__name")
    return [
        {"organisation": organisation_label(p.organisation), "role": p.role}
        for p in rows
        if p.organisation_id != event.host_id
    ]


def _event_save(
    request: HttpRequest,
    event: Event | None,
    form: EventForm,
    participants: Any,
    agreements: Any,
    allowed: "QuerySet[Agreement]",
) -> Event:
    """Everything the form says, through the services, all or nothing."""
    fields = {name: form.cleaned_data[name] for name in EVENT_FIELDS}
    pairs = participants.pairs()
    involved = {o.pk for o, _role in pairs}
    if fields["host"] is not None:
        involved.add(fields["host"].pk)
    own = _own_organisation(request.user)
    if own is not None and own.pk not in involved:
        raise ValidationError(
            {
                "host": _(
                    "Your organisation must be the host or one of the participants: you could "
                    "not edit the event otherwise."
                )
            }
        )
    user: Any = request.user
    with transaction.atomic():
        if event is None:
            event = event_create(**fields, participants=pairs, actor=user)
        else:
            event = event_update(event=event, **fields, participants=pairs, actor=user)
        event_agreements_set(
            event=event, agreements=agreements.chosen(), within=allowed, actor=user
        )
    return event


@login_required
def activity_create_view(request: HttpRequest) -> HttpResponse:
    """`?agreement=<id>` records the activity under that agreement (the link on its page)."""
    require(can_create(request.user))
    preselected = None
    if "agreement" in request.GET:
        pk = int_param(request.GET, "agreement", 0)
        preselected = agreements_visible_to(request.user).filter(pk=pk).first()
        if preselected is None:
            raise Http404("No such agreement, or it is not visible to you.")
        require(can_edit_agreement(request.user, preselected))
    return _activity_form(request, None, preselected)


@login_required
def activity_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    activity = activities_visible_to(request.user).select_related("agreement").filter(pk=pk).first()
    if activity is None:
        raise Http404("No such activity, or it is not visible to you.")
    require(can_edit_activity(request.user, activity))
    return _activity_form(request, activity, None)


def _activity_form(
    request: HttpRequest, activity: Activity | None, preselected: Agreement | None
) -> HttpResponse:
    allowed = _agreements_allowed(request.user)
    if request.method == "POST":
        form = ActivityForm(request.POST, instance=activity, allowed=allowed)
        organisations = ActivityOrganisationFormSet(request.POST, prefix="organisations")
        if form.is_valid() and organisations.is_valid():
            try:
                saved = _activity_save(request, activity, form, organisations)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, _("Activity saved."))
                return redirect("activities:detail", saved.pk)
    else:
        form = ActivityForm(
            instance=activity, allowed=allowed, initial=_activity_initial(activity, preselected)
        )
        organisations = ActivityOrganisationFormSet(
            prefix="organisations",
            initial=[
                {"organisation": organisation_label(o)}
                for o in (activity.organisations.order_by("name") if activity else [])
            ],
        )
    return render(
        request,
        "activities/activity_form.html",
        {
            "form": form,
            "organisations": organisations,
            "agreement_options": agreement_options(allowed),
            "activity": activity,
        },
        status=400 if request.method == "POST" else 200,
    )


def _activity_initial(activity: Activity | None, preselected: Agreement | None) -> dict[str, Any]:
    if activity is None:
        return {"agreement": agreement_label(preselected) if preselected else ""}
    values = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    values["agreement"] = agreement_label(activity.agreement) if activity.agreement else ""
    return values


def _activity_save(
    request: HttpRequest, activity: Activity | None, form: ActivityForm, organisations: Any
) -> Activity:
    """Everything the form says, through the services, all or nothing."""
    fields = {name: form.cleaned_data[name] for name in ACTIVITY_FIELDS}
    chosen = organisations.chosen()
    own = _own_organisation(request.user)
    if own is not None and fields["agreement"] is None and own not in chosen:
        raise ValidationError(
            {
                "agreement": _(
                    "Record it under one of your organisation's agreements, or list your "
                    "organisation among its organisations: you could not edit it otherwise."
                )
            }
        )
    user: Any = request.user
    with transaction.atomic():
        if activity is None:
            return activity_create(**fields, organisations=chosen, actor=user)
        return activity_update(activity=activity, **fields, organisations=chosen, actor=user)
