"""Helpers every service uses to write: validate, save, attribute the change."""

from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

M = TypeVar("M", bound=models.Model)

Actor = AbstractBaseUser | AnonymousUser | None


def validated_save(
    instance: M,
    *,
    actor: Actor = None,
    reason: str = "",
    exclude: list[str] | None = None,
) -> M:
    """`full_clean()` for a message that names the field, then save; the database constraints
    stay the last word, and a violation of one comes back as a ValidationError too."""
    instance.full_clean(exclude=exclude)
    attribute(instance, actor=actor, reason=reason)
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError as exc:
        raise ValidationError(f"{instance._meta.verbose_name}: {exc}") from exc
    return instance


def validated_delete(instance: models.Model, *, actor: Actor = None, reason: str = "") -> None:
    attribute(instance, actor=actor, reason=reason)
    instance.delete()


def acting_user(actor: Actor) -> Any:
    """The user an action is recorded against: the actor when signed in, else nobody (the
    command line, an anonymous request)."""
    return actor if actor is not None and actor.is_authenticated else None


def attribute(instance: models.Model, *, actor: Actor, reason: str) -> None:
    """Who made the next version of `instance`, and why: what django-simple-history reads
    when it writes the history row (a save, or a many-to-many change)."""
    instance._history_user = acting_user(actor)  # type: ignore[attr-defined]
    if reason:
        instance._change_reason = reason  # type: ignore[attr-defined]


def apply_changes(instance: M, changes: dict[str, Any]) -> M:
    """Set only fields the model has; an unknown name is a programming error, not user input."""
    field_names = {f.name for f in instance._meta.get_fields()}
    for name, value in changes.items():
        if name not in field_names:
            raise TypeError(f"{type(instance).__name__} has no field {name!r}")
        setattr(instance, name, value)
    return instance
