"""The secretariat's user forms and a user's own account form. They only read and validate
what was typed (passwords against Django's password validators); `user_views.py` writes it
through the services in `users.py`."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordMixin
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from accord.agreements.forms import ORGANISATION_INPUT, organisation_from_text
from accord.core.forms import VersionedForm
from accord.core.models import Profile

ROLE_HELP = _(
    "Admins may change everything, users included. Officers add organisations, agreements "
    "and activities, and edit their organisation's record and agreements. Viewers only read."
)


class _RoleFields(forms.Form):
    """Names, email, role and, for officers, the organisation they act for."""

    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Profile.Role.choices,
        initial=Profile.Role.VIEWER,
        help_text=ROLE_HELP,
    )
    organisation = forms.CharField(
        label=_("Acts for"),
        max_length=300,
        required=False,
        help_text=_("Officers only: type a name and pick the organisation they act for."),
        widget=forms.TextInput(attrs=ORGANISATION_INPUT),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        text = str(cleaned.get("organisation") or "").strip()
        # Only an officer acts for an organisation; for the other roles the field is ignored.
        # An officer without one is refused by the model, beside this field.
        cleaned["organisation"] = None
        if text and cleaned.get("role") == Profile.Role.OFFICER:
            try:
                cleaned["organisation"] = organisation_from_text(text)
            except forms.ValidationError as error:
                self.add_error("organisation", error)
        return cleaned

    def profile_fields(self) -> dict[str, Any]:
        """The cleaned values `user_create` / `user_update` take."""
        names = ("first_name", "last_name", "email", "role", "organisation")
        return {name: self.cleaned_data[name] for name in names}


class UserCreateForm(SetPasswordMixin, _RoleFields):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("What they sign in with: letters, digits and @ . + - _ only."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    password1, password2 = SetPasswordMixin.create_password_fields(
        label1=_("Initial password"), label2=_("Initial password again")
    )
    field_order = [
        "username", "first_name", "last_name", "email", "role", "organisation",
        "password1", "password2",
    ]  # fmt: skip

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self.validate_passwords()
        # The validators compare the password with the user name, names and email.
        User = get_user_model()
        candidate = User(
            username=cleaned.get("username", ""),
            first_name=cleaned.get("first_name", ""),
            last_name=cleaned.get("last_name", ""),
            email=cleaned.get("email", ""),
        )
        self.validate_password_for_user(candidate)
        return cleaned


class UserEditForm(VersionedForm, _RoleFields):
    """Edits a user's Profile version: a save since the form was opened refuses this one."""

    is_active = forms.BooleanField(
        label=_("Active"),
        required=False,
        help_text=_("An inactive user cannot sign in; what they recorded stays theirs."),
    )


class PasswordSetForm(SetPasswordMixin, forms.Form):
    """A new password for someone else (the secretariat), entered twice and validated."""

    new_password1, new_password2 = SetPasswordMixin.create_password_fields(
        label1=_("New password"), label2=_("New password again")
    )

    def __init__(self, user: Any, *args: Any, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password2")
        return cleaned


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Interface language"),
        choices=[("", _("As my browser asks")), *settings.LANGUAGES],
        required=False,
        help_text=_("Used whenever you are signed in, on any computer."),
    )
