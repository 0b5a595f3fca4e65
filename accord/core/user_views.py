"""Users and roles, for the secretariat; and each user's own account page (language, password).

Who may do what is asked of `permissions.can_manage_users`; writes go through `users.py`, in
one transaction, and a refused one comes back (status 400) with what was typed, passwords
excepted, and the service's message beside the field it names."""

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import PasswordChangeView
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from accord.agreements.forms import organisation_label
from accord.core.forms import apply_errors, stale_edit_error
from accord.core.history import history_context
from accord.core.middleware import remember_language
from accord.core.models import Profile
from accord.core.permissions import can_manage_users, require, role_of
from accord.core.user_forms import LanguageForm, PasswordSetForm, UserCreateForm, UserEditForm
from accord.core.users import (
    user_create,
    user_language_set,
    user_list,
    user_set_password,
    user_update,
)
from accord.core.views import int_param

ACTIVE_FILTER = {"yes": True, "no": False}


@login_required
def user_list_view(request: HttpRequest) -> HttpResponse:
    require(can_manage_users(request.user))
    params = request.GET
    role, active = params.get("role", ""), params.get("active", "")
    filters = {
        "q": params.get("q", "").strip(),
        "role": role if role in Profile.Role.values else "",
        "active": active if active in ACTIVE_FILTER else "",
    }
    page = user_list(
        q=filters["q"],
        role=filters["role"] or None,
        active=ACTIVE_FILTER.get(filters["active"]),
        page=int_param(params, "page", 1),
    )
    return render(
        request,
        "users/list.html",
        {
            "page": page,
            "rows": [_row(user) for user in page.items],
            "filters": filters,
            "roles": Profile.Role.choices,
        },
    )


def _row(user: Any) -> dict[str, Any]:
    """A line of the list: the role as `role_of` decides it (a superuser is an admin)."""
    profile = getattr(user, "accord_profile", None)
    return {
        "user": user,
        "role": Profile.Role(role_of(user)[0] or Profile.Role.VIEWER).label,
        "organisation": profile.organisation if profile is not None else None,
    }


@sensitive_post_parameters("password1", "password2")
@require_http_methods(["GET", "POST"])
@login_required
def user_create_view(request: HttpRequest) -> HttpResponse:
    require(can_manage_users(request.user))
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                user = user_create(
                    username=data["username"],
                    password=data["password1"],
                    **form.profile_fields(),
                    actor=request.user,
                )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("%(user)s can now sign in.") % {"user": user})
            return redirect("users:list")
    return _form_page(request, form, subject=None)


@require_http_methods(["GET", "POST"])
@login_required
def user_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    require(can_manage_users(request.user))
    subject: Any = get_object_or_404(get_user_model(), pk=pk)
    profile = Profile.objects.filter(user=subject).select_related("organisation").first()
    if request.method == "POST":
        form = UserEditForm(request.POST, instance=profile)
        if form.is_valid() and _update(request, subject, form):
            messages.success(request, _("Changes to %(user)s were saved.") % {"user": subject})
            return redirect("users:list")
    else:
        form = UserEditForm(instance=profile, initial=_initial(subject, profile))
    return _form_page(request, form, subject=subject, profile=profile)


def _initial(subject: Any, profile: Profile | None) -> dict[str, Any]:
    organisation = profile.organisation if profile is not None else None
    return {
        "first_name": subject.first_name,
        "last_name": subject.last_name,
        "email": subject.email,
        "role": role_of(subject)[0],
        "organisation": organisation_label(organisation) if organisation else "",
        "is_active": subject.is_active,
    }


def _update(request: HttpRequest, subject: Any, form: UserEditForm) -> bool:
    """Save the form through `user_update`; False (and nothing written) when refused."""
    with transaction.atomic():
        # Ask again, under the lock, whether someone saved the profile since the form opened.
        locked = Profile.objects.select_for_update().filter(user=subject).first()
        stale = stale_edit_error(locked, form.cleaned_data["version"]) if locked else None
        if stale:
            form.add_error(None, stale)
            return False
        try:
            user_update(
                user=subject,
                actor=request.user,
                is_active=form.cleaned_data["is_active"],
                **form.profile_fields(),
            )
        except ValidationError as error:
            transaction.set_rollback(True)
            apply_errors(form, error)
            return False
    return True


def _form_page(
    request: HttpRequest, form: Any, *, subject: Any, profile: Profile | None = None
) -> HttpResponse:
    context: dict[str, Any] = {"form": form, "subject": subject}
    if profile is not None:
        context.update(history_context(request, profile))
        # A profile version restored alone would skip the rules of `user_update`.
        context["can_restore"] = False
    return render(
        request,
        "users/form.html",
        context,
        status=400 if request.method == "POST" else 200,
    )


@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
@login_required
def user_password_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The secretariat sets a new password for a user who lost theirs."""
    require(can_manage_users(request.user))
    subject: Any = get_object_or_404(get_user_model(), pk=pk)
    form = PasswordSetForm(subject, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user_set_password(
            user=subject, password=form.cleaned_data["new_password1"], actor=request.user
        )
        if subject.pk == request.user.pk:
            update_session_auth_hash(request, subject)  # stay signed in here
        messages.success(request, _("%(user)s has a new password.") % {"user": subject})
        return redirect("users:edit", subject.pk)
    return render(
        request,
        "users/password.html",
        {"form": form, "subject": subject},
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "POST"])
@login_required
def my_account_view(request: HttpRequest) -> HttpResponse:
    """A user's own account: who they are in Accord, and their interface language."""
    user: Any = request.user
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    saved = profile.language if profile is not None else ""
    form = LanguageForm(request.POST or None, initial={"language": saved})
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["language"]
        user_language_set(user=user, language=language, actor=user)
        messages.success(request, _("Your interface language is saved."))
        response = redirect("users:me")
        remember_language(response, language)
        return response
    role = role_of(user)[0] or Profile.Role.VIEWER
    return render(
        request,
        "users/me.html",
        {
            "form": form,
            "role": Profile.Role(role).label,
            "organisation": profile.organisation if profile is not None else None,
        },
        status=400 if request.method == "POST" else 200,
    )


class MyPasswordView(PasswordChangeView):
    """Django's own password change (old password, new one twice, validators), written through
    `user_set_password` so the change is in the history."""

    template_name = "users/password.html"
    success_url = reverse_lazy("users:me")

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        user_set_password(
            user=form.user, password=form.cleaned_data["new_password1"], actor=form.user
        )
        update_session_auth_hash(self.request, form.user)
        messages.success(self.request, _("Your password is changed."))
        return redirect(self.get_success_url())

    def form_invalid(self, form: PasswordChangeForm) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response
