"""The intake's forms: reading a news item (pasted or uploaded), and the edits a reviewer may
make when accepting a proposal. They read and validate what was sent; `views.py` writes it
through the services."""

import dataclasses
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accord.activities.forms import OrganisationField
from accord.activities.models import Event
from accord.agreements.forms import DATE, organisation_label
from accord.agreements.models import Agreement
from accord.extraction.sources import MAX_BYTES, SourceError, SourceText, read_bytes, read_pasted
from accord.intake.models import Proposal
from accord.intake.services import AGREEMENT_KINDS, EVENT_KINDS, ORGANISATION_KINDS
from accord.registry.models import Organisation, Unit

ACCEPTED_FILES = ".txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"


class SourceForm(forms.Form):
    """A news item to read: pasted text or a file (plain text, web page, PDF, Word)."""

    text = forms.CharField(
        label=_lazy("Paste the text"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_lazy("The headline on the first line, then the article."),
    )
    file = forms.FileField(
        label=_lazy("Or upload a file"),
        required=False,
        help_text=_lazy("Plain text, a saved web page (.html), a PDF or a Word document (.docx)."),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED_FILES}),
    )
    title = forms.CharField(
        label=_lazy("Title"),
        max_length=500,
        required=False,
        help_text=_lazy("Empty: the headline of the text, or the page's own title."),
    )
    published = forms.DateField(
        label=_lazy("Published on"),
        required=False,
        widget=DATE,
        help_text=_lazy(
            "Empty: the date under the headline or in the dateline. Dates such as “on "
            "Tuesday” are counted from it."
        ),
    )

    def clean(self) -> dict[str, Any]:
        """Read the text or the file: `cleaned_data["read"]` is what the extractor gets."""
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        text, upload = cleaned.get("text") or "", cleaned.get("file")
        published: date | None = cleaned.get("published")
        if text.strip() and upload:
            raise forms.ValidationError(_("Paste a text or upload a file, not both."))
        if upload:
            read = self._read_upload(upload, published)
        elif text.strip():
            try:
                read = read_pasted(text, published=published)
            except SourceError as exc:
                self.add_error("text", str(exc))
                read = None
        else:
            raise forms.ValidationError(_("Paste the text of a news item, or upload its file."))
        if read is not None:
            if cleaned.get("title"):
                read = dataclasses.replace(read, title=cleaned["title"].strip())
            cleaned["read"] = read
        return cleaned

    def _read_upload(self, upload: Any, published: date | None) -> SourceText | None:
        """The upload read, or None with the reason on the file field. A file over the limit
        is refused by its size, before a byte of it is read (Django has spooled it to disk)."""
        if upload.size > MAX_BYTES:
            self.add_error(
                "file",
                _("%(name)s is %(size).1f MB; the limit is %(limit)d MB. Save the article alone.")
                % {
                    "name": upload.name,
                    "size": upload.size / 2**20,
                    "limit": MAX_BYTES // 2**20,
                },
            )
            return None
        try:
            return read_bytes(upload.read(), name=upload.name, published=published)
        except SourceError as exc:
            self.add_error("file", str(exc))
            return None


class AcceptForm(forms.Form):
    """The edits a reviewer may make when accepting; an empty field keeps what the news
    says."""

    def __init__(self, *args: Any, proposal: Proposal, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", f"p{proposal.position}")
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        if not self.is_bound:
            self.initial.update(self.proposed())

    def proposed(self) -> dict[str, Any]:
        """What the fields show before any edit: the proposal's own values."""
        return {}

    @property
    def edited(self) -> bool:
        """Whether it was sent from the edit form (rather than the plain Accept button, which
        sends none of its fields)."""
        return self.is_bound and any(key.startswith(f"{self.prefix}-") for key in self.data)

    def edits(self) -> dict[str, Any]:
        """The filled fields, for the service (an empty one is left to the proposal)."""
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}


