"""Synthetic data at scale, for benchmarks: realistic shapes, fast bulk inserts, no history.

The records look like a large alliance's registry: universities and some companies in many
countries (China most), agreements over twenty years with two to four parties (some partners
are hubs in many agreements), one to three areas, renewal chains, activities, and a dozen
alliances with members. Rows are written with `executemany` on explicitly allocated ids —
the ORM's per-object overhead made a 500k seed take several times longer — so the services
(and with them history and per-row validation) are skipped; every value is generated within
the rules the services enforce. Deterministic for a given seed and day.
"""

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max

from accord.activities.models import Activity
from accord.agreements.models import Agreement, Area, Party, SearchDocument
from accord.agreements.search import search_tokens
from accord.agreements.services import areas_sync
from accord.agreements.signals import facets_of
from accord.agreements.status import statuses_refresh
from accord.alliances.models import Alliance, Membership
from accord.core.bulk import insert_rows
from accord.registry.models import Organisation, OrgName, folded_name

COUNTRIES: tuple[str, ...] = (
    ("CN",) * 20
    + ("RU", "KZ", "KG", "TJ", "UZ", "PK", "IN", "IR", "TR", "GB", "IT", "FR", "DE", "ES") * 2
    + tuple(
        "AU NZ US CA KR JP TH MY SG ID VN PH MN AZ GE AM BY UA PL CZ HU RO BG RS GR PT NL BE"
        " CH AT SE FI NO DK IE EG MA ZA KE NG ET BR AR CL MX SA AE QA JO IL BD LK NP".split()
    )
)
NAME_PATTERNS = (
    "University of {p}",
    "{p} University",
    "{p} University of Technology",
    "{p} Institute of Technology",
    "{p} National University",
    "{p} Medical University",
    "{p} Normal University",
    "{p} Polytechnic University",
    "{p} Academy of Sciences",
    "{p} State University",
)
COMPANY_PATTERNS = ("{p} Electronics Co., Ltd.", "{p} Energy Group", "{p} Motors", "{p} Pharma")
TITLES = ("MOU", "Exchange agreement", "Joint lab", "Framework agreement", "Joint programme")
SYLLABLES = tuple(
    "al an ar ba be bo da de do el en fa ga ha ka ki ko la le li lo ma me mi mo na ne no or pa"
    " pe po ra re ri ro sa se si so ta te ti to ul va ve vi ya yo za ze zu".split()
)
CONFIDENTIALITY = ("public",) * 8 + ("alliance", "parties")
BATCH = 10_000
# Agreements made within an alliance, besides the alliance-confidential ones.
ALLIANCE_SHARE = 0.15


@dataclass
class ScaleResult:
    organisations: int = 0
    agreements: int = 0
    parties: int = 0
    areas: int = 0
    activities: int = 0
    memberships: int = 0


class _Ids:
    """Hands out primary keys above the current maximum, so related rows can be written in
    the same pass without reading ids back."""

    def __init__(self, model: type[models.Model]) -> None:
        self.next = (model._default_manager.aggregate(m=Max("pk"))["m"] or 0) + 1

    def take(self, n: int) -> range:
        start, self.next = self.next, self.next + n
        return range(start, start + n)


def _reset_sequences(*model_list: type[models.Model]) -> None:
    """PostgreSQL's id sequences must move past the ids written explicitly."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(model_list))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()


def _batches(total: int, size: int = BATCH) -> Iterator[int]:
    done = 0
    while done < total:
        n = min(size, total - done)
        yield n
        done += n


def scale_seed(
    *,
    organisations: int,
    agreements: int,
    seed: int = 2015,
    today: date | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> ScaleResult:
    """Add `organisations` organisations and `agreements` agreements with their parties, areas
    and activities, plus alliances with members. `progress` is told each batch of agreements."""
    rng = random.Random(seed)
    today = today or date.today()
    result = ScaleResult()
    org_ids = _organisations(rng, organisations, result)
    alliance_ids = _alliances(rng, org_ids, result, today)
    areas_sync()
    area_code = dict(Area.objects.filter(parent__isnull=False).values_list("pk", "code"))
    area_ids = list(area_code)
    country_of = dict(Organisation.objects.filter(pk__in=org_ids).values_list("pk", "country"))
    # every party's names, as the search body lists them (search.py)
    tokens_of: dict[int, list[str]] = {}
    for org_id, value in OrgName.objects.filter(organisation_id__in=org_ids).values_list(
        "organisation_id", "value"
    ):
        tokens_of.setdefault(org_id, []).extend(search_tokens(value))
    lookups = (country_of, area_code, tokens_of, alliance_ids)
    hubs = org_ids[: max(1, len(org_ids) // 200)]
    ids = {m: _Ids(m) for m in (Agreement, Party, Activity, Agreement.areas.through)}
    for n in _batches(agreements):
        with transaction.atomic():
            _agreements(rng, n, org_ids, hubs, area_ids, lookups, ids, result, today)
        progress(n)
    _reset_sequences(Organisation, OrgName, Alliance, Membership, Agreement, Party, Activity)
    _reset_sequences(Agreement.areas.through)
    statuses_refresh(full=True)
    _analyze()
    return result


def _analyze() -> None:
    """Fresh statistics for the planner; on PostgreSQL also clear the dead rows the status
    pass left, so index-only scans stay index-only."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if connection.in_atomic_block:
                return  # VACUUM cannot run in a transaction (e.g. inside a test)
            for model in (
                Organisation,
                OrgName,
                Agreement,
                Party,
                Activity,
                Membership,
                SearchDocument,
            ):
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
            through = Agreement.areas.through._meta.db_table
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(through)}")
        else:
            cursor.execute("ANALYZE")


