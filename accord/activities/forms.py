"""The forms an officer fills in for events and activities. They only read and validate what
was typed; `views.py` writes it through the services, in one transaction.

Organisations are picked from the registry's suggestions, as an agreement's parties are.
Agreements are picked from the ones the person may change (`agreements_editable`, within
what they may see): a `<datalist>` offers the latest of them, and "Title · #id", the number or
the reference of any of them is accepted."""

import re
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accord.activities.models import Activity, Event, EventParticipant
from accord.agreements.forms import DATE, ORGANISATION_INPUT, organisation_from_text
from accord.agreements.models import Agreement
from accord.alliances.models import Alliance
from accord.core.forms import VersionedForm
from accord.registry.models import Organisation

# The most rows of each kind one form accepts (a guard against absurd posts, not a rule).
MAX_ROWS = 60

# How many agreements the datalist offers: the latest ones; any other is still found by its
# number or reference.
AGREEMENT_OPTIONS = 200

AGREEMENT_INPUT = {"autocomplete": "off", "list": "agreement-options"}

# "Joint school of design · #42", as the agreement options offer it; or "#42", or "42"
_NUMBERED = re.compile(r"(?:^|#)(\d+)\s*$")


def agreement_label(agreement: Agreement) -> str:
    return f"{agreement.title} · #{agreement.pk}"


def agreement_options(allowed: "QuerySet[Agreement]") -> list[tuple[int, str]]:
    """(id, label) of the latest agreements a person may pick, for the datalist."""
    rows = allowed.order_by("-signed_on", "-id").values_list("id", "title")[:AGREEMENT_OPTIONS]
    return [(pk, f"{title} · #{pk}") for pk, title in rows]


def agreement_from_text(text: str, allowed: "QuerySet[Agreement]") -> Agreement:
    """The agreement a field names, among `allowed`: a suggestion (ending in "#id"), its number,
    or a reference or title only one of them has. The message never tells whether an agreement
    the person may not change exists."""
    text = text.strip()
    if match := _NUMBERED.search(text):
        found = allowed.filter(pk=int(match.group(1))).first()
        if found is not None:
            return found
    named = list(
        allowed.filter(Q(reference__iexact=text) | Q(title__iexact=text)).order_by("-id")[:6]
    )
    if len(named) == 1:
        return named[0]
    if not named:
        raise forms.ValidationError(
            _(
                "“%(text)s” is not an agreement you may record this under. Pick one of the "
                "suggestions: the agreements your organisation is a party to."
            )
            % {"text": text}
        )
    raise forms.ValidationError(
        _("Several agreements are called “%(text)s”: pick one of the suggestions.") % {"text": text}
    )


class AgreementField(forms.CharField):
    """An agreement picked among `allowed` (set by the form for the person filling it in)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("widget", forms.TextInput(attrs=AGREEMENT_INPUT))
        super().__init__(**kwargs)
        self.allowed: QuerySet[Agreement] = Agreement.objects.none()

    def clean(self, value: Any) -> Agreement | None:
        text = super().clean(value)
        return agreement_from_text(text, self.allowed) if text else None


class OrganisationField(forms.CharField):
    """An organisation of the registry, picked from its suggestions or named."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 300)
        kwargs.setdefault("widget", forms.TextInput(attrs=ORGANISATION_INPUT))
        super().__init__(**kwargs)

    def clean(self, value: Any) -> Organisation | None:
        text = super().clean(value)
        return organisation_from_text(text) if text else None


