"""Writes for alliances, memberships and counterpart pairs."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accord.alliances.models import Alliance, Counterpart, Membership
from accord.core.services import Actor, apply_changes, validated_delete, validated_save
from accord.registry.models import Contact, Organisation, Unit


def alliance_create(
    *,
    name: str,
    slug: str,
    acronym: str = "",
    founded_on: date | None = None,
    founded_place: str = "",
    parent: Alliance | None = None,
    lead_organisation: Organisation | None = None,
    lead_unit: Unit | None = None,
    secretariat: Organisation | None = None,
    description: str = "",
    website: str = "",
    source: str = "",
    actor: Actor = None,
) -> Alliance:
    return validated_save(
        Alliance(
            name=name.strip(),
            slug=slug,
            acronym=acronym.strip(),
            founded_on=founded_on,
            founded_place=founded_place,
            parent=parent,
            lead_organisation=lead_organisation,
            lead_unit=lead_unit,
            secretariat=secretariat,
            description=description,
            website=website,
            source=source,
        ),
        actor=actor,
    )


@transaction.atomic
def alliance_update(*, alliance: Alliance, actor: Actor = None, **changes: Any) -> Alliance:
    for name in ("name", "acronym", "founded_place"):
        if name in changes:
            changes[name] = (changes[name] or "").strip()
    apply_changes(alliance, changes)
    return validated_save(alliance, actor=actor)


def _overlaps(
    a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None
) -> bool:
    """Closed intervals; a missing start is "always was", a missing end is "still is"."""
    starts_before_b_ends = a_start is None or b_end is None or a_start <= b_end
    b_starts_before_a_ends = b_start is None or a_end is None or b_start <= a_end
    return starts_before_b_ends and b_starts_before_a_ends


def _check_no_overlap(membership: Membership) -> None:
    others = Membership.objects.filter(
        alliance_id=membership.alliance_id, organisation_id=membership.organisation_id
    ).exclude(pk=membership.pk)
    for other in others:
        if _overlaps(membership.joined_on, membership.left_on, other.joined_on, other.left_on):
            raise ValidationError(
                {
                    "joined_on": _(
                        "%(org)s already has a membership of %(alliance)s from %(start)s to"
                        " %(end)s that overlaps this one."
                    )
                    % {
                        "org": membership.organisation,
                        "alliance": membership.alliance,
                        "start": other.joined_on or _("the start"),
                        "end": other.left_on or _("now"),
                    }
                }
            )


@transaction.atomic
def membership_create(
    *,
    alliance: Alliance,
    organisation: Organisation,
    role: str = Membership.Role.MEMBER,
    joined_on: date | None = None,
    left_on: date | None = None,
    note: str = "",
    actor: Actor = None,
) -> Membership:
    # Lock the organisation row so two concurrent joins cannot both pass the overlap check.
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
    membership = Membership(
        alliance=alliance,
        organisation=organisation,
        role=role,
        joined_on=joined_on,
        left_on=left_on,
        note=note,
    )
    # Field errors first, then the overlap (a clearer message than the constraint's), then
    # the constraints themselves in validated_save.
    membership.full_clean(validate_constraints=False)
    _check_no_overlap(membership)
    return validated_save(membership, actor=actor)


# What identifies a membership or a pair: changing it makes another record, not an edit.
_FIXED = ("alliance", "organisation")


def _refuse_fixed(kind: str, changes: dict[str, Any]) -> None:
    fixed = [name for name in _FIXED if name in changes]
    if fixed:
        raise TypeError(f"a {kind}'s {', '.join(fixed)} cannot change; end it and add another")


@transaction.atomic
def membership_update(
    *, membership: Membership, actor: Actor = None, reason: str = "", **changes: Any
) -> Membership:
    """Change a membership's role, dates or note; the overlap rule holds as on creation."""
    _refuse_fixed("membership", changes)
    Organisation.objects.select_for_update().filter(pk=membership.organisation_id).first()
    apply_changes(membership, changes)
    membership.full_clean(validate_constraints=False)
    _check_no_overlap(membership)
    return validated_save(membership, actor=actor, reason=reason)


@transaction.atomic
def membership_end(
    *, membership: Membership, left_on: date, actor: Actor = None, reason: str = ""
) -> Membership:
    if membership.left_on is not None:
        raise ValidationError(
            {"left_on": _("This membership already ended on %s.") % membership.left_on}
        )
    membership.left_on = left_on
    _check_no_overlap(membership)
    return validated_save(membership, actor=actor, reason=reason)


@transaction.atomic
def counterpart_create(
    *,
    alliance: Alliance,
    organisation: Organisation,
    host_unit: Unit,
    liaisons: Iterable[Contact] = (),
    since: date | None = None,
    note: str = "",
    actor: Actor = None,
) -> Counterpart:
    if not Membership.objects.filter(alliance=alliance, organisation=organisation).exists():
        raise ValidationError(
            {
                "organisation": _("%(org)s is not a member of %(alliance)s.")
                % {"org": organisation, "alliance": alliance}
            }
        )
    counterpart = validated_save(
        Counterpart(
            alliance=alliance,
            organisation=organisation,
            host_unit=host_unit,
            since=since,
            note=note,
        ),
        actor=actor,
    )
    liaisons = _checked_liaisons(counterpart, liaisons)
    if liaisons:
        counterpart.liaisons.set(liaisons)
    return counterpart


@transaction.atomic
def counterpart_update(
    *,
    counterpart: Counterpart,
    liaisons: Iterable[Contact] | None = None,
    actor: Actor = None,
    **changes: Any,
) -> Counterpart:
    """Change a pair's host unit, date, note or liaisons (None: leave them as they are).
    The member side is what the pair is: another member is another pair."""
    _refuse_fixed("counterpart pair", changes)
    apply_changes(counterpart, changes)
    validated_save(counterpart, actor=actor)
    current = list(counterpart.liaisons.all())
    # checked even when unchanged: a new host unit may belong to another organisation
    chosen = _checked_liaisons(counterpart, current if liaisons is None else liaisons)
    if {c.pk for c in chosen} != {c.pk for c in current}:
        counterpart.liaisons.set(chosen)
    return counterpart


@transaction.atomic
def counterpart_remove(*, counterpart: Counterpart, actor: Actor = None, reason: str = "") -> None:
    """End a pair. The model keeps no end date, so the pair is deleted; its history keeps
    it, with who ended it, when and why."""
    validated_delete(counterpart, actor=actor, reason=reason)


def _checked_liaisons(counterpart: Counterpart, liaisons: Iterable[Contact]) -> list[Contact]:
    chosen = list(liaisons)
    allowed = {counterpart.organisation_id, counterpart.host_unit.organisation_id}
    for contact in chosen:
        if contact.organisation_id not in allowed:
            raise ValidationError(
                {"liaisons": _("%s works for neither side of the pair.") % contact}
            )
    return chosen
