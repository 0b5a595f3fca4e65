from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from accord.alliances.models import Alliance
from accord.core.forms import apply_errors, stale_edit_error
from accord.core.history import history_context
from accord.core.permissions import can_create, can_edit_organisation, require
from accord.core.services import Actor
from accord.core.views import int_param, vary_on_htmx, wants_partial
from accord.registry.forms import (
    IdentifierForm,
    IdentifierFormSet,
    NameForm,
    NameFormSet,
    OrganisationForm,
    RowForm,
    filled_rows,
    removed_rows,
)
from accord.registry.models import Identifier, Organisation, OrgName, normalise_identifier
from accord.registry.selectors import (
    ORGANISATION_SORTS,
    Suggestion,
    organisation_detail,
    organisation_list,
    organisation_suggestions,
)
from accord.registry.services import (
    identifier_add,
    identifier_remove,
    organisation_create,
    organisation_update,
    orgname_add,
    orgname_remove,
)

# How many organisations the suggestions show at most (`?limit=` may ask for fewer).
SUGGEST_LIMIT = 10


def _list_filters(params: QueryDict) -> dict[str, Any]:
    """The list's filters from the query string; a value that makes no sense is dropped."""
    kind = params.get("kind", "")
    return {
        "q": params.get("q", "").strip(),
        "country": params.get("country", "").strip().upper()[:2],
        "kind": kind if kind in Organisation.Kind.values else "",
        "alliance": params.get("alliance", "").strip(),
        "in_force": params.get("in_force") == "1",
        "registry": params.get("registry") == "1",
    }


def organisation_list_view(request: HttpRequest) -> HttpResponse:
    params = request.GET
    filters = _list_filters(params)
    sort = params.get("sort", "name")
    sort = sort if sort in ORGANISATION_SORTS else "name"
    page = organisation_list(
        user=request.user,
        page=int_param(params, "page", 1),
        size=int_param(params, "size", 50),
        sort=sort,
        **filters,
    )
    context = {"page": page, "filters": filters, "sort": sort}
    if wants_partial(request, "results"):
        return vary_on_htmx(render(request, "registry/_results.html", context))
    return vary_on_htmx(
        render(
            request,
            "registry/list.html",
            {
                **context,
                "kinds": Organisation.Kind.choices,
                "alliances": Alliance.objects.order_by("name").only("slug", "name", "acronym"),
                "can_create": can_create(request.user),
            },
        )
    )


def organisation_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        context = organisation_detail(pk=pk, user=request.user)
    except Organisation.DoesNotExist as exc:
        raise Http404(f"No organisation with id {pk}.") from exc
    organisation = context["organisation"]
    assert isinstance(organisation, Organisation)
    context["can_edit"] = can_edit_organisation(request.user, organisation)
    context.update(history_context(request, organisation))
    return render(request, "registry/detail.html", context)


@require_GET
def organisation_suggest_view(request: HttpRequest) -> HttpResponse:
    """Organisations whose names match what is being typed, or that the resolver finds in it,
    as an HTML fragment: a list of links ("Already in the registry", with the resolver's
    reason), or with `?as=options` the `<option>`s of a datalist. The text is `q`, or `name`
    (what an htmx request from a form's name input sends)."""
    q = request.GET.get("q") or request.GET.get("name") or ""
    limit = min(int_param(request.GET, "limit", SUGGEST_LIMIT), SUGGEST_LIMIT)
    fragment = render_to_string(
        "registry/_suggestions.html",
        {
            "q": q.strip(),
            "matches": organisation_suggestions(q=q, limit=limit),
            "as_options": request.GET.get("as") == "options",
        },
        request=request,
    )
    return HttpResponse(fragment.strip())