class EventForm(VersionedForm):
    title = forms.CharField(label=_lazy("Title"), max_length=300)
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=Event.Kind.choices)
    starts_on = forms.DateField(label=_lazy("Starts on"), widget=DATE)
    ends_on = forms.DateField(
        label=_lazy("Ends on"), required=False, widget=DATE, help_text=_lazy("Empty: one day.")
    )
    host = OrganisationField(
        label=_lazy("Host"),
        required=False,
        help_text=_lazy("Type a name and pick a suggestion."),
    )
    place = forms.CharField(
        label=_lazy("Place"),
        max_length=200,
        required=False,
        help_text=_lazy("A building, a hall, a campus."),
    )
    city = forms.CharField(label=_lazy("City"), max_length=120, required=False)
    country = forms.CharField(
        label=_lazy("Country"),
        max_length=2,
        required=False,
        help_text=_lazy("Two-letter ISO 3166-1 code, e.g. CN, IT, PK."),
        widget=forms.TextInput(attrs={"size": 3, "autocomplete": "off", "spellcheck": "false"}),
    )
    alliance = forms.ModelChoiceField(
        label=_lazy("Within the alliance"),
        queryset=Alliance.objects.order_by("name"),
        required=False,
        empty_label=_lazy("none"),
    )
    description = forms.CharField(
        label=_lazy("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    source = forms.CharField(
        label=_lazy("Source"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_lazy("Where this record came from: a news page, a report."),
    )

    def clean_country(self) -> str:
        return str(self.cleaned_data.get("country") or "").strip().upper()


EVENT_FIELDS = (
    "title", "kind", "starts_on", "ends_on", "host", "place", "city", "country", "alliance",
    "description", "source",
)  # fmt: skip


class ParticipantForm(forms.Form):
    organisation = OrganisationField(label=_lazy("Organisation"))
    # The initial role makes an untouched spare row count as unchanged, so it is skipped.
    role = forms.ChoiceField(
        label=_lazy("Role"),
        choices=EventParticipant.Role.choices,
        initial=EventParticipant.Role.PARTICIPANT,
    )


def _allow(form: forms.Form, allowed: "QuerySet[Agreement]") -> None:
    field = form.fields["agreement"]
    assert isinstance(field, AgreementField)
    field.allowed = allowed


class AgreementRowForm(forms.Form):
    """A row of the agreements signed at an event; the formset passes `allowed` to each row
    (`form_kwargs`)."""

    agreement = AgreementField(label=_lazy("Agreement"))

    def __init__(self, *args: Any, allowed: "QuerySet[Agreement]", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _allow(self, allowed)


class OrganisationRowForm(forms.Form):
    organisation = OrganisationField(label=_lazy("Organisation"))


class _Rows(forms.BaseFormSet):
    """Rows that name one record each (`key`); the same one twice is refused."""

    key = ""
    twice = _lazy("The same one is listed twice.")

    def chosen(self) -> list[Any]:
        return [
            f.cleaned_data[self.key]
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE") and f.cleaned_data[self.key]
        ]

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        chosen = self.chosen()
        if len({c.pk for c in chosen}) != len(chosen):
            raise forms.ValidationError(self.twice)


class _ParticipantRows(_Rows):
    key = "organisation"
    twice = _lazy("The same organisation is listed twice.")

    def pairs(self) -> list[tuple[Organisation, str]]:
        return [
            (f.cleaned_data["organisation"], f.cleaned_data["role"])
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]


class _AgreementRows(_Rows):
    key = "agreement"
    twice = _lazy("The same agreement is listed twice.")


class _OrganisationRows(_Rows):
    key = "organisation"
    twice = _lazy("The same organisation is listed twice.")


def _rows(form: type[forms.Form], formset: type[forms.BaseFormSet], extra: int) -> Any:
    return forms.formset_factory(
        form,
        formset=formset,
        extra=extra,
        can_delete=True,
        max_num=MAX_ROWS,
        validate_max=True,
        absolute_max=MAX_ROWS,
    )


ParticipantFormSet = _rows(ParticipantForm, _ParticipantRows, 2)
EventAgreementFormSet = _rows(AgreementRowForm, _AgreementRows, 1)
ActivityOrganisationFormSet = _rows(OrganisationRowForm, _OrganisationRows, 2)


class ActivityForm(VersionedForm):
    title = forms.CharField(label=_lazy("Title"), max_length=300)
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=Activity.Kind.choices)
    agreement = AgreementField(
        label=_lazy("Under agreement"),
        required=False,
        help_text=_lazy("Pick one of the agreements your organisation is a party to."),
    )
    starts_on = forms.DateField(label=_lazy("Starts on"), widget=DATE)
    ends_on = forms.DateField(
        label=_lazy("Ends on"), required=False, widget=DATE, help_text=_lazy("Empty: ongoing.")
    )
    participants = forms.IntegerField(
        label=_lazy("Participants"),
        required=False,
        min_value=0,
        help_text=_lazy("People taking part, if counted."),
    )
    outputs = forms.IntegerField(
        label=_lazy("Outputs"),
        required=False,
        min_value=0,
        help_text=_lazy("Publications, courses, ... if counted."),
    )
    outcome = forms.CharField(
        label=_lazy("Outcome"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_lazy("What was actually done, and what came of it."),
    )
    source = forms.CharField(
        label=_lazy("Source"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_lazy("Where this record came from: a news page, a report."),
    )

    def __init__(self, *args: Any, allowed: "QuerySet[Agreement]", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _allow(self, allowed)


ACTIVITY_FIELDS = (
    "title", "kind", "agreement", "starts_on", "ends_on", "participants", "outputs", "outcome",
    "source",
)  # fmt: skip
