"""The resolver's index, built from Accord's registry: every organisation with every name,
its acronyms, its ROR id (its key; "accord:<id>" without one) and its successors."""

from collections import defaultdict
from collections.abc import Iterator

from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation
from accord.resolver.core import Entry, Resolver


def organisation_key(organisation_id: int, ror_ids: dict[int, str]) -> str:
    return ror_ids.get(organisation_id) or f"accord:{organisation_id}"


def registry_entries() -> Iterator[Entry]:
    """One entry per organisation, read in four queries; merged organisations are left out
    (their names live on in the one they were merged into)."""
    ror_ids = dict(
        Identifier.objects.filter(scheme=Identifier.Scheme.ROR)
        .order_by("organisation_id", "value")
        .values_list("organisation_id", "value")
    )
    names: dict[int, list[str]] = defaultdict(list)
    acronyms: dict[int, list[str]] = defaultdict(list)
    for organisation_id, value, kind in OrgName.objects.values_list(
        "organisation_id", "value", "type"
    ).iterator(chunk_size=10_000):
        (acronyms if kind == OrgName.Type.ACRONYM else names)[organisation_id].append(value)
    successors: dict[int, list[str]] = defaultdict(list)
    for source, target in OrgRelation.objects.filter(type=OrgRelation.Type.SUCCESSOR).values_list(
        "source_id", "target_id"
    ):
        successors[source].append(organisation_key(target, ror_ids))
    rows = (
        Organisation.objects.exclude(status=Organisation.Status.MERGED)
        .values_list("id", "name", "country", "city", "status")
        .iterator(chunk_size=10_000)
    )
    for pk, name, country, city, status in rows:
        yield Entry(
            key=organisation_key(pk, ror_ids),
            name=name,
            country=country,
            city=city,
            active=status == Organisation.Status.ACTIVE,
            successors=tuple(successors.get(pk, ())),
            names=tuple(names.get(pk, ())),
            acronyms=tuple(acronyms.get(pk, ())),
        )


def registry_resolver() -> Resolver:
    return Resolver(registry_entries())
