"""Time the main selectors at scale on SQLite and PostgreSQL, against hand-written SQL.

    .venv/bin/python bench/selectors.py                 # both databases, 500k agreements
    .venv/bin/python bench/selectors.py --engine sqlite --agreements 50000 --organisations 5000

Fills `bench/out/scale-<N>.sqlite3` and the PostgreSQL database `accord_bench_<N>` once with
`seed_scale` (and says how long that took), then for each selector prints the median and p95
in ms, its number of queries, and the ratio of its median to the median of the same question
asked in hand-written SQL in the same process. The SQL's answers are checked against the
selector's first, so the comparison is like for like. Goal: p95 <= 50 ms, ratio <= 2, and
query counts that do not grow with the page size.
"""

import os
import sys

# This file's name shadows the standard library's `selectors` (which subprocess imports):
# take bench/ off the import path before anything else is imported, and put the project on it.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import argparse  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import timedelta  # noqa: E402
from typing import Any  # noqa: E402

from bench._common import engine_main, measure, scale_database  # noqa: E402

Case = tuple[str, Callable[[], Any], Callable[[], Any]]


def main() -> None:
    engine_main(__file__, __doc__ or "", run)


def run(args: argparse.Namespace) -> None:
    scale_database(args)
    from accord.agreements.models import Agreement

    print(f"{Agreement.objects.count():,} agreements")
    header = ("selector", "median ms", "p95 ms", "queries", "raw median", "ratio")
    print(
        f"{header[0]:<36}{header[1]:>10}{header[2]:>8}{header[3]:>9}{header[4]:>11}{header[5]:>7}"
    )
    for label, selector, raw in build_cases():
        got, expected = selector(), raw()
        if got != expected:
            raise SystemExit(f"{label}: selector and SQL disagree:\n{got!r}\n{expected!r}")
        t = measure(selector, repeat=args.repeat)
        r = measure(raw, repeat=args.repeat)
        ratio = t.median_ms / r.median_ms
        print(
            f"{label:<36}{t.median_ms:>10.1f}{t.p95_ms:>8.1f}{t.queries:>9}{r.median_ms:>11.1f}"
            f"{ratio:>7.2f}"
        )