def _organisations(rng: random.Random, total: int, result: ScaleResult) -> list[int]:
    org_ids, name_ids = _Ids(Organisation), _Ids(OrgName)
    created: list[int] = []
    now = date.today()
    for n in _batches(total):
        orgs, names = [], []
        for pk in org_ids.take(n):
            company = rng.random() < 0.08
            place = _place(rng)
            pattern = rng.choice(COMPANY_PATTERNS if company else NAME_PATTERNS)
            name = f"{pattern.format(p=place)} {rng.randint(1, 9999)}"
            kind = Organisation.Kind.COMPANY if company else Organisation.Kind.UNIVERSITY
            orgs.append((pk, name, kind, rng.choice(COUNTRIES), place, "", "active", now))
            acronym = "".join(w[0] for w in name.split() if w[0].isupper())
            for value, name_type in (
                (name, OrgName.Type.OFFICIAL),
                (acronym, OrgName.Type.ACRONYM),
            ):
                # executemany skips OrgName.save, which keeps the search key
                names.append((name_ids.take(1)[0], pk, value, folded_name(value), "", name_type))
            created.append(pk)
        with transaction.atomic():
            insert_rows(
                Organisation,
                ["id", "name", "kind", "country", "city", "website", "status", "created_at"],
                orgs,
            )
            insert_rows(
                OrgName, ["id", "organisation_id", "value", "folded", "language", "type"], names
            )
        result.organisations += n
    return created


def _alliances(
    rng: random.Random, org_ids: list[int], result: ScaleResult, today: date
) -> list[int]:
    tag = rng.randint(0, 10**9)
    created: list[int] = []
    with transaction.atomic():
        for i in range(12):
            founded = today - timedelta(days=rng.randint(365, 20 * 365))
            alliance = Alliance.objects.create(
                name=f"Synthetic alliance {i + 1}",
                slug=f"scale-{tag}-{i + 1}",
                founded_on=founded,
                lead_organisation_id=rng.choice(org_ids),
            )
            members = rng.sample(org_ids, min(len(org_ids), rng.randint(30, 400)))
            rows = [
                Membership(
                    alliance=alliance,
                    organisation_id=org_id,
                    role=Membership.Role.MEMBER,
                    joined_on=founded + timedelta(days=rng.randint(0, 365 * 3)),
                )
                for org_id in members
            ]
            Membership.objects.bulk_create(rows, batch_size=1000)
            result.memberships += len(rows)
            created.append(alliance.pk)
    return created


