"""Writes for events, visits and activities. Activities keep their agreement's
`last_activity_on` current, which is what dormancy is measured against."""

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Coalesce

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


def agreement_refresh_last_activity(agreement_id: int) -> None:
    """An ongoing activity counts until it ends, so an activity's date is its end (or start)."""
    latest = Activity.objects.filter(agreement_id=agreement_id).aggregate(
        latest=Max(Coalesce("ends_on", "starts_on"))
    )["latest"]
    Agreement.objects.filter(pk=agreement_id).update(last_activity_on=latest)


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
    if agreement is not None:
        agreement_refresh_last_activity(agreement.pk)
    return activity


@transaction.atomic
def activity_update(*, activity: Activity, actor: Actor = None, **changes: Any) -> Activity:
    old_agreement_id = activity.agreement_id
    organisations = changes.pop("organisations", None)
    apply_changes(activity, changes)
    validated_save(activity, actor=actor)
    if organisations is not None:
        activity.organisations.set(organisations)
    for agreement_id in {old_agreement_id, activity.agreement_id} - {None}:
        assert agreement_id is not None
        agreement_refresh_last_activity(agreement_id)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity, actor: Actor = None) -> None:
    agreement_id = activity.agreement_id
    validated_delete(activity, actor=actor)
    if agreement_id is not None:
        agreement_refresh_last_activity(agreement_id)