@require_http_methods(["GET", "POST"])
def organisation_create_view(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    require(can_create(request.user))
    if request.method == "POST":
        form = OrganisationForm(request.POST)
        names = NameFormSet(request.POST, prefix="names")
        identifiers = IdentifierFormSet(request.POST, prefix="identifiers")
        if all([form.is_valid(), names.is_valid(), identifiers.is_valid()]):
            organisation = _create(form, names, identifiers, actor=request.user)
            if organisation is not None:
                messages.success(
                    request, _("%(name)s was added to the registry.") % {"name": organisation}
                )
                return redirect("registry:detail", pk=organisation.pk)
    else:
        form = OrganisationForm()
        names = NameFormSet(prefix="names")
        identifiers = IdentifierFormSet(prefix="identifiers")
    # While typing a name, htmx asks for the organisations that already have it; without
    # JavaScript, a refused form shows them too.
    form.fields["name"].widget.attrs.update(
        {
            "hx-get": reverse("registry:suggest"),
            "hx-trigger": "input changed delay:300ms",
            "hx-target": "#name-suggestions",
            "hx-sync": "this:replace",
        }
    )
    typed = str(form.data.get("name", "")) if form.is_bound else ""
    suggestions = organisation_suggestions(q=typed, limit=SUGGEST_LIMIT) if typed else []
    return _form_page(request, form, names, identifiers, organisation=None, suggestions=suggestions)


@require_http_methods(["GET", "POST"])
def organisation_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    organisation = get_object_or_404(Organisation, pk=pk)
    require(can_edit_organisation(request.user, organisation))
    name_rows, identifier_rows = _initial_rows(organisation)
    if request.method == "POST":
        form = OrganisationForm(request.POST, instance=organisation)
        names = NameFormSet(request.POST, prefix="names", initial=name_rows)
        identifiers = IdentifierFormSet(request.POST, prefix="identifiers", initial=identifier_rows)
        if all([form.is_valid(), names.is_valid(), identifiers.is_valid()]):
            changed = _update(organisation, form, names, identifiers, actor=request.user)
            if changed is not None:
                if changed:
                    messages.success(
                        request, _("Your changes to %(name)s were saved.") % {"name": organisation}
                    )
                else:
                    messages.info(request, _("Nothing was changed."))
                return redirect("registry:detail", pk=organisation.pk)
    else:
        fields = ("name", "kind", "country", "city", "website", "established")
        form = OrganisationForm(
            instance=organisation, initial={f: getattr(organisation, f) for f in fields}
        )
        names = NameFormSet(prefix="names", initial=name_rows)
        identifiers = IdentifierFormSet(prefix="identifiers", initial=identifier_rows)
    return _form_page(request, form, names, identifiers, organisation=organisation)


def _form_page(
    request: HttpRequest,
    form: OrganisationForm,
    names: Any,
    identifiers: Any,
    *,
    organisation: Organisation | None,
    suggestions: list[Suggestion] | None = None,
) -> HttpResponse:
    has_errors = bool(
        form.errors
        or names.total_error_count()
        or identifiers.total_error_count()
        or names.non_form_errors()
        or identifiers.non_form_errors()
    )
    return render(
        request,
        "registry/form.html",
        {
            "form": form,
            "names": names,
            "identifiers": identifiers,
            "organisation": organisation,
            "has_errors": has_errors,
            "suggestions": suggestions or [],
        },
    )


def _initial_rows(organisation: Organisation) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The names and identifiers the edit form shows. The display name's own official entry
    is left out: it follows the name field."""
    names = [
        {"id": n.pk, "value": n.value, "language": n.language, "type": n.type}
        for n in organisation.names.order_by("type", "value", "id")
        if not (n.type == OrgName.Type.OFFICIAL and n.value == organisation.name)
    ]
    identifiers = [
        {"id": i.pk, "scheme": i.scheme, "value": i.value}
        for i in organisation.identifiers.order_by("scheme", "value", "id")
    ]
    return names, identifiers


def _create(
    form: OrganisationForm, names: Any, identifiers: Any, *, actor: Actor
) -> Organisation | None:
    """Write the organisation, then each row; any refusal rolls everything back and leaves its
    message on the field it concerns. None when refused."""
    with transaction.atomic():
        try:
            organisation = organisation_create(**form.record_fields(), actor=actor)
        except ValidationError as exc:
            apply_errors(form, exc)
            transaction.set_rollback(True)
            return None
        added = _add_rows(organisation, filled_rows(names), filled_rows(identifiers), actor=actor)
        if not added:
            transaction.set_rollback(True)
            return None
    return organisation


def _update(
    organisation: Organisation,
    form: OrganisationForm,
    names: Any,
    identifiers: Any,
    *,
    actor: Actor,
) -> bool | None:
    """Save what changed: True if something did, False if nothing, None when refused (and
    then nothing at all is written)."""
    with transaction.atomic():
        # Lock the record, then ask again whether someone saved it since the form was opened:
        # the check in the form ran before this transaction.
        locked = Organisation.objects.select_for_update().get(pk=organisation.pk)
        stale = stale_edit_error(locked, form.cleaned_data.get("version", ""))
        if stale:
            form.add_error(None, stale)
            transaction.set_rollback(True)
            return None
        changes = {k: v for k, v in form.record_fields().items() if getattr(locked, k) != v}
        old_names, new_names, names_sound = _plan_rows(
            names, {n.pk: n for n in locked.names.all()}, _same_name
        )
        old_ids, new_ids, ids_sound = _plan_rows(
            identifiers, {i.pk: i for i in locked.identifiers.all()}, _same_identifier
        )
        if not (names_sound and ids_sound):
            transaction.set_rollback(True)
            return None
        if not (changes or old_names or new_names or old_ids or new_ids):
            return False
        try:
            # Saved even when only names or identifiers change, so the record's version moves
            # and an edit opened before this one is refused.
            organisation_update(organisation=locked, actor=actor, **changes)
        except ValidationError as exc:
            apply_errors(form, exc)
            transaction.set_rollback(True)
            return None
        for name in old_names:
            assert isinstance(name, OrgName)
            orgname_remove(name=name, actor=actor)
        for identifier in old_ids:
            assert isinstance(identifier, Identifier)
            identifier_remove(identifier=identifier, actor=actor)
        if not _add_rows(locked, new_names, new_ids, actor=actor):
            transaction.set_rollback(True)
            return None
    return True


def _plan_rows(
    formset: Any, existing: dict[int, Any], same: Any
) -> tuple[list[Any], list[RowForm], bool]:
    """(records to remove, rows to add, every row is sound) for one formset. A changed row
    replaces its record; a row naming a record this organisation no longer has is refused."""
    remove: list[Any] = []
    add: list[RowForm] = []
    sound = True
    seen: set[int] = set()
    for row in removed_rows(formset):
        record = existing.get(row.cleaned_data.get("id") or 0)
        if record is not None and record.pk not in seen:
            seen.add(record.pk)
            remove.append(record)
    for row in filled_rows(formset):
        pk = row.cleaned_data.get("id")
        record = existing.get(pk) if pk else None
        if pk and (record is None or pk in seen):
            row.add_error(None, _("This row is no longer in the record: reload the page."))
            sound = False
        elif record is None:
            add.append(row)
        else:
            seen.add(record.pk)
            if not same(record, row.cleaned_data):
                remove.append(record)
                add.append(row)
    return remove, add, sound


def _same_name(name: OrgName, row: dict[str, Any]) -> bool:
    return (name.value, name.language, name.type) == (row["value"], row["language"], row["type"])


def _same_identifier(identifier: Identifier, row: dict[str, Any]) -> bool:
    return identifier.scheme == row["scheme"] and identifier.value == normalise_identifier(
        row["scheme"], row["value"]
    )


def _add_rows(
    organisation: Organisation,
    names: Any,
    identifiers: Any,
    *,
    actor: Actor,
) -> bool:
    """Add each row through its service; a refusal goes on the row. True if none was refused."""
    ok = True
    for row in names:
        assert isinstance(row, NameForm)
        try:
            orgname_add(
                organisation=organisation,
                value=row.cleaned_data["value"],
                language=row.cleaned_data["language"],
                type=row.cleaned_data["type"],
                actor=actor,
            )
        except ValidationError as exc:
            apply_errors(row, exc, non_field_to="value")
            ok = False
    for row in identifiers:
        assert isinstance(row, IdentifierForm)
        try:
            identifier_add(
                organisation=organisation,
                scheme=row.cleaned_data["scheme"],
                value=row.cleaned_data["value"],
                actor=actor,
            )
        except ValidationError as exc:
            apply_errors(row, exc, non_field_to="value")
            ok = False
    return ok
