"""`accord import_ror`: load a ROR v2 dump into the registry, idempotently and incrementally.

Each record becomes an organisation with every name (language and type), its identifiers and,
once every record is in, its relations. What a later import does with a record it has seen:

- unchanged in ROR: nothing;
- changed in ROR, untouched in Accord since the last import: the organisation's own fields
  (display name, kind, country, city, website, status, year) take ROR's new values;
- changed in both: Accord's values stay (counted as kept), since a person decided them;
- names and identifiers are only ever added, never removed: an officer may rely on them;
- an organisation made in Accord that already carries the record's ROR id is linked to it:
  it gains the names and identifiers it lacks, and its own fields stay Accord's.

Rows are written in batches of `BATCH` records, one transaction each, with their history
("ROR import"). A malformed record is reported with its position and skipped; the rest go
on. A dump that cannot be read at all stops the import with a message; batches already
written stay, whole, and a second run picks up where the data differ."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import connection, transaction
from simple_history.utils import bulk_create_with_history

from accord.agreements.models import Party
from accord.agreements.search import search_refresh
from accord.core.bulk import insert_rows
from accord.registry.models import (
    Identifier,
    Organisation,
    OrgName,
    OrgRelation,
    RorRecord,
    folded_name,
    normalise_identifier,
)
from accord.registry.ror import RecordError, RorOrganisation, fields_digest, parse_record, read_dump

BATCH = 1000
REASON = "ROR import"
# How many skipped records a summary lists one by one.
SKIPPED_SHOWN = 20


@dataclass
class ImportSummary:
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    kept_local: int = 0
    names_added: int = 0
    identifiers_added: int = 0
    identifiers_taken: int = 0
    relations_added: int = 0
    relation_targets_missing: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    touched_organisations: set[int] = field(default_factory=set)


def ror_import(
    path: str | Path, *, progress: Callable[[int], None] = lambda n: None
) -> ImportSummary:
    """Import the dump at `path`; `progress` is told how many records each batch held."""
    summary = ImportSummary()
    relations: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    batch: list[RorOrganisation] = []
    for position, raw in read_dump(path):
        summary.records += 1
        try:
            record = parse_record(raw)
        except RecordError as error:
            ror_id = raw.get("id") if isinstance(raw, dict) else None
            summary.skipped.append((position, f"{ror_id or 'record'}: {error}"))
            continue
        if record.ror_id in seen:
            summary.skipped.append((position, f"{record.ror_id}: appears twice; first kept"))
            continue
        seen.add(record.ror_id)
        relations += [(record.ror_id, kind, target) for kind, target in record.relations]
        batch.append(record)
        if len(batch) == BATCH:
            _import_batch(batch, summary)
            progress(len(batch))
            batch = []
    if batch:
        _import_batch(batch, summary)
        progress(len(batch))
    _import_relations(relations, summary)
    _refresh_search(summary.touched_organisations)
    _analyze()
    return summary


def _analyze() -> None:
    """Fresh planner statistics: an import can multiply the registry's size (the list of
    organisations in use took 65 ms instead of 8 after a first import, without them)."""
    tables = [m._meta.db_table for m in (Organisation, OrgName, Identifier, OrgRelation, RorRecord)]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def _own_fields(organisation: Organisation) -> dict[str, Any]:
    return {name: getattr(organisation, name) for name in RorOrganisation.FIELD_NAMES}


@transaction.atomic
def _import_batch(batch: list[RorOrganisation], summary: ImportSummary) -> None:
    ids = [r.ror_id for r in batch]
    known = {
        r.ror_id: r for r in RorRecord.objects.filter(ror_id__in=ids).select_related("organisation")
    }
    carried = dict(
        Identifier.objects.filter(scheme="ror", value__in=ids).values_list("value", "organisation")
    )
    new = [r for r in batch if r.ror_id not in known and r.ror_id not in carried]
    created = _create(new, summary)
    links: list[RorRecord] = []
    changed: list[RorRecord] = []
    additions: list[tuple[int, RorOrganisation]] = []
    linked_orgs = Organisation.objects.in_bulk(
        [carried[r.ror_id] for r in batch if r.ror_id in carried and r.ror_id not in known]
    )
    for record in batch:
        if record.ror_id in known:
            link = known[record.ror_id]
            if link.record_digest == record.digest():
                summary.unchanged += 1
                continue
            _apply_change(link, record, summary)
            changed.append(link)
            additions.append((link.organisation_id, record))
        elif record.ror_id in carried:
            organisation = linked_orgs[carried[record.ror_id]]
            links.append(_link(organisation, record, fields=""))
            summary.linked += 1
            additions.append((organisation.pk, record))
    RorRecord.objects.bulk_create(links + [_link(o, r) for o, r in created])
    RorRecord.objects.bulk_update(changed, ["record_digest", "fields_digest", "last_modified"])
    _add_missing(additions, summary)


def _link(
    organisation: Organisation, record: RorOrganisation, fields: str | None = None
) -> RorRecord:
    return RorRecord(
        organisation=organisation,
        ror_id=record.ror_id,
        last_modified=record.last_modified,
        record_digest=record.digest(),
        fields_digest=fields_digest(_own_fields(organisation)) if fields is None else fields,
    )


def _create(
    records: list[RorOrganisation], summary: ImportSummary
) -> list[tuple[Organisation, RorOrganisation]]:
    if not records:
        return []
    organisations = bulk_create_with_history(
        [Organisation(**r.fields(), registry_only=True) for r in records],
        Organisation,
        default_change_reason=REASON,
    )
    pairs = list(zip(organisations, records, strict=True))
    # A new organisation's names and identifiers come with it: its history starts with
    # "ROR import", and they are written as plain rows (building a model and a history row
    # for each of 300,000 of them was most of a 51k-record import's time).
    names = [
        (o.pk, value, language, kind, folded_name(value))
        for o, r in pairs
        for value, language, kind in r.names
    ]
    insert_rows(OrgName, ["organisation_id", "value", "language", "type", "folded"], names)
    summary.names_added += len(names)
    _add_identifiers([(o.pk, r) for o, r in pairs], summary, history=False)
    summary.created += len(records)
    return pairs


def _apply_change(link: RorRecord, record: RorOrganisation, summary: ImportSummary) -> None:
    """ROR changed the record: take its fields unless someone changed them in Accord."""
    organisation = link.organisation
    untouched = bool(link.fields_digest) and link.fields_digest == fields_digest(
        _own_fields(organisation)
    )
    if untouched:
        new = record.fields()
        if new != _own_fields(organisation):
            for name, value in new.items():
                setattr(organisation, name, value)
            organisation._change_reason = REASON  # type: ignore[attr-defined]
            organisation.save()
            summary.touched_organisations.add(organisation.pk)
        link.fields_digest = fields_digest(_own_fields(organisation))
        summary.updated += 1
    else:
        summary.kept_local += 1
    link.record_digest = record.digest()
    link.last_modified = record.last_modified


def _add_missing(additions: list[tuple[int, RorOrganisation]], summary: ImportSummary) -> None:
    """Names the organisations lack (identifiers too); nothing is removed."""
    if not additions:
        return
    organisation_ids = [pk for pk, _ in additions]
    have = set(
        OrgName.objects.filter(organisation_id__in=organisation_ids).values_list(
            "organisation_id", "value", "language", "type"
        )
    )
    names = []
    for pk, record in additions:
        for value, language, kind in record.names:
            if (pk, value, language, kind) not in have:
                have.add((pk, value, language, kind))
                names.append(
                    OrgName(organisation_id=pk, value=value, language=language, type=kind,
                            folded=folded_name(value))
                )  # fmt: skip
                summary.touched_organisations.add(pk)
    bulk_create_with_history(names, OrgName, default_change_reason=REASON)
    summary.names_added += len(names)
    _add_identifiers(additions, summary)


def _add_identifiers(
    pairs: Iterable[tuple[int, RorOrganisation]], summary: ImportSummary, *, history: bool = True
) -> None:
    wanted = [
        (pk, scheme, normalise_identifier(scheme, value))
        for pk, record in pairs
        for scheme, value in record.identifiers
    ]
    values = {value for _, _, value in wanted}
    taken = {
        (scheme, value): pk
        for scheme, value, pk in Identifier.objects.filter(value__in=values).values_list(
            "scheme", "value", "organisation_id"
        )
    }
    rows = []
    for pk, scheme, value in wanted:
        owner = taken.get((scheme, value))
        if owner is None:
            taken[(scheme, value)] = pk
            rows.append(Identifier(organisation_id=pk, scheme=scheme, value=value))
        elif owner != pk:
            summary.identifiers_taken += 1  # another organisation holds it: left there
    if history:
        bulk_create_with_history(rows, Identifier, default_change_reason=REASON)
    else:
        insert_rows(
            Identifier,
            ["organisation_id", "scheme", "value"],
            [(r.organisation_id, r.scheme, r.value) for r in rows],
        )
    summary.identifiers_added += len(rows)


def _import_relations(relations: list[tuple[str, str, str]], summary: ImportSummary) -> None:
    """Once every record is in: parent, child, related, predecessor and successor links
    between organisations that both came from ROR (a target outside the dump is counted)."""
    if not relations:
        return
    by_ror = dict(RorRecord.objects.values_list("ror_id", "organisation_id"))
    wanted = []
    for source, kind, target in relations:
        if target not in by_ror:
            summary.relation_targets_missing += 1
            continue
        if by_ror[source] != by_ror[target]:
            wanted.append((by_ror[source], by_ror[target], kind))
    for start in range(0, len(wanted), BATCH * 5):
        chunk = wanted[start : start + BATCH * 5]
        with transaction.atomic():
            sources = {s for s, _, _ in chunk}
            have = set(
                OrgRelation.objects.filter(source_id__in=sources).values_list(
                    "source_id", "target_id", "type"
                )
            )
            rows = [
                OrgRelation(source_id=s, target_id=t, type=k)
                for s, t, k in dict.fromkeys(chunk)
                if (s, t, k) not in have
            ]
            bulk_create_with_history(rows, OrgRelation, default_change_reason=REASON)
            summary.relations_added += len(rows)


def _refresh_search(organisation_ids: set[int]) -> None:
    """Agreements find their parties by name: those whose party gained names are re-read."""
    if not organisation_ids:
        return
    ids = Party.objects.filter(organisation_id__in=organisation_ids).values_list(
        "agreement_id", flat=True
    )
    search_refresh(list(ids))
