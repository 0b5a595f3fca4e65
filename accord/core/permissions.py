"""Who may change what: the one place the pages (and their tests) ask.

- secretariat admin (or a Django superuser): everything, including users and roles;
- officer of organisation X: creates organisations (new partners), agreements, activities and
  events; edits X's own record and the agreements X is a party to (and their activities);
  edits the events X hosts or takes part in, and the activities under no agreement that X is
  one of the organisations of. An officer's own organisation must stay the host or a
  participant of an event they save (and an organisation of an activity under no agreement),
  or they could not edit it again;
- viewer and anonymous visitors: read only.

Recording an activity under an agreement, or an agreement as signed at an event, changes that
agreement, so it needs the right to edit it: `agreements_editable` offers only those.

What a user may *see* is decided in SQL by `agreements_visible_to`; these rules only add
what they may change, and every one of them assumes the record is visible."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _

from accord.core.models import Profile


def role_of(user: Any) -> tuple[str | None, int | None]:
    """(role, the officer's organisation id) — role None for anonymous visitors."""
    if user is None or not user.is_authenticated:
        return None, None
    if user.is_superuser:
        return Profile.Role.ADMIN, None
    profile = getattr(user, "accord_profile", None)
    if profile is None:
        return Profile.Role.VIEWER, None
    return profile.role, profile.organisation_id


def is_admin(user: Any) -> bool:
    return role_of(user)[0] == Profile.Role.ADMIN


def can_create(user: Any) -> bool:
    """Organisations, agreements, activities, events: admins and officers."""
    return role_of(user)[0] in (Profile.Role.ADMIN, Profile.Role.OFFICER)


def can_edit_organisation(user: Any, organisation: Model) -> bool:
    role, own = role_of(user)
    return role == Profile.Role.ADMIN or (role == Profile.Role.OFFICER and own == organisation.pk)


def can_edit_agreement(user: Any, agreement: Model) -> bool:
    role, own = role_of(user)
    if role == Profile.Role.ADMIN:
        return True
    if role != Profile.Role.OFFICER:
        return False
    return agreement.parties.filter(organisation_id=own).exists()  # type: ignore[attr-defined]


def agreements_editable(user: Any, queryset: "QuerySet[Any]") -> "QuerySet[Any]":
    """The agreements of `queryset` that `user` may change. Pass `agreements_visible_to(user)`,
    so that nothing invisible is offered (an officer may be party to a restricted one)."""
    role, own = role_of(user)
    if role == Profile.Role.ADMIN:
        return queryset
    if role != Profile.Role.OFFICER or own is None:
        return queryset.none()
    return queryset.filter(parties__organisation_id=own)  # a party once per agreement


def can_edit_event(user: Any, event: Model) -> bool:
    """Admins, and officers of the host or of a participant."""
    role, own = role_of(user)
    if role == Profile.Role.ADMIN:
        return True
    if role != Profile.Role.OFFICER or own is None:
        return False
    if getattr(event, "host_id", None) == own:
        return True
    return event.participations.filter(organisation_id=own).exists()  # type: ignore[attr-defined]


def can_edit_activity(user: Any, activity: Model) -> bool:
    """Under an agreement: whoever may edit the agreement. Under none: admins, and officers of
    one of its organisations."""
    agreement = getattr(activity, "agreement", None)
    if agreement is not None:
        return can_edit_agreement(user, agreement)
    role, own = role_of(user)
    if role == Profile.Role.ADMIN:
        return True
    if role != Profile.Role.OFFICER or own is None:
        return False
    return activity.organisations.filter(pk=own).exists()  # type: ignore[attr-defined]


def can_manage_alliance(user: Any) -> bool:
    """Memberships and counterpart pairs are the secretariat's."""
    return is_admin(user)


def can_manage_users(user: Any) -> bool:
    """Users, their roles and passwords are the secretariat's (each user keeps their own
    account page: language, own password)."""
    return is_admin(user)


def can_merge_organisations(user: Any) -> bool:
    """Merging two records of one organisation moves other people's agreements and
    memberships: the secretariat's."""
    return is_admin(user)


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied(_("You may not change this record."))
