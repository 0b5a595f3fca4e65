"""Writes to the registry. Every function validates, saves in one transaction and records who."""

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from accord.core.services import Actor, apply_changes, validated_delete, validated_save
from accord.registry.models import (
    Contact,
    Identifier,
    Organisation,
    OrgName,
    OrgRelation,
    Unit,
)

NameSpec = tuple[str, str, str]  # value, language, type
IdentifierSpec = tuple[str, str]  # scheme, value


@transaction.atomic
def organisation_create(
    *,
    name: str,
    kind: str = Organisation.Kind.UNIVERSITY,
    country: str = "",
    city: str = "",
    website: str = "",
    established: int | None = None,
    names: Iterable[NameSpec] = (),
    identifiers: Iterable[IdentifierSpec] = (),
    actor: Actor = None,
) -> Organisation:
    """Create an organisation with its names and identifiers; the display name is also kept
    as an official name so every name lives in one table for search and resolution."""
    organisation = validated_save(
        Organisation(
            name=name.strip(),
            kind=kind,
            country=country.strip().upper(),
            city=city.strip(),
            website=website.strip(),
            established=established,
        ),
        actor=actor,
    )
    orgname_add(organisation=organisation, value=name, type=OrgName.Type.OFFICIAL, actor=actor)
    for value, language, name_type in names:
        orgname_add(
            organisation=organisation, value=value, language=language, type=name_type, actor=actor
        )
    for scheme, value in identifiers:
        identifier_add(organisation=organisation, scheme=scheme, value=value, actor=actor)
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, actor: Actor = None, **changes: Any
) -> Organisation:
    if "country" in changes:
        changes["country"] = (changes["country"] or "").strip().upper()
    old_name = organisation.name
    apply_changes(organisation, changes)
    validated_save(organisation, actor=actor)
    if organisation.name != old_name:
        # The old display name stays findable as a former name.
        orgname_add(
            organisation=organisation, value=old_name, type=OrgName.Type.FORMER, actor=actor
        )
        orgname_add(
            organisation=organisation,
            value=organisation.name,
            type=OrgName.Type.OFFICIAL,
            actor=actor,
        )
    return organisation


def orgname_add(
    *,
    organisation: Organisation,
    value: str,
    language: str = "",
    type: str = OrgName.Type.ALIAS,
    actor: Actor = None,
) -> OrgName:
    """Add a name; adding one the organisation already has is a no-op, not an error."""
    value = " ".join(value.split())
    existing = OrgName.objects.filter(
        organisation=organisation, value=value, language=language, type=type
    ).first()
    if existing:
        return existing
    return validated_save(
        OrgName(organisation=organisation, value=value, language=language, type=type), actor=actor
    )


def orgname_update(
    *,
    name: OrgName,
    value: str | None = None,
    language: str | None = None,
    type: str | None = None,
    actor: Actor = None,
) -> OrgName:
    """Correct a name (a typo, a language code): the same row, so its history shows the
    change. The search key follows the value (OrgName.save)."""
    changes: dict[str, Any] = {"value": value, "language": language, "type": type}
    if value is not None:
        changes["value"] = " ".join(value.split())
    apply_changes(name, {k: v for k, v in changes.items() if v is not None})
    return validated_save(name, actor=actor)


def identifier_add(
    *, organisation: Organisation, scheme: str, value: str, actor: Actor = None
) -> Identifier:
    identifier = Identifier(organisation=organisation, scheme=scheme, value=value)
    identifier.clean()  # normalise first, so the uniqueness check compares like with like
    existing = Identifier.objects.filter(scheme=scheme, value=identifier.value).first()
    if existing and existing.organisation_id == organisation.pk:
        return existing
    return validated_save(identifier, actor=actor)


def unit_create(
    *,
    organisation: Organisation,
    name: str,
    kind: str = Unit.Kind.SCHOOL,
    parent: Unit | None = None,
    actor: Actor = None,
) -> Unit:
    return validated_save(
        Unit(organisation=organisation, name=name.strip(), kind=kind, parent=parent), actor=actor
    )


def relation_add(
    *, source: Organisation, target: Organisation, type: str, actor: Actor = None
) -> OrgRelation:
    existing = OrgRelation.objects.filter(source=source, target=target, type=type).first()
    if existing:
        return existing
    return validated_save(OrgRelation(source=source, target=target, type=type), actor=actor)


def contact_create(
    *,
    organisation: Organisation,
    name: str,
    title: str = "",
    unit: Unit | None = None,
    email: str = "",
    phone: str = "",
    actor: Actor = None,
) -> Contact:
    return validated_save(
        Contact(
            organisation=organisation,
            name=name.strip(),
            title=title.strip(),
            unit=unit,
            email=email.strip(),
            phone=phone.strip(),
        ),
        actor=actor,
    )


def orgname_remove(*, name: OrgName, actor: Actor = None) -> None:
    validated_delete(name, actor=actor)


def identifier_remove(*, identifier: Identifier, actor: Actor = None) -> None:
    validated_delete(identifier, actor=actor)
