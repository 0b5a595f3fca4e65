"""The forms an officer fills in for agreements. They only read and validate what was typed;
`views.py` writes it through the services, in one transaction."""

import re
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import Q
from django.urls import reverse_lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accord.agreements.models import Agreement, Area, Party
from accord.alliances.models import Alliance
from accord.core.forms import VersionedForm
from accord.registry.models import Organisation
from accord.resolver.registry import organisations_by_key
from accord.resolver.service import resolve

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

# A party field suggests organisations while typed in (htmx fills the shared <datalist>);
# without JavaScript, a name that only one organisation has is enough.
ORGANISATION_INPUT = {
    "autocomplete": "off",
    "list": "organisation-options",
    "hx-get": format_lazy("{}?as=options", reverse_lazy("registry:suggest")),
    "hx-trigger": "input changed delay:250ms",
    "hx-target": "#organisation-options",
    "hx-vals": "js:{q: event.target.value}",
    "hx-sync": "this:replace",
}

# "Politecnico di Milano · IT · #42", as the organisation suggestions offer it
_SUGGESTED = re.compile(r"#(\d+)\s*$")

# How many of the resolver's candidates a refusal names ("Did you mean …?").
CANDIDATES_NAMED = 5


def organisation_from_text(text: str) -> Organisation:
    """The organisation a party field names: a suggestion (ending in "#id"), a name (any of
    its names, any case) that only one organisation has, or else the one the resolver is sure
    of ("Univ. of Liverpool, UK"). When it is not sure, the message names its candidates."""
    text = text.strip()
    if match := _SUGGESTED.search(text):
        found = Organisation.objects.filter(pk=int(match.group(1))).first()
        if found is not None:
            return found
    named = list(
        Organisation.objects.filter(Q(name__iexact=text) | Q(names__value__iexact=text))
        .distinct()
        .order_by("name")[:6]
    )
    if len(named) == 1:
        return named[0]
    if not named:
        chosen, candidates = _resolved(text)
        if chosen is not None:
            return chosen
        if candidates:
            raise forms.ValidationError(
                _(
                    "No organisation in the registry is called “%(text)s”. Did you mean "
                    "%(names)s? Pick one of the suggestions."
                )
                % {"text": text, "names": "; ".join(_described(o) for o in candidates)}
            )
        raise forms.ValidationError(
            _(
                "No organisation in the registry is called “%(text)s”. Pick one of the "
                "suggestions, or add the organisation first."
            )
            % {"text": text}
        )
    raise forms.ValidationError(
        _("Several organisations are called “%(text)s”: %(names)s. Pick one of the suggestions.")
        % {"text": text, "names": "; ".join(_described(o) for o in named)}
    )


def _resolved(text: str) -> tuple[Organisation | None, list[Organisation]]:
    """The organisation the resolver chooses for `text`, if any, and its candidates, best
    first."""
    resolution = resolve(text, top=CANDIDATES_NAMED)
    found = organisations_by_key(c.key for c in resolution.candidates)
    candidates = list({o.pk: o for c in resolution.candidates if (o := found.get(c.key))}.values())
    return found.get(resolution.chosen or ""), candidates


def _described(organisation: Organisation) -> str:
    return f"{organisation.name} ({organisation.country or '?'})"


def organisation_label(organisation: Organisation) -> str:
    return " · ".join(
        p for p in (organisation.name, organisation.country, f"#{organisation.pk}") if p
    )


