"""Writes for events, visits and activities. Saving or deleting an activity updates its
agreement's `last_activity_on` (what dormancy is measured against) in agreements/signals.py,
so edits in the back office count too."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.agreements.models import Agreement
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
    organisations = changes.pop("organisations", None)
    apply_changes(activity, changes)
    validated_save(activity, actor=actor)
    if organisations is not None:
        activity.organisations.set(organisations)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity, actor: Actor = None) -> None:
    validated_delete(activity, actor=actor)
