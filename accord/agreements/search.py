"""Full-text search of agreements: every word of `q` in the title, reference, summary, a
party's names (any language, acronyms included) or the text of a signed document.

Each agreement has one `SearchDocument` whose `body` is those texts as search tokens: folded
(accents dropped, case folded, so "Universite" finds "Université"), punctuation turned into
spaces, and every Chinese, Japanese or Korean character a token of its own (those scripts
write words without spaces, so "西安交通" is looked up as the phrase "西 安 交 通"). A query
word matches the start of a token ("coop" finds "cooperation"); a query word that folds to
several tokens ("XJTU-PNU", "西安交通") matches them as a phrase.

The body is indexed, like the facets (facets.py):

- SQLite: an FTS5 table over `body` (external content, kept by triggers on the document
  table);
- PostgreSQL: a GIN index on a stored `to_tsvector('simple', body)` column.

A list counts and fetches few matches through the index; when the matches are many it walks
its sort order and tests each agreement's body with LIKE, which stops once the page is full
(`search_scanned`, chosen by `agreement_list` as for the facets).

Bodies are written by `search_refresh`, which signals.py calls whenever a title, a party, a
name of a party or a document changes."""

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.expressions import RawSQL

from accord.agreements.models import Agreement, Document, Party, SearchDocument
from accord.core.selectors import sql_estimate
from accord.registry.models import OrgName

FTS_TABLE = "agreements_search_index"
GIN_INDEX = "agreements_search_gin"
DOCUMENT_TABLE = "agreements_searchdocument"

# A body keeps at most this many characters of document text per agreement: the start of a
# signed text names what it is about, and PostgreSQL's tsvector has a size limit.
MAX_DOCUMENT_CHARS = 200_000
# A query reads at most this many words.
MAX_QUERY_WORDS = 8

# Han, Hiragana, Katakana, Hangul (syllables and jamo), CJK compatibility and extensions.
_CJK = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_WORD = rf"[^\W_{_CJK}]+"
# a word, possibly with apostrophes inside ("Xi'an", "l'École"), or one CJK character
_TOKEN = re.compile(rf"[{_CJK}]|{_WORD}(?:['’ʼ]{_WORD})*")
_APOSTROPHE = re.compile("['’ʼ]")

SQLITE_INSTALL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        body, content='{DOCUMENT_TABLE}', content_rowid='agreement_id',
        tokenize="unicode61 remove_diacritics 0")""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON {DOCUMENT_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.agreement_id, new.body);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON {DOCUMENT_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body)
        VALUES ('delete', old.agreement_id, old.body);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE ON {DOCUMENT_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body)
        VALUES ('delete', old.agreement_id, old.body);
        INSERT INTO {FTS_TABLE}(rowid, body) VALUES (new.agreement_id, new.body);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}" for suffix in ("ai", "ad", "au")
] + [f"DROP TABLE IF EXISTS {FTS_TABLE}"]

# The tsvector is stored (a generated column the ORM never names), so neither the index's
# recheck nor a row-by-row test recomputes it from the body.
POSTGRES_INSTALL = [
    f"ALTER TABLE {DOCUMENT_TABLE} ADD COLUMN IF NOT EXISTS tsv tsvector"
    " GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED",
    f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON {DOCUMENT_TABLE} USING gin (tsv)",
]
POSTGRES_UNINSTALL = [
    f"DROP INDEX IF EXISTS {GIN_INDEX}",
    f"ALTER TABLE {DOCUMENT_TABLE} DROP COLUMN IF EXISTS tsv",
]


def install(schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_INSTALL, "postgresql": POSTGRES_INSTALL}.get(vendor, []):
        schema_editor.execute(sql)


def uninstall(schema_editor: Any) -> None:
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRES_UNINSTALL}.get(vendor, []):
        schema_editor.execute(sql)


