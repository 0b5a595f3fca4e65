"""The forms the secretariat fills in on an alliance's page: members, counterpart pairs and
sub-alliances. They only read and validate what was typed; `views.py` writes it through the
services, in one transaction, and puts the services' refusals back on these fields."""

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _lazy

from accord.agreements.forms import DATE, ORGANISATION_INPUT, organisation_from_text
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.alliances.selectors import (
    alliance_host_units,
    alliance_members,
    counterpart_liaison_choices,
)
from accord.core.forms import VersionedForm
from accord.registry.models import Contact, Organisation, Unit

REASON = forms.CharField(
    label=_lazy("Reason"),
    max_length=200,
    required=False,
    help_text=_lazy("Kept in the history."),
)


class MembershipForm(forms.Form):
    """A new member."""

    organisation = forms.CharField(
        label=_lazy("Organisation"),
        max_length=300,
        help_text=_lazy("Type a name and pick a suggestion."),
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )
    role = forms.ChoiceField(
        label=_lazy("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )
    joined_on = forms.DateField(
        label=_lazy("Joined on"),
        required=False,
        widget=DATE,
        help_text=_lazy("Empty if the sources do not say."),
    )
    note = forms.CharField(
        label=_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def clean_organisation(self) -> Organisation:
        return organisation_from_text(self.cleaned_data["organisation"])


class MembershipEditForm(VersionedForm):
    """A member's role, join date and note; an ended membership's end date too (a current
    one ends through its own form, which asks for the date)."""

    role = forms.ChoiceField(label=_lazy("Role"), choices=Membership.Role.choices)
    joined_on = forms.DateField(
        label=_lazy("Joined on"),
        required=False,
        widget=DATE,
        help_text=_lazy("Empty if the sources do not say."),
    )
    left_on = forms.DateField(label=_lazy("Left on"), widget=DATE)
    note = forms.CharField(
        label=_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args: Any, instance: Membership, **kwargs: Any) -> None:
        super().__init__(*args, instance=instance, **kwargs)
        if instance.left_on is None:
            del self.fields["left_on"]

    def changes(self) -> dict[str, Any]:
        """The cleaned values the service takes, by model field name."""
        names = ("role", "joined_on", "left_on", "note")
        return {name: self.cleaned_data[name] for name in names if name in self.fields}


class MembershipEndForm(VersionedForm):
    left_on = forms.DateField(
        label=_lazy("Left on"),
        widget=DATE,
        initial=timezone.localdate,
        help_text=_lazy("The member's last day."),
    )
    reason = REASON


class CounterpartForm(forms.Form):
    """A new pair: a member of the alliance and a unit of its host, with a liaison on each
    side (a person's name; someone new is added to that organisation's contacts)."""

    organisation = forms.ModelChoiceField(
        label=_lazy("Member"), queryset=Organisation.objects.none()
    )
    host_unit = forms.ModelChoiceField(
        label=_lazy("Host unit"),
        queryset=Unit.objects.none(),
        help_text=_lazy("A school, centre or office of the alliance's host."),
    )
    since = forms.DateField(label=_lazy("Paired since"), required=False, widget=DATE)
    member_liaison = forms.CharField(
        label=_lazy("Liaison at the member"), max_length=200, required=False
    )
    host_liaison = forms.CharField(
        label=_lazy("Liaison at the host"), max_length=200, required=False
    )
    note = forms.CharField(
        label=_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args: Any, alliance: Alliance, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        members = alliance_members(alliance=alliance).values("organisation_id")
        self._set_queryset(
            "organisation", Organisation.objects.filter(pk__in=members).order_by("name", "id")
        )
        self._set_queryset("host_unit", alliance_host_units(alliance=alliance))

    def _set_queryset(self, name: str, queryset: Any) -> None:
        field: Any = self.fields[name]
        field.queryset = queryset


class CounterpartEditForm(VersionedForm):
    host_unit = forms.ModelChoiceField(label=_lazy("Host unit"), queryset=Unit.objects.none())
    since = forms.DateField(label=_lazy("Paired since"), required=False, widget=DATE)
    liaisons = forms.ModelMultipleChoiceField(
        label=_lazy("Liaisons"),
        queryset=Contact.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    member_liaison = forms.CharField(
        label=_lazy("Another liaison at the member"), max_length=200, required=False
    )
    host_liaison = forms.CharField(
        label=_lazy("Another liaison at the host"), max_length=200, required=False
    )
    note = forms.CharField(
        label=_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args: Any, instance: Counterpart, **kwargs: Any) -> None:
        super().__init__(*args, instance=instance, **kwargs)
        fields: Any = self.fields
        fields["host_unit"].queryset = alliance_host_units(
            alliance=instance.alliance, keep=instance.host_unit_id
        )
        fields["liaisons"].queryset = counterpart_liaison_choices(counterpart=instance)
        fields["liaisons"].label_from_instance = _contact_label


class CounterpartEndForm(VersionedForm):
    reason = REASON


class AllianceForm(VersionedForm):
    """An alliance's own record: a new (sub-)alliance, or an edit."""

    name = forms.CharField(label=_lazy("Name"), max_length=300)
    acronym = forms.CharField(label=_lazy("Acronym"), max_length=40, required=False)
    slug = forms.SlugField(
        label=_lazy("Short name for links"),
        max_length=60,
        help_text=_lazy("Letters, digits and hyphens, e.g. uansr-law: the page's address."),
    )
    founded_on = forms.DateField(label=_lazy("Founded on"), required=False, widget=DATE)
    founded_place = forms.CharField(label=_lazy("Founded in"), max_length=120, required=False)
    lead_organisation = forms.CharField(
        label=_lazy("Lead organisation"),
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )
    lead_unit = forms.ModelChoiceField(
        label=_lazy("Lead unit"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_lazy("none"),
        help_text=_lazy("Empty lead organisation: the unit's organisation leads."),
    )
    secretariat = forms.CharField(
        label=_lazy("Secretariat"),
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )
    description = forms.CharField(
        label=_lazy("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    website = forms.URLField(label=_lazy("Website"), required=False, assume_scheme="https")

    def __init__(
        self, *args: Any, instance: Alliance | None = None, parent: Alliance | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, instance=instance, **kwargs)
        # units of the hosts of the alliance, or of the one a new sub-alliance joins
        host = instance or parent
        field: Any = self.fields["lead_unit"]
        if host is not None:
            keep = instance.lead_unit_id if instance is not None else None
            field.queryset = alliance_host_units(alliance=host, keep=keep)

    def clean_lead_organisation(self) -> Organisation | None:
        text = self.cleaned_data["lead_organisation"].strip()
        return organisation_from_text(text) if text else None

    def clean_secretariat(self) -> Organisation | None:
        text = self.cleaned_data["secretariat"].strip()
        return organisation_from_text(text) if text else None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        unit = cleaned.get("lead_unit")
        if unit is not None and cleaned.get("lead_organisation", False) is None:
            cleaned["lead_organisation"] = unit.organisation
        return cleaned

    def clean_slug(self) -> str:
        slug: str = self.cleaned_data["slug"].lower()
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _lazy("“%(slug)s” is taken by a page of Accord: choose another."),
                params={"slug": slug},
                code="reserved",
            )
        return slug

    def record_fields(self) -> dict[str, Any]:
        """The cleaned values the services take, by model field name."""
        return {name: self.cleaned_data[name] for name in ALLIANCE_FIELDS}


ALLIANCE_FIELDS = (
    "name", "acronym", "slug", "founded_on", "founded_place", "lead_organisation", "lead_unit",
    "secretariat", "description", "website",
)  # fmt: skip

# Addresses under /alliances/ that are pages, not alliances.
RESERVED_SLUGS = {"new"}


def _contact_label(contact: Any) -> str:
    title = f", {contact.title}" if contact.title else ""
    return f"{contact.name}{title} ({contact.organisation.name})"
