"""What every edit form shares: refusing a stale edit, and the upload limit."""

from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _


def edit_version(instance: Model) -> str:
    """A token for "the record as the form showed it": its latest history entry."""
    history: Any = getattr(instance, "history", None)
    if history is None or instance.pk is None:
        return ""
    latest = history.order_by("-history_id").values_list("history_id", flat=True).first()
    return str(latest or "")


def stale_edit_error(instance: Model, submitted: str) -> str | None:
    """Why saving would overwrite someone else's change, or None when it would not."""
    if instance.pk is None or submitted == edit_version(instance):
        return None
    history: Any = instance.history  # type: ignore[attr-defined]
    latest = history.select_related("history_user").order_by("-history_id").first()
    who = latest.history_user if latest and latest.history_user else _("someone")
    when = latest.history_date.strftime("%Y-%m-%d %H:%M") if latest else ""
    return _(
        "%(who)s saved this record at %(when)s, after you opened this form. Your changes were "
        "not saved: reload the page to see theirs, then make yours again."
    ) % {"who": who, "when": when}


class VersionedForm(forms.Form):
    """A form that carries the version of the record it edits and refuses a stale save."""

    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, instance: Model | None = None, **kwargs: Any) -> None:
        self.instance = instance
        super().__init__(*args, **kwargs)
        if instance is not None and not self.is_bound:
            self.initial["version"] = edit_version(instance)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.instance is not None:
            error = stale_edit_error(self.instance, cleaned.get("version", ""))
            if error:
                raise forms.ValidationError(error, code="stale")
        return cleaned


def apply_errors(
    form: forms.Form, error: ValidationError, *, non_field_to: str | None = None
) -> None:
    """Put a service's ValidationError on the form: each message on the field it names when the
    form has that field, the rest on `non_field_to` (a row's identifier, say) or the form."""
    fallback = non_field_to if non_field_to in form.fields else None
    if not hasattr(error, "error_dict"):
        form.add_error(fallback, error.messages)
        return
    for field, messages in error.message_dict.items():
        target = field if field in form.fields and field != NON_FIELD_ERRORS else fallback
        form.add_error(target, messages)
