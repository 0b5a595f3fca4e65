"""The organisation form of Accord's own pages: the record, its extra names, its identifiers.

The forms check what a person typed (required, lengths, choices); the services decide what
may be written (country codes, identifier syntax and uniqueness) and their errors are put
back on these fields by the view (`apply_errors`)."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from accord.agreements.forms import ORGANISATION_INPUT, organisation_from_text
from accord.core.forms import VersionedForm
from accord.registry.models import Identifier, Organisation, OrgName

# The most rows of each kind one form accepts (a guard against absurd posts, not a rule).
MAX_ROWS = 50

language_code = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
    _("Enter a language code such as en, zh, zh-Hans or it."),
    code="language",
)


class OrganisationForm(VersionedForm):
    name = forms.CharField(
        label=_("Name"),
        max_length=300,
        help_text=_("The official name, as the organisation writes it in English if it can."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=Organisation.Kind.choices, initial=Organisation.Kind.UNIVERSITY
    )
    country = forms.CharField(
        label=_("Country"),
        max_length=2,
        required=False,
        help_text=_("Two-letter ISO 3166-1 code, e.g. CN, IT, PK."),
        widget=forms.TextInput(attrs={"size": 3, "autocomplete": "off", "spellcheck": "false"}),
    )
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        help_text=_("The home page, e.g. https://www.polimi.it"),
    )
    established = forms.IntegerField(
        label=_("Year established"),
        required=False,
        min_value=1,
        help_text=_("Leave empty if unknown."),
    )

    def clean_country(self) -> str:
        return str(self.cleaned_data.get("country") or "").strip().upper()

    def clean_established(self) -> int | None:
        year: int | None = self.cleaned_data.get("established")
        if year is not None and year > date.today().year:
            raise ValidationError(_("The year cannot be in the future."), code="future")
        return year

    def record_fields(self) -> dict[str, Any]:
        """The cleaned values the services take, by model field name."""
        return {
            name: self.cleaned_data[name]
            for name in ("name", "kind", "country", "city", "website", "established")
        }


class RowForm(forms.Form):
    """A row of a formset: `id` is the existing record's, empty for a new row."""

    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # a row with none of these filled in is a spare row, not a record
    key_fields: tuple[str, ...] = ("id",)

    def is_blank(self) -> bool:
        return not any(self.cleaned_data.get(name) for name in self.key_fields)


class NameForm(RowForm):
    key_fields = ("id", "value")
    value = forms.CharField(label=_("Name"), max_length=300, required=False)
    language = forms.CharField(
        label=_("Language"),
        max_length=12,
        required=False,
        validators=[language_code],
        help_text=_("BCP 47 code, e.g. en, zh, it; empty if it is the same in every language."),
        widget=forms.TextInput(attrs={"size": 6, "autocomplete": "off", "spellcheck": "false"}),
    )
    type = forms.ChoiceField(
        label=_("Kind of name"), choices=OrgName.Type.choices, initial=OrgName.Type.ALIAS
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        value = " ".join(str(cleaned.get("value") or "").split())
        cleaned["value"] = value
        if not value and (cleaned.get("id") or cleaned.get("language")):
            self.add_error("value", _("Enter the name, or tick “Remove” to delete the row."))
        return cleaned


class IdentifierForm(RowForm):
    key_fields = ("id", "scheme", "value")
    scheme = forms.ChoiceField(
        label=_("Scheme"),
        choices=[("", "—"), *Identifier.Scheme.choices],
        required=False,
    )
    value = forms.CharField(
        label=_("Identifier"),
        max_length=200,
        required=False,
        help_text=_("e.g. https://ror.org/01nffqt88, Q392904, polimi.it"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        scheme, value = cleaned.get("scheme"), str(cleaned.get("value") or "").strip()
        cleaned["value"] = value
        if value and not scheme:
            self.add_error("scheme", _("Choose the scheme of this identifier."))
        if (scheme or cleaned.get("id")) and not value:
            self.add_error("value", _("Enter the identifier, or tick “Remove” to delete the row."))
        return cleaned


NameFormSet = forms.formset_factory(
    NameForm,
    extra=3,
    can_delete=True,
    can_delete_extra=False,
    max_num=MAX_ROWS,
    validate_max=True,
    absolute_max=MAX_ROWS,
)
IdentifierFormSet = forms.formset_factory(
    IdentifierForm,
    extra=2,
    can_delete=True,
    can_delete_extra=False,
    max_num=MAX_ROWS,
    validate_max=True,
    absolute_max=MAX_ROWS,
)


def filled_rows(formset: forms.BaseFormSet) -> Iterable[RowForm]:
    """The rows of a valid formset that say something: neither blank nor marked for removal."""
    for form in formset.forms:
        if isinstance(form, RowForm) and not removing(form) and not form.is_blank():
            yield form


def removed_rows(formset: forms.BaseFormSet) -> Iterable[RowForm]:
    """The rows of existing records marked for removal."""
    for form in formset.forms:
        if isinstance(form, RowForm) and removing(form):
            yield form


def removing(form: forms.Form) -> bool:
    return bool(getattr(form, "cleaned_data", {}).get("DELETE"))


class MergeForm(forms.Form):
    """Which organisation to merge into the one kept: a suggestion ("Name · CC · #id"), a name
    only one organisation has, or an id (what the duplicates page links with)."""

    other = forms.CharField(
        label=_("Organisation to merge into this one"),
        max_length=300,
        help_text=_(
            "Type a name and pick the duplicate record. It will be marked merged into this one."
        ),
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )

    def __init__(self, *args: Any, keep: Organisation, **kwargs: Any) -> None:
        self.keep = keep
        super().__init__(*args, **kwargs)

    def clean_other(self) -> Organisation:
        text = self.cleaned_data["other"].strip()
        if text.isdigit():
            found = Organisation.objects.filter(pk=int(text)).first()
            if found is None:
                raise ValidationError(_("There is no organisation #%(id)s.") % {"id": text})
        else:
            found = organisation_from_text(text)
        if found.pk == self.keep.pk:
            raise ValidationError(_("Choose another organisation than this one."))
        return found
