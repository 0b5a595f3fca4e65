"""Writes for users and their roles."""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from accord.core.models import Profile
from accord.core.services import Actor, validated_save
from accord.registry.models import Organisation


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
    actor: Actor = None,
) -> AbstractUser:
    """A secretariat admin is also a Django superuser, so the back office is theirs."""
    User = get_user_model()
    is_admin = role == Profile.Role.ADMIN
    user: Any = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        is_staff=is_admin,
        is_superuser=is_admin,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    validated_save(Profile(user=user, role=role, organisation=organisation), actor=actor)
    return user