def search_tokens(text: str) -> list[str]:
    """The tokens a text is searched by: accents dropped, case folded, punctuation gone, each
    CJK character on its own. A word with an apostrophe gives its parts and then the whole
    ("xi'an" gives "xi", "an", "xian"), so it is found either way it is typed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    tokens = []
    for word in _TOKEN.findall(bare):
        parts = _APOSTROPHE.split(word)
        tokens += parts if len(parts) == 1 else [*parts, "".join(parts)]
    return tokens


def search_body(texts: Iterable[str]) -> str:
    """The stored body: tokens between single spaces, with a space at each end, so that
    " token" marks the start of a token for LIKE as for the index."""
    tokens = [t for text in texts if text for t in search_tokens(text)]
    return f" {' '.join(tokens)} " if tokens else ""


def query_phrases(q: str) -> list[list[str]]:
    """What a query asks for: per word, the tokens that must follow each other."""
    phrases = [search_tokens(word) for word in q.split()[:MAX_QUERY_WORDS]]
    return [p for p in phrases if p]


def search_indexed(
    queryset: "QuerySet[Any]", q: str, *, from_matches: bool = False
) -> "QuerySet[Any]":
    """Agreements whose body has every phrase of `q`, found through the index. With
    `from_matches` the query starts from the index's matches whatever the planner would
    rather do (PostgreSQL otherwise walks the sort order when it misjudges how many match):
    the caller knows they are few (`search_match_count`)."""
    phrases = query_phrases(q)
    if not phrases:
        return queryset
    vendor = connection.vendor
    table = queryset.model._meta.db_table
    if vendor == "sqlite":
        # "tok1 tok2"* : a phrase whose last token may go on; tokens are letters and digits,
        # quoted so a word such as AND or NOT is not read as query syntax. A join, so the
        # matches drive the query.
        return queryset.extra(
            tables=[FTS_TABLE],
            where=[f'{FTS_TABLE}.rowid = "{table}"."id"', f"{FTS_TABLE} MATCH %s"],
            params=[_fts_match(phrases)],
        )
    if vendor == "postgresql":
        if from_matches:
            # ARRAY(...) is computed once, before the agreements are read
            return queryset.extra(
                where=[f'"{table}"."id" = ANY(ARRAY({_PG_MATCH}))'], params=[_tsquery(phrases)]
            )
        return queryset.filter(pk__in=RawSQL(_PG_MATCH, [_tsquery(phrases)]))
    return search_scanned(queryset, q)


def search_match_count(q: str, *, cap: int) -> int:
    """How many agreements (of all, whoever may see them) match `q`, up to `cap + 1`: what
    tells a list which plan to take. SQLite counts through the index alone; PostgreSQL's
    planner estimates it from its statistics on the stored tsvector (counting there means
    building the whole bitmap of matches first: 35 ms for a common word at 500k)."""
    phrases = query_phrases(q)
    if not phrases:
        return cap + 1
    if connection.vendor == "postgresql":
        estimate = sql_estimate(_PG_MATCH, [_tsquery(phrases)])
        return min(cap + 1, estimate if estimate is not None else cap + 1)
    if connection.vendor == "sqlite":
        sql, params = f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", _fts_match(phrases)
    else:
        return cap + 1
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT %s) matches", [params, cap + 1])
        (count,) = cursor.fetchone()
    return int(count)


def _fts_match(phrases: list[list[str]]) -> str:
    return " AND ".join('"' + " ".join(p) + '"*' for p in phrases)


_PG_MATCH = (
    f"SELECT agreement_id FROM {DOCUMENT_TABLE} WHERE tsv @@ to_tsquery('simple'::regconfig, %s)"
)


def _tsquery(phrases: list[list[str]]) -> str:
    # 'tok1' <-> 'tok2':* ; the tokens hold no quotes or operators (search_tokens)
    return " & ".join(
        "(" + " <-> ".join(f"'{t}'" for t in p[:-1]) + (" <-> " if len(p) > 1 else "")
        + f"'{p[-1]}':*)"
        for p in phrases
    )  # fmt: skip


def search_scanned(queryset: "QuerySet[Any]", q: str) -> "QuerySet[Any]":
    """The same set, tested agreement by agreement with LIKE on the body: cheap when a list
    walks its sort order and the matches are many. PostgreSQL's planner makes this choice
    itself, so there it is the indexed form."""
    phrases = query_phrases(q)
    if not phrases:
        return queryset
    if connection.vendor == "postgresql":
        return search_indexed(queryset, q)
    documents = SearchDocument.objects.filter(agreement_id=OuterRef("pk"))
    for phrase in phrases:
        # tokens are letters and digits only, so nothing in them is a LIKE wildcard
        documents = documents.filter(body__contains=" " + " ".join(phrase))
    return queryset.filter(Exists(documents))


# How many agreements one refresh writes at a time.
REFRESH_BATCH = 500


def search_refresh(agreement_ids: Iterable[int]) -> None:
    """Rewrite the bodies of these agreements from their current title, reference, summary,
    parties' names and documents (an agreement that no longer exists is skipped)."""
    ids = sorted(set(agreement_ids))
    for start in range(0, len(ids), REFRESH_BATCH):
        _refresh_batch(ids[start : start + REFRESH_BATCH])


def _refresh_batch(ids: list[int]) -> None:
    texts: dict[int, list[str]] = {}
    for pk, title, reference, summary in Agreement.objects.filter(pk__in=ids).values_list(
        "pk", "title", "reference", "summary"
    ):
        texts[pk] = [title, reference, summary]
    if not texts:
        return
    names = OrgName.objects.filter(organisation__parties__agreement_id__in=list(texts))
    for agreement_id, value in names.values_list(
        "organisation__parties__agreement_id", "value"
    ).order_by("organisation__parties__id", "id"):
        texts[agreement_id].append(value)
    documents = Document.objects.filter(agreement_id__in=list(texts)).order_by("id")
    for agreement_id, text in documents.values_list("agreement_id", "text"):
        texts[agreement_id].append(text[:MAX_DOCUMENT_CHARS])
    SearchDocument.objects.filter(agreement_id__in=list(texts)).delete()
    SearchDocument.objects.bulk_create(
        [SearchDocument(agreement_id=pk, body=search_body(parts)) for pk, parts in texts.items()]
    )


def organisation_agreement_ids(organisation_id: int) -> list[int]:
    return list(
        Party.objects.filter(organisation_id=organisation_id).values_list("agreement_id", flat=True)
    )