def _agreements(
    rng: random.Random,
    n: int,
    org_ids: list[int],
    hubs: list[int],
    area_ids: list[int],
    lookups: tuple[dict[int, str], dict[int, str], dict[int, list[str]], list[int]],
    ids: dict[Any, _Ids],
    result: ScaleResult,
    today: date,
) -> None:
    kinds = Agreement.Kind.values
    agreements: list[tuple[Any, ...]] = []
    parties: list[tuple[Any, ...]] = []
    areas: list[tuple[Any, ...]] = []
    activities: list[tuple[Any, ...]] = []
    signed_recent: list[tuple[int, date]] = []
    facets: dict[int, str] = {}
    bodies: list[tuple[int, str]] = []
    renewals: list[tuple[int, int]] = []
    now = today
    for pk in ids[Agreement].take(n):
        roll = rng.random()
        state = (
            Agreement.State.DRAFT
            if roll < 0.03
            else Agreement.State.UNDER_REVIEW
            if roll < 0.05
            else Agreement.State.TERMINATED
            if roll < 0.10
            else Agreement.State.SIGNED
        )
        signed_on: date | None = today - timedelta(days=rng.randint(10, 20 * 365))
        assert signed_on is not None
        start: date | None = signed_on + timedelta(days=rng.choice((0, 0, 0, 0, 30, 90)))
        assert start is not None
        until: date | None = (
            None if rng.random() < 0.2 else start + timedelta(days=365 * rng.choice((3, 5, 5, 10)))
        )
        terminated_on = None
        if state in (Agreement.State.DRAFT, Agreement.State.UNDER_REVIEW):
            signed_on = start = until = None
        elif state == Agreement.State.TERMINATED:
            terminated_on = signed_on + timedelta(days=rng.randint(30, 900))
        members = {rng.choice(hubs) if rng.random() < 0.5 else rng.choice(org_ids)}
        wanted = rng.choice((2, 2, 2, 2, 3, 3, 4))
        while len(members) < wanted:
            members.add(rng.choice(org_ids))
        last = None
        if start is not None and start < today:
            for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
                begin = start + timedelta(days=rng.randint(0, (today - start).days))
                end = begin + timedelta(days=rng.choice((1, 5, 30, 180)))
                last = max(last or end, end)
                activities.append(
                    (ids[Activity].take(1)[0], "student_mobility", "Exchange cohort", pk, begin,
                     end, rng.randint(1, 40), "", "")
                )  # fmt: skip
        title = f"{rng.choice(TITLES)} {rng.randint(1, 10**6)}"
        confidentiality = rng.choice(CONFIDENTIALITY)
        # within an alliance: every alliance-confidential one, and some others
        in_alliance = confidentiality == "alliance" or rng.random() < ALLIANCE_SHARE
        alliance_id = rng.choice(lookups[3]) if in_alliance else None
        agreements.append(
            (pk, rng.choice(kinds), title, "", "",
             state, signed_on, start, until, rng.random() < 0.1, terminated_on,
             confidentiality, 1, False, "", last, now, alliance_id)
        )  # fmt: skip
        parties += [(ids[Party].take(1)[0], pk, org, "party") for org in sorted(members)]
        chosen = rng.sample(area_ids, rng.randint(1, 3))
        areas += [(ids[Agreement.areas.through].take(1)[0], pk, a) for a in chosen]
        country_of, area_code, tokens_of, _alliance_ids = lookups
        facets[pk] = facets_of([country_of[o] for o in members], [area_code[a] for a in chosen])
        words = search_tokens(title) + [t for o in sorted(members) for t in tokens_of.get(o, [])]
        bodies.append((pk, f" {' '.join(words)} "))
        # One signed agreement in ten renews an earlier signed one of the same batch.
        if state == Agreement.State.SIGNED and signed_on is not None:
            if signed_recent and rng.random() < 0.1:
                older_pk, older_signed = signed_recent.pop(rng.randrange(len(signed_recent)))
                if older_signed < signed_on:
                    renewals.append((pk, older_pk))
            else:
                signed_recent.append((pk, signed_on))
    renews = dict(renewals)
    # status is a placeholder until statuses_refresh() derives it for all rows at the end
    agreements = [
        (*row, renews.get(row[0]), Agreement.Status.DRAFT, facets[row[0]]) for row in agreements
    ]
    insert_rows(
        Agreement,
        ["id", "kind", "title", "reference", "summary", "state", "signed_on", "in_force_from",
         "in_force_until", "auto_renewal", "terminated_on", "confidentiality", "instrument_count",
         "is_aggregate", "source", "last_activity_on", "created_at", "alliance_id",
         "supersedes_id", "status",
         "facets"],
        agreements,
    )  # fmt: skip
    insert_rows(Party, ["id", "agreement_id", "organisation_id", "role"], parties)
    insert_rows(SearchDocument, ["agreement_id", "body"], bodies)
    insert_rows(Agreement.areas.through, ["id", "agreement_id", "area_id"], areas)
    insert_rows(
        Activity,
        ["id", "kind", "title", "agreement_id", "starts_on", "ends_on", "participants",
         "outcome", "source"],
        activities,
    )  # fmt: skip
    result.agreements += n
    result.parties += len(parties)
    result.areas += len(areas)
    result.activities += len(activities)