def build_cases() -> list[Case]:
    from django.db import connection
    from django.db.models import Count

    from accord.agreements.facets import FTS_TABLE
    from accord.agreements.models import Party
    from accord.agreements.selectors import (
        SYSTEM,
        agreement_counts_by_status,
        agreement_list,
        agreements_dormant,
        agreements_expiring,
    )
    from accord.agreements.status import ALL_STATUSES, StatusClock
    from accord.core.selectors import COUNT_LIMIT
    from accord.registry.selectors import organisation_detail

    clock = StatusClock.now()
    today, soon = clock.today, clock.today + timedelta(days=clock.expiring_days)
    by_parties = Party.objects.values("organisation_id").annotate(n=Count("id")).order_by("-n")
    hub = by_parties[0]["organisation_id"]
    country, area = "CN", "joint-research"

    def rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def fresh() -> None:
        # What every selector asks first: are the stored statuses today's?
        rows("SELECT 1 FROM agreements_statusrefresh WHERE id = 1 AND day = %s", [today])

    def parties_of(ids: list[int]) -> None:
        if ids:
            marks = ", ".join(["%s"] * len(ids))
            rows(
                "SELECT p.*, o.* FROM agreements_party p JOIN registry_organisation o"
                f" ON o.id = p.organisation_id WHERE p.agreement_id IN ({marks})",
                ids,
            )

    def page_of(
        where: str,
        params: list[Any],
        order: str,
        size: int = 50,
        offset: int = 0,
        counted_from: tuple[str, list[Any]] | None = None,
    ) -> tuple[int, list[int]]:
        """Count up to COUNT_LIMIT (or the requested page, when further), as lists do, from
        `counted_from` (a SELECT of the matching rows) or `where`; then fetch the page."""
        fresh()
        horizon = max(COUNT_LIMIT, offset + size)
        matching, matching_params = counted_from or (
            f"SELECT 1 FROM agreements_agreement a {where}",
            params,
        )
        count_sql = f"SELECT COUNT(*) FROM ({matching} LIMIT %s) t"
        total = min(rows(count_sql, [*matching_params, horizon + 1])[0][0], horizon)
        page_sql = f"SELECT a.* FROM agreements_agreement a {where} ORDER BY {order}"
        ids = [r[0] for r in rows(f"{page_sql} LIMIT {size} OFFSET {offset}", params)]
        parties_of(ids)
        return total, ids

    def listed(page: Any) -> tuple[int, list[int]]:
        assert all(hasattr(a, "party_rows") for a in page.items)  # parties came with the page
        return page.total, [a.pk for a in page.items]

    # The plan the selector takes for this many matches: count through the facet index
    # (FTS5 on SQLite, GIN on PostgreSQL), walk the sort order testing the tokens for the page.
    in_force_cn_area = "WHERE a.status = %s AND a.facets LIKE %s AND a.facets LIKE %s"
    in_force_cn_area_params = ["in_force", f"% area:{area} %", f"% country:{country} %"]
    if connection.vendor == "sqlite":
        indexed: tuple[str, list[Any]] = (
            f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
            [f'"in_force" AND "country:{country}" AND "area:{area}"'],
        )
    else:
        indexed = (
            "SELECT 1 FROM agreements_agreement a WHERE (string_to_array(btrim(a.facets), ' ')"
            " || ('status:' || a.status::text)) @> %s::text[]",
            [["status:in_force", f"country:{country}", f"area:{area}"]],
        )
    newest = "a.signed_on DESC, a.id DESC"

    def expiring_raw() -> list[int]:
        fresh()
        sql = (
            "SELECT a.* FROM agreements_agreement a WHERE a.status IN (%s, %s, %s)"
            " AND a.auto_renewal = %s AND a.in_force_until BETWEEN %s AND %s"
            " ORDER BY a.in_force_until, a.id LIMIT 20"
        )
        ids = [r[0] for r in rows(sql, ["expiring", "in_force", "dormant", False, today, soon])]
        parties_of(ids)
        return ids

    def organisation_selector() -> tuple[dict[str, int], list[int]]:
        # names, identifiers, units... come as lists; the activities, events, counterparts
        # and timeline the page also shows have no SQL below (bench/pages.py times the page)
        detail: Any = organisation_detail(pk=hub, user=SYSTEM)
        counts = {k: v for k, v in detail["agreement_counts"].items() if v}
        return counts, [a.pk for a in detail["agreements"]]

    def organisation_raw() -> tuple[dict[str, int], list[int]]:
        fresh()
        rows("SELECT * FROM registry_organisation WHERE id = %s", [hub])
        for table in ("registry_orgname", "registry_identifier", "registry_unit"):
            rows(f"SELECT * FROM {table} WHERE organisation_id = %s", [hub])
        rows(
            "SELECT m.*, al.* FROM alliances_membership m JOIN alliances_alliance al"
            " ON al.id = m.alliance_id WHERE m.organisation_id = %s",
            [hub],
        )
        rows(
            "SELECT r.*, o.* FROM registry_orgrelation r JOIN registry_organisation o"
            " ON o.id = r.target_id WHERE r.source_id = %s",
            [hub],
        )
        of_org = (
            "agreements_agreement a JOIN agreements_party p ON p.agreement_id = a.id"
            " WHERE p.organisation_id = %s"
        )
        order = "a.signed_on DESC NULLS LAST, a.id DESC"
        page_sql = f"SELECT a.* FROM {of_org} ORDER BY {order}"
        ids = [r[0] for r in rows(f"{page_sql} LIMIT 50", [hub])]
        count_sql = f"SELECT a.status, COUNT(*) FROM {of_org}"
        counts = dict(rows(f"{count_sql} GROUP BY a.status", [hub]))
        return counts, ids

    def counts_raw() -> dict[str, int]:
        fresh()
        counted = rows("SELECT status, COUNT(*) FROM agreements_agreement GROUP BY status", [])
        return {**dict.fromkeys(ALL_STATUSES, 0), **dict(counted)}

    filters: dict[str, Any] = {
        "user": SYSTEM,
        "status": "in_force",
        "country": country,
        "area": area,
    }
    return [
        (
            "agreements: in force+CN+area, p.1",
            lambda: listed(agreement_list(**filters)),
            lambda: page_of(
                in_force_cn_area, in_force_cn_area_params, newest, counted_from=indexed
            ),
        ),
        (
            "  the same, page 2 of 100 a page",
            lambda: listed(agreement_list(**filters, page=2, size=100)),
            lambda: page_of(
                in_force_cn_area, in_force_cn_area_params, newest, 100, 100, counted_from=indexed
            ),
        ),
        (
            "agreements expiring (next 20)",
            lambda: [
                a.pk for a in agreements_expiring(user=SYSTEM) if getattr(a, "party_rows", None)
            ],
            expiring_raw,
        ),
        (
            "agreements dormant, p.1",
            lambda: listed(agreements_dormant(user=SYSTEM)),
            lambda: page_of(
                "WHERE a.status = %s", ["dormant"], "a.last_activity_on, a.in_force_from, a.id"
            ),
        ),
        ("organisation detail (a hub)", organisation_selector, organisation_raw),
        ("dashboard counts by status", agreement_counts_by_status, counts_raw),
    ]


if __name__ == "__main__":
    main()