class AgreementForm(VersionedForm):
    title = forms.CharField(label=_lazy("Title"), max_length=300)
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=Agreement.Kind.choices)
    state = forms.ChoiceField(
        label=_lazy("State"),
        choices=[
            (Agreement.State.DRAFT, Agreement.State.DRAFT.label),
            (Agreement.State.UNDER_REVIEW, Agreement.State.UNDER_REVIEW.label),
            (Agreement.State.SIGNED, Agreement.State.SIGNED.label),
        ],
        help_text=_lazy("Terminate or renew a signed agreement from its page."),
    )
    reference = forms.CharField(label=_lazy("Reference"), max_length=100, required=False)
    summary = forms.CharField(
        label=_lazy("Summary"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    signed_on = forms.DateField(label=_lazy("Signed on"), required=False, widget=DATE)
    in_force_from = forms.DateField(
        label=_lazy("In force from"),
        required=False,
        widget=DATE,
        help_text=_lazy("Empty: from the day it was signed."),
    )
    in_force_until = forms.DateField(
        label=_lazy("In force until"),
        required=False,
        widget=DATE,
        help_text=_lazy("Empty: no end date."),
    )
    auto_renewal = forms.BooleanField(label=_lazy("Renews automatically"), required=False)
    confidentiality = forms.ChoiceField(
        label=_lazy("Who may see it"), choices=Agreement.Confidentiality.choices
    )
    alliance = forms.ModelChoiceField(
        label=_lazy("Within the alliance"),
        queryset=Alliance.objects.order_by("name"),
        required=False,
        empty_label=_lazy("none"),
    )
    areas = forms.ModelMultipleChoiceField(
        label=_lazy("Cooperation areas"),
        queryset=Area.objects.filter(parent__isnull=False).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    document = forms.FileField(
        label=_lazy("Signed document (PDF)"),
        required=False,
        help_text=_lazy("Its text becomes searchable."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def clean_document(self) -> Any:
        upload = self.cleaned_data.get("document")
        if not upload:
            return None
        limit_mb = settings.ACCORD_UPLOAD_MAX_MB
        if upload.size > limit_mb * 1024 * 1024:
            raise forms.ValidationError(
                _("%(name)s is %(size).1f MB; the limit is %(limit)d MB.")
                % {"name": upload.name, "size": upload.size / 1024 / 1024, "limit": limit_mb}
            )
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("%(name)s is not a PDF file.") % {"name": upload.name})
        return upload


class PartyForm(forms.Form):
    organisation = forms.CharField(
        label=_lazy("Organisation"),
        max_length=300,
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )
    # initial: a spare row whose select still shows "party" is an unchanged, ignored row
    role = forms.ChoiceField(
        label=_lazy("Role"), choices=Party.Role.choices, initial=Party.Role.PARTY
    )

    def clean_organisation(self) -> Organisation:
        return organisation_from_text(self.cleaned_data["organisation"])


class SignatoryForm(forms.Form):
    name = forms.CharField(label=_lazy("Signatory"), max_length=200)
    title = forms.CharField(label=_lazy("Title / position"), max_length=200, required=False)
    party = forms.CharField(
        label=_lazy("Signed for"),
        max_length=300,
        help_text=_lazy("One of the parties above."),
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )
    signed_on = forms.DateField(label=_lazy("On"), required=False, widget=DATE)

    def clean_party(self) -> Organisation:
        return organisation_from_text(self.cleaned_data["party"])


class _AtLeastOneParty(forms.BaseFormSet):
    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        chosen = [
            f.cleaned_data["organisation"]
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        if not chosen:
            raise forms.ValidationError(_("An agreement needs at least one party."))
        if len({o.pk for o in chosen}) != len(chosen):
            raise forms.ValidationError(_("The same organisation is listed twice."))


PartyFormSet = forms.formset_factory(
    PartyForm, formset=_AtLeastOneParty, extra=2, can_delete=True, max_num=60
)
SignatoryFormSet = forms.formset_factory(SignatoryForm, extra=1, can_delete=True, max_num=60)


class TerminateForm(VersionedForm):
    terminated_on = forms.DateField(label=_lazy("Terminated on"), widget=DATE)
    reason = forms.CharField(label=_lazy("Reason"), max_length=200, required=False)


class RenewForm(VersionedForm):
    signed_on = forms.DateField(
        label=_lazy("Renewal signed on"),
        required=False,
        widget=DATE,
        help_text=_lazy("Empty: the renewal starts as a draft."),
    )
    in_force_from = forms.DateField(label=_lazy("In force from"), required=False, widget=DATE)
    in_force_until = forms.DateField(label=_lazy("In force until"), required=False, widget=DATE)
    title = forms.CharField(
        label=_lazy("Title"), max_length=300, required=False, help_text=_lazy("Empty: the same.")
    )
