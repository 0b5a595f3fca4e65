"""Users and their roles: the secretariat's writes, the list it reads, and each user's own
interface language.

`auth.User` keeps no history of its own, so every write here also saves the user's Profile
with a reason naming what changed ("email changed", "deactivated", "password set"): the
profile's history is the account's. Passwords never reach the history, a reason or a log."""

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from accord.core.models import Profile
from accord.core.permissions import role_of
from accord.core.selectors import Page, paginate
from accord.core.services import Actor, validated_save
from accord.registry.models import Organisation

# The account fields `user_update` may change, with the words its history reason uses.
_ACCOUNT_FIELDS = {
    "first_name": "first name",
    "last_name": "last name",
    "email": "email",
}


@sensitive_variables("password")
@transaction.atomic
def user_create(
    *,
    username: str,
    password: str,
    role: str,
    organisation: Organisation | None = None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    language: str = "",
    actor: Actor = None,
) -> AbstractUser:
    """A secretariat admin is also a Django superuser, so the back office is theirs."""
    User = get_user_model()
    is_admin = role == Profile.Role.ADMIN
    user: Any = User(
        username=username,
        email=User.objects.normalize_email(email),
        first_name=first_name,
        last_name=last_name,
        is_staff=is_admin,
        is_superuser=is_admin,
    )
    user.set_password(password)
    user.full_clean()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:  # the same user name, taken a moment ago by someone else
        raise ValidationError({"username": _("This user name is taken.")}) from exc
    _check_language(language)
    validated_save(
        Profile(user=user, role=role, organisation=organisation, language=language), actor=actor
    )
    return user


@transaction.atomic
def user_update(*, user: Any, actor: Actor = None, **changes: Any) -> AbstractUser:
    """Change a user's role, organisation, names, email or whether the account is active.

    Accounts are deactivated, never deleted: their name stays on every change they made. An
    admin cannot demote or deactivate themselves (another admin must), and the registry always
    keeps one active secretariat admin."""
    unknown = set(changes) - {"role", "organisation", *_ACCOUNT_FIELDS, "is_active"}
    if unknown:
        raise TypeError(f"user_update got unknown fields {sorted(unknown)}")
    _lock_active_admins()
    profile = _profile_for(user)
    current = role_of(user)[0]  # a superuser is an admin, whatever the profile says
    role: str = changes.get("role") or current or Profile.Role.VIEWER
    is_active = changes.get("is_active", user.is_active)
    if actor is not None and actor.pk == user.pk:
        if current == Profile.Role.ADMIN and role != Profile.Role.ADMIN:
            raise ValidationError(
                {"role": _("You cannot give up the admin role yourself: ask another admin.")}
            )
        if not is_active:
            raise ValidationError({"is_active": _("You cannot deactivate your own account.")})

    reasons = [
        f"{label} changed"
        for name, label in _ACCOUNT_FIELDS.items()
        if name in changes and getattr(user, name) != changes[name]
    ]
    if is_active != user.is_active:
        reasons.append("reactivated" if is_active else "deactivated")
    for name in _ACCOUNT_FIELDS:
        if name in changes:
            setattr(user, name, changes[name])
    if "email" in changes:
        user.email = get_user_model().objects.normalize_email(changes["email"])
    user.is_active = is_active
    user.is_staff = user.is_superuser = role == Profile.Role.ADMIN
    user.full_clean(exclude=["password"])
    user.save()

    profile.role = role
    profile.organisation = changes.get("organisation", profile.organisation)
    # Saved even when only the account changed, so the version an edit form holds moves.
    validated_save(profile, actor=actor, reason="; ".join(reasons))
    _require_an_active_admin(field="is_active" if "deactivated" in reasons else "role")
    return user


@sensitive_variables("password")
@transaction.atomic
def user_set_password(*, user: Any, password: str, actor: Actor = None) -> AbstractUser:
    """Set a new password (already checked against the password validators by the form).
    The user's other sessions end; the history says that it was set and by whom, not what."""
    user.set_password(password)
    user.save(update_fields=["password"])
    validated_save(_profile_for(user), actor=actor, reason="password set")
    return user


@transaction.atomic
def user_language_set(*, user: Any, language: str, actor: Actor = None) -> Profile:
    """Remember the interface language a user chose ("" — as their browser asks)."""
    _check_language(language)
    profile = _profile_for(user)
    if profile.pk is not None and profile.language == language:
        return profile
    profile.language = language
    return validated_save(profile, actor=actor, reason="interface language")


def user_list(
    *, q: str = "", role: str | None = None, active: bool | None = None, page: int = 1
) -> Page[Any]:
    """Users for the secretariat's list, by user name; `q` matches every word against the
    user name, names, email and the officer's organisation."""
    users = get_user_model().objects.select_related("accord_profile__organisation")
    for word in q.split():
        users = users.filter(
            Q(username__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(email__icontains=word)
            | Q(accord_profile__organisation__name__icontains=word)
        )
    if role:
        users = users.filter(with_role(role))
    if active is not None:
        users = users.filter(is_active=active)
    return paginate(users.order_by("username", "pk"), page=page, size=50)


def with_role(role: str) -> Q:
    """Users whose effective role (as `permissions.role_of` decides it) is `role`."""
    if role == Profile.Role.ADMIN:
        return Q(is_superuser=True) | Q(accord_profile__role=role)
    if role == Profile.Role.VIEWER:
        return Q(is_superuser=False) & (
            Q(accord_profile__role=role) | Q(accord_profile__isnull=True)
        )
    return Q(is_superuser=False, accord_profile__role=role)


def active_admins() -> "QuerySet[Any]":
    return get_user_model().objects.filter(with_role(Profile.Role.ADMIN), is_active=True)


def _lock_active_admins() -> None:
    # Two admins demoting each other at the same time: the second waits for the first, and
    # its closing check (a fresh read) sees the first's change and refuses.
    list(active_admins().select_for_update(of=("self",)).values_list("pk", flat=True))


def _require_an_active_admin(*, field: str) -> None:
    if not active_admins().exists():
        raise ValidationError(
            {field: _("Accord needs at least one active secretariat admin: appoint another first.")}
        )


def _profile_for(user: Any) -> Profile:
    """The user's profile; a user made outside Accord (`createsuperuser`) gets one now, with
    the role they already have."""
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    if profile is None:
        profile = Profile(user=user, role=role_of(user)[0] or Profile.Role.VIEWER)
    return profile


def _check_language(language: str) -> None:
    if language and language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Accord has no interface in that language.")})
