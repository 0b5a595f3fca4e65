"""The resolver's index, built from Accord's registry: every organisation with every name,
its acronyms, its ROR id (its key; "accord:<id>" without one), its successors, parents and
units."""

from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import OuterRef, Q, Subquery

from accord.alliances.models import Alliance
from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation, Unit
from accord.resolver.core import Entry, Resolver

ACCORD_PREFIX = "accord:"


def organisation_key(organisation_id: int, ror_ids: dict[int, str]) -> str:
    return ror_ids.get(organisation_id) or f"{ACCORD_PREFIX}{organisation_id}"


def alliance_member_keys(slug: str) -> tuple[str, ...] | None:
    """The resolver keys of an alliance's members (the context that makes their acronyms
    count), or None when no alliance has that slug."""
    alliance = Alliance.objects.filter(slug=slug).first()
    if alliance is None:
        return None
    members = list(alliance.memberships.values_list("organisation_id", flat=True))
    ror_ids = dict(
        Identifier.objects.filter(scheme=Identifier.Scheme.ROR, organisation_id__in=members)
        .order_by("organisation_id", "value")
        .values_list("organisation_id", "value")
    )
    return tuple(organisation_key(pk, ror_ids) for pk in members)


def registry_entries() -> Iterator[Entry]:
    """One entry per organisation, read in five queries; merged organisations are left out
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
    parents: dict[int, list[str]] = defaultdict(list)
    for source, target, kind in OrgRelation.objects.filter(
        type__in=[OrgRelation.Type.SUCCESSOR, OrgRelation.Type.PARENT]
    ).values_list("source_id", "target_id", "type"):
        found = successors if kind == OrgRelation.Type.SUCCESSOR else parents
        found[source].append(organisation_key(target, ror_ids))
    units: dict[int, list[str]] = defaultdict(list)
    for organisation_id, name in Unit.objects.values_list("organisation_id", "name"):
        units[organisation_id].append(name)
    rows = (
        Organisation.objects.exclude(status=Organisation.Status.MERGED)
        .values_list("id", "name", "country", "city", "kind", "status")
        .iterator(chunk_size=10_000)
    )
    for pk, name, country, city, kind, status in rows:
        yield Entry(
            key=organisation_key(pk, ror_ids),
            name=name,
            country=country,
            city=city,
            kind=kind,
            active=status == Organisation.Status.ACTIVE,
            successors=tuple(successors.get(pk, ())),
            parents=tuple(parents.get(pk, ())),
            units=tuple(units.get(pk, ())),
            names=tuple(names.get(pk, ())),
            acronyms=tuple(acronyms.get(pk, ())),
        )


def registry_resolver() -> Resolver:
    return Resolver(registry_entries())


def organisations_by_key(keys: Iterable[str]) -> dict[str, Organisation]:
    """The organisations that resolver keys name ("https://ror.org/…" by that ROR identifier,
    "accord:<id>" by id), in one query; a key whose organisation is gone or merged away is
    left out. An index built before a change may still hand out such keys."""
    wanted = set(keys)
    pks = {int(k.removeprefix(ACCORD_PREFIX)) for k in wanted if _is_accord_key(k)}
    rors = {k for k in wanted if not _is_accord_key(k)}
    if not pks and not rors:
        return {}
    ror_of = Identifier.objects.filter(
        organisation_id=OuterRef("pk"), scheme=Identifier.Scheme.ROR, value__in=rors
    ).order_by("value")
    found = (
        Organisation.objects.filter(
            Q(pk__in=pks) | Q(pk__in=Subquery(ror_of.values("organisation_id")))
        )
        .exclude(status=Organisation.Status.MERGED)
        .annotate(ror=Subquery(ror_of.values("value")[:1]))
    )
    by_key: dict[str, Organisation] = {}
    for organisation in found:
        if organisation.pk in pks:
            by_key[f"{ACCORD_PREFIX}{organisation.pk}"] = organisation
        ror = organisation.ror
        if ror:
            by_key[ror] = organisation
    return by_key


def organisation_ids_by_key(keys: Iterable[str]) -> dict[str, int]:
    """The ids of the organisations that resolver keys name (see `organisations_by_key`)."""
    return {key: organisation.pk for key, organisation in organisations_by_key(keys).items()}


def _is_accord_key(key: str) -> bool:
    return key.startswith(ACCORD_PREFIX) and key.removeprefix(ACCORD_PREFIX).isdigit()
