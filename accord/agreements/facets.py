"""Facet filters: which agreements have these countries and areas (and this status).

The tokens live in `Agreement.facets` (" area:joint-research country:CN ", kept by
signals.py). Reading them row by row means evaluating a LIKE for every agreement of the
status: 67,000 of them for "in force" at 500k, most of a filtered list's time. An inverted
index answers "which agreements have all of these tokens" from posting lists instead:

- SQLite: an FTS5 table over the agreement's `status` and `facets` columns (external
  content, kept by triggers, so every write path — services, admin, bulk updates — stays in
  step without Python code);
- PostgreSQL: a GIN index on the array of tokens plus "status:<status>".

A list uses the index to count; to fetch a page it uses the index when the matches are few,
and otherwise walks its sort order along `(status, signed_on, id, facets)`, testing the
tokens in the index entries, which stops as soon as the page is full (see
`agreement_list`)."""

import re
from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.models import BooleanField, F, Func, Q, QuerySet, Value

FTS_TABLE = "agreements_facet_index"
# What a stored token is made of (a query for anything else matches nothing).
_TOKEN = re.compile(r"[A-Za-z0-9_:-]+")
GIN_INDEX = "agreements_facet_gin"

# Tokens plus the status, as PostgreSQL indexes them; queries must spell the same expression.
_PG_TOKENS = "(string_to_array(btrim({facets}), ' ') || ('status:' || {status}::text))"

SQLITE_INSTALL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        status, facets, content='agreements_agreement', content_rowid='id',
        tokenize="unicode61 tokenchars ':-_'", detail=none)""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON agreements_agreement BEGIN
        INSERT INTO {FTS_TABLE}(rowid, status, facets) VALUES (new.id, new.status, new.facets);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON agreements_agreement BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, status, facets)
        VALUES ('delete', old.id, old.status, old.facets);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au
        AFTER UPDATE OF status, facets ON agreements_agreement
        WHEN old.status IS NOT new.status OR old.facets IS NOT new.facets BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, status, facets)
        VALUES ('delete', old.id, old.status, old.facets);
        INSERT INTO {FTS_TABLE}(rowid, status, facets) VALUES (new.id, new.status, new.facets);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}" for suffix in ("ai", "ad", "au")
] + [f"DROP TABLE IF EXISTS {FTS_TABLE}"]

POSTGRES_INSTALL = [
    f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON agreements_agreement USING gin ("
    + _PG_TOKENS.format(facets="facets", status="status")
    + ")"
]
POSTGRES_UNINSTALL = [f"DROP INDEX IF EXISTS {GIN_INDEX}"]


def install(schema_editor: Any) -> None:
    for sql in _ddl(schema_editor.connection.vendor, install=True):
        schema_editor.execute(sql)


def uninstall(schema_editor: Any) -> None:
    for sql in _ddl(schema_editor.connection.vendor, install=False):
        schema_editor.execute(sql)


def _ddl(vendor: str, *, install: bool) -> list[str]:
    if vendor == "sqlite":
        return SQLITE_INSTALL if install else SQLITE_UNINSTALL
    if vendor == "postgresql":
        return POSTGRES_INSTALL if install else POSTGRES_UNINSTALL
    return []  # other databases read the tokens row by row (facets_scanned)


class _HasTokens(Func):
    """PostgreSQL: the agreement's token array contains every one of `tokens`."""

    output_field = BooleanField()

    def as_sql(  # type: ignore[override]  # a fixed template: no function or joiner
        self, compiler: Any, connection: Any, **extra: Any
    ) -> tuple[str, list[Any]]:
        facets, status, tokens = self.get_source_expressions()
        facets_sql, facets_params = compiler.compile(facets)
        status_sql, status_params = compiler.compile(status)
        tokens_sql, tokens_params = compiler.compile(tokens)
        array = _PG_TOKENS.format(facets=facets_sql, status=status_sql)
        return (
            f"{array} @> ({tokens_sql})::text[]",
            [*facets_params, *status_params, *tokens_params],
        )


def facet_tokens(*, country: str | None = None, area: str | None = None) -> list[str]:
    tokens = []
    if country:
        tokens.append(f"country:{country.upper()}")
    if area:
        tokens.append(f"area:{area}")
    return tokens


def facets_indexed(
    queryset: "QuerySet[Any]", tokens: Sequence[str], status: str | None = None
) -> "QuerySet[Any]":
    """Agreements having every token (and `status`, when given), found through the index."""
    if not all(_TOKEN.fullmatch(t) for t in tokens):
        return queryset.none()  # no stored token has such characters
    vendor = connection.vendor
    if vendor == "sqlite":
        # the status column holds the bare status ("in_force"); each term is quoted, so
        # the ":" and "-" in it are not read as query syntax
        terms = ([status] if status else []) + list(tokens)
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        # A join (not "id IN (SELECT rowid ...)"), so SQLite drives the query from the
        # index's matches and a capped count stops early: 17 ms instead of 29 at 500k.
        # QuerySet.extra is the one way to join a table that has no model.
        table = queryset.model._meta.db_table
        return queryset.extra(
            tables=[FTS_TABLE],
            where=[f'{FTS_TABLE}.rowid = "{table}"."id"', f"{FTS_TABLE} MATCH %s"],
            params=[match],
        )
    if vendor == "postgresql":
        wanted = ([f"status:{status}"] if status else []) + list(tokens)
        return queryset.filter(_HasTokens(F("facets"), F("status"), Value(wanted)))
    return facets_scanned(queryset, tokens, status)


def facets_scanned(
    queryset: "QuerySet[Any]", tokens: Sequence[str], status: str | None = None
) -> "QuerySet[Any]":
    """The same set, tested row by row: cheap when a list walks its sort order and the
    matches are many, since it stops when the page is full."""
    if status is not None:
        queryset = queryset.filter(status=status)
    condition = Q()
    for token in tokens:
        condition &= Q(facets__contains=f" {token} ")
    return queryset.filter(condition)
