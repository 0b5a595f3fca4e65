"""Writes for events, visits and activities. Saving or deleting an activity updates its
agreement's `last_activity_on` (what dormancy is measured against) in agreements/signals.py,
so edits in the back office count too."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.agreements.models import Agreement
from accord.agreements.services import agreement_update
from accord.core.services import Actor, apply_changes, validated_delete, validated_save
from accord.registry.models import Organisation, Unit


@transaction.atomic
def event_create(
    *,
    kind: str,
    title: str,
    starts_on: date,
    ends_on: date | None = None,
    place: str = "",
    city: str = "",
    country: str = "",
    host: Organisation | None = None,
    alliance: Any = None,
    description: str = "",
    source: str = "",
    participants: Iterable[tuple[Organisation, str]] = (),
    actor: Actor = None,
) -> Event:
    event = validated_save(
        Event(
            kind=kind,
            title=title.strip(),
            starts_on=starts_on,
            ends_on=ends_on,
            place=place,
            city=city,
            country=country.upper(),
            host=host,
            alliance=alliance,
            description=description,
            source=source,
        ),
        actor=actor,
    )
    if host is not None:
        event_participant_add(
            event=event, organisation=host, role=EventParticipant.Role.HOST, actor=actor
        )
    for organisation, role in participants:
        event_participant_add(event=event, organisation=organisation, role=role, actor=actor)
    return event


@transaction.atomic
def event_update(
    *,
    event: Event,
    participants: Iterable[tuple[Organisation, str]] | None = None,
    actor: Actor = None,
    **changes: Any,
) -> Event:
    """Change an event's fields. With `participants`, those become its participants (see
    `event_participants_set`); without, a new host is added as one."""
    if "title" in changes:
        changes["title"] = changes["title"].strip()
    if "country" in changes:
        changes["country"] = changes["country"].upper()
    apply_changes(event, changes)
    validated_save(event, actor=actor)
    if participants is not None:
        event_participants_set(event=event, participants=participants, actor=actor)
    elif event.host is not None:
        event_participant_add(
            event=event, organisation=event.host, role=EventParticipant.Role.HOST, actor=actor
        )
    return event


@transaction.atomic
def event_participants_set(
    *,
    event: Event,
    participants: Iterable[tuple[Organisation, str]],
    actor: Actor = None,
) -> None:
    """Make these (organisation, role) pairs the event's participants, and its host one of
    them as host; the others are removed (an organisation listed twice keeps its first role)."""
    wanted: dict[int, tuple[Organisation, str]] = {}
    for organisation, role in participants:
        wanted.setdefault(organisation.pk, (organisation, role))
    if event.host is not None:
        wanted[event.host.pk] = (event.host, EventParticipant.Role.HOST)
    existing = {p.organisation_id: p for p in event.participations.select_related("organisation")}
    for organisation_id, participation in existing.items():
        if organisation_id not in wanted:
            event_participant_remove(participation=participation, actor=actor)
    for organisation_id, (organisation, role) in wanted.items():
        current = existing.get(organisation_id)
        if current is None:
            event_participant_add(event=event, organisation=organisation, role=role, actor=actor)
        elif current.role != role:
            current.role = role
            validated_save(current, actor=actor)


def event_participant_remove(*, participation: EventParticipant, actor: Actor = None) -> None:
    """A visitor with a visit recorded at the event stays: the visit would name an organisation
    that was not there."""
    if Visit.objects.filter(
        event_id=participation.event_id, visitor_id=participation.organisation_id
    ).exists():
        raise ValidationError(
            {
                "participants": _(
                    "%(organisation)s has a visit recorded at this event, so it stays a "
                    "participant."
                )
                % {"organisation": participation.organisation}
            }
        )
    validated_delete(participation, actor=actor)


@transaction.atomic
def event_agreements_set(
    *,
    event: Event,
    agreements: Iterable[Agreement],
    within: "QuerySet[Agreement] | None" = None,
    actor: Actor = None,
) -> None:
    """Make these the agreements signed at `event`. `within` (the agreements the person may
    change) bounds the write: an agreement outside it is refused, and one already signed at the
    event that lies outside it stays."""
    scope = within if within is not None else Agreement.objects.all()
    chosen = {a.pk: a for a in agreements}
    allowed = set(scope.filter(pk__in=chosen).values_list("pk", flat=True))
    if refused := [a for pk, a in chosen.items() if pk not in allowed]:
        raise ValidationError(
            {
                "agreements": _("You may not change %(titles)s.")
                % {"titles": "; ".join(a.title for a in refused)}
            }
        )
    for agreement in scope.filter(signing_event=event).exclude(pk__in=chosen):
        agreement_update(agreement=agreement, signing_event=None, actor=actor)
    for agreement in chosen.values():
        if agreement.signing_event_id != event.pk:
            agreement_update(agreement=agreement, signing_event=event, actor=actor)


def event_participant_add(
    *,
    event: Event,
    organisation: Organisation,
    role: str = EventParticipant.Role.PARTICIPANT,
    actor: Actor = None,
) -> EventParticipant:
    existing = EventParticipant.objects.filter(event=event, organisation=organisation).first()
    if existing:
        return existing
    return validated_save(
        EventParticipant(event=event, organisation=organisation, role=role), actor=actor
    )


@transaction.atomic
def visit_add(
    *,
    event: Event,
    visitor: Organisation,
    host_unit: Unit | None = None,
    purpose: str = "",
    actor: Actor = None,
) -> Visit:
    event_participant_add(
        event=event, organisation=visitor, role=EventParticipant.Role.VISITOR, actor=actor
    )
    return validated_save(
        Visit(event=event, visitor=visitor, host_unit=host_unit, purpose=purpose), actor=actor
    )


@transaction.atomic
def activity_create(
    *,
    kind: str,
    title: str,
    starts_on: date,
    ends_on: date | None = None,
    agreement: Agreement | None = None,
    organisations: Iterable[Organisation] = (),
    participants: int | None = None,
    outputs: int | None = None,
    outcome: str = "",
    source: str = "",
    actor: Actor = None,
) -> Activity:
    activity = validated_save(
        Activity(
            kind=kind,
            title=title.strip(),
            starts_on=starts_on,
            ends_on=ends_on,
            agreement=agreement,
            participants=participants,
            outputs=outputs,
            outcome=outcome,
            source=source,
        ),
        actor=actor,
    )
    organisations = list(organisations)
    if not organisations and agreement is not None:
        organisations = [p.organisation for p in agreement.parties.select_related("organisation")]
    if organisations:
        activity.organisations.set(organisations)
    return activity


@transaction.atomic
def activity_update(*, activity: Activity, actor: Actor = None, **changes: Any) -> Activity:
    """Change an activity's fields; `organisations`, when given, replaces its organisations
    (none given: the agreement's parties, as when it was created)."""
    organisations = changes.pop("organisations", None)
    if "title" in changes:
        changes["title"] = changes["title"].strip()
    apply_changes(activity, changes)
    validated_save(activity, actor=actor)
    if organisations is not None:
        organisations = list(organisations)
        if not organisations and activity.agreement is not None:
            organisations = [
                p.organisation for p in activity.agreement.parties.select_related("organisation")
            ]
        activity.organisations.set(organisations)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity, actor: Actor = None) -> None:
    validated_delete(activity, actor=actor)