class InstitutionAcceptForm(AcceptForm):
    # Its help text depends on whether the extractor found the organisation: see __init__.
    organisation = OrganisationField(
        label=_lazy("Match to an organisation of the registry"), required=False
    )
    name = forms.CharField(
        label=_lazy("Name of a new organisation"), max_length=300, required=False
    )
    country = forms.CharField(
        label=_lazy("Country"),
        max_length=2,
        required=False,
        help_text=_lazy("Two letters (ISO 3166), e.g. IT."),
    )
    kind = forms.ChoiceField(
        label=_lazy("Kind"),
        choices=[("", "—"), *Organisation.Kind.choices],
        required=False,
    )

    def __init__(self, *args: Any, resolved: Organisation | None = None, **kwargs: Any) -> None:
        self.resolved = resolved
        super().__init__(*args, **kwargs)
        if resolved is not None:
            self.fields["organisation"].help_text = _(
                "Type to pick another. Empty: %(name)s, as found."
            ) % {"name": resolved.name}
            self.fields["name"].help_text = _("Used only if no organisation is matched.")
        else:
            self.fields["organisation"].help_text = _(
                "Type to pick one. Empty: a new organisation with the name, country and kind below."
            )

    def proposed(self) -> dict[str, Any]:
        data = self.proposal.data
        return {
            "organisation": organisation_label(self.resolved) if self.resolved else "",
            "name": data.get("name") or "",
            "country": data.get("country") or "",
            "kind": ORGANISATION_KINDS.get(data.get("kind") or "", ""),
        }

    def clean_country(self) -> str:
        return str(self.cleaned_data.get("country", "")).strip().upper()


class AgreementAcceptForm(AcceptForm):
    title = forms.CharField(
        label=_lazy("Title"),
        max_length=300,
        required=False,
        help_text=_lazy("Empty: its kind and parties."),
    )
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=Agreement.Kind.choices, required=False)
    signed_on = forms.DateField(label=_lazy("Signed on"), required=False, widget=DATE)
    leave_out = forms.MultipleChoiceField(
        label=_lazy("Leave out of this agreement"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_lazy("Tick a party the news reading put here wrongly."),
    )
    add_party = OrganisationField(
        label=_lazy("Add a party the news reading missed"),
        required=False,
        help_text=_lazy("Type to pick an organisation of the registry."),
    )
    add_party_2 = OrganisationField(label=_lazy("Add another party"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        names = dict.fromkeys(self.proposal.data.get("parties") or [])
        leave_out = self.fields["leave_out"]
        assert isinstance(leave_out, forms.MultipleChoiceField)
        leave_out.choices = [(name, name) for name in names]

    def proposed(self) -> dict[str, Any]:
        data = self.proposal.data
        return {
            "kind": AGREEMENT_KINDS.get(data.get("type") or "", Agreement.Kind.OTHER),
            "signed_on": data.get("date") or None,
        }

    def edits(self) -> dict[str, Any]:
        """The service's arguments: the parties left out and those added."""
        edits = super().edits()
        added = [edits.pop(key) for key in ("add_party", "add_party_2") if key in edits]
        if added:
            edits["added"] = added
        return edits


class EventAcceptForm(AcceptForm):
    title = forms.CharField(
        label=_lazy("Title"),
        max_length=300,
        required=False,
        help_text=_lazy("Empty: its kind and the news item's title."),
    )
    kind = forms.ChoiceField(label=_lazy("Kind"), choices=Event.Kind.choices, required=False)
    starts_on = forms.DateField(label=_lazy("On"), required=False, widget=DATE)
    place = forms.CharField(label=_lazy("Place"), max_length=200, required=False)

    def proposed(self) -> dict[str, Any]:
        data = self.proposal.data
        return {
            "kind": EVENT_KINDS.get(data.get("kind") or "", Event.Kind.OTHER),
            "starts_on": data.get("date") or None,
            "place": data.get("place") or "",
        }


class UnitAcceptForm(AcceptForm):
    name = forms.CharField(label=_lazy("Name"), max_length=300, required=False)
    kind = forms.ChoiceField(
        label=_lazy("Kind"), choices=[("", "—"), *Unit.Kind.choices], required=False
    )

    def proposed(self) -> dict[str, Any]:
        return {"name": self.proposal.data.get("name") or "", "kind": ""}


ACCEPT_FORMS: dict[str, type[AcceptForm]] = {
    Proposal.Kind.UNIT: UnitAcceptForm,
    Proposal.Kind.INSTITUTION: InstitutionAcceptForm,
    Proposal.Kind.AGREEMENT: AgreementAcceptForm,
    Proposal.Kind.EVENT: EventAcceptForm,
}
