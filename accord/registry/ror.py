"""Reading a ROR (Research Organization Registry) schema v2 data dump, without Django.

`read_dump(path)` streams the records of an official dump — the `.zip` ROR publishes (the v2
JSON inside it), or a `.json` / `.json.gz` of the same array — one at a time, so memory stays
bounded whatever the dump's size. `parse_record(raw)` turns one into a `RorOrganisation`, what
Accord keeps of it, or raises `RecordError` saying what is wrong with it.
"""

import gzip
import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, ClassVar

import ijson

ROR_PREFIX = "https://ror.org/"

# ROR's types, most telling first: the first one a record has gives Accord's kind.
KIND_OF_TYPE = (
    ("education", "university"),
    ("healthcare", "hospital"),
    ("company", "company"),
    ("government", "government"),
    ("facility", "research_institute"),
    ("nonprofit", "nonprofit"),
    ("funder", "other"),
    ("archive", "other"),
    ("other", "other"),
)
# ROR name types → Accord's; a display name that is also a label is the official name.
NAME_TYPE = (
    ("ror_display", "official"),
    ("label", "label"),
    ("alias", "alias"),
    ("acronym", "acronym"),
)
EXTERNAL_SCHEMES = {"grid": "grid", "isni": "isni", "wikidata": "wikidata", "fundref": "fundref"}
RELATION_TYPES = {"parent", "child", "related", "predecessor", "successor"}
STATUSES = {"active", "inactive", "withdrawn"}

# Accord's column sizes: longer values are cut (names) or left out (links, identifiers).
MAX_NAME = 300
MAX_CITY = 120
MAX_WEBSITE = 200
MAX_IDENTIFIER = 200


class DumpError(Exception):
    """The dump as a whole cannot be read (not a file, not JSON, no v2 file in the zip)."""


class RecordError(ValueError):
    """One record is malformed; the import skips it and says why."""


@dataclass(frozen=True)
class RorOrganisation:
    ror_id: str
    name: str
    kind: str
    country: str
    city: str
    website: str
    status: str
    established: int | None
    last_modified: str
    names: tuple[tuple[str, str, str], ...]  # (value, language, Accord name type)
    identifiers: tuple[tuple[str, str], ...]  # (scheme, value), ROR's own first
    relations: tuple[tuple[str, str], ...] = field(default=())  # (type, target ROR id)

    # the organisation's own columns the import writes
    FIELD_NAMES: ClassVar[tuple[str, ...]] = (
        "name", "kind", "country", "city", "website", "status", "established",
    )  # fmt: skip

    def fields(self) -> dict[str, Any]:
        """The organisation's own columns, as Accord stores them."""
        return {name: getattr(self, name) for name in self.FIELD_NAMES}

    def digest(self) -> str:
        """Changes whenever anything Accord keeps of the record changes."""
        return fields_digest({**self.fields(), "names": self.names, "ids": self.identifiers,
                              "relations": self.relations})  # fmt: skip


def fields_digest(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=list)
    return hashlib.sha256(text.encode()).hexdigest()


def read_dump(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(position, raw record) for every record of the dump, streamed. The position counts
    records from 1, for messages."""
    path = Path(path)
    if not path.is_file():
        raise DumpError(f"{path}: no such file")
    with _open_json(path) as stream:
        try:
            yield from enumerate(ijson.items(stream, "item", use_float=True), start=1)
        except ijson.JSONError as error:
            raise DumpError(f"{path}: not valid JSON ({error})") from error
        except (OSError, EOFError, zipfile.BadZipFile) as error:
            raise DumpError(f"{path}: cannot be read to the end ({error})") from error


def _open_json(path: Path) -> IO[bytes]:
    name = path.name.lower()
    try:
        if name.endswith(".zip"):
            archive = zipfile.ZipFile(path)
            member = _v2_member(archive, path)
            return archive.open(member)
        if name.endswith(".gz"):
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return path.open("rb")
    except (OSError, zipfile.BadZipFile) as error:
        raise DumpError(f"{path}: cannot be opened ({error})") from error


def _v2_member(archive: zipfile.ZipFile, path: Path) -> str:
    """The v2 JSON of an official dump zip (`…_schema_v2.json`; a zip with one JSON is fine)."""
    candidates = [n for n in archive.namelist() if n.lower().endswith(".json")]
    v2 = [n for n in candidates if "schema_v2" in n.lower()]
    if v2:
        return v2[0]
    if len(candidates) == 1:
        return candidates[0]
    found = ", ".join(candidates) or "no JSON file"
    raise DumpError(f"{path}: cannot tell which file is the v2 dump ({found})")


def parse_record(raw: Any) -> RorOrganisation:
    """What Accord keeps of one ROR v2 record; RecordError names the first problem found."""
    if not isinstance(raw, dict):
        raise RecordError("not a JSON object")
    ror_id = raw.get("id")
    if not isinstance(ror_id, str) or not ror_id.startswith(ROR_PREFIX) or len(ror_id) != 25:
        raise RecordError(f"no valid ROR id ({ror_id!r})")
    names_raw = raw.get("names")
    if not isinstance(names_raw, list) or not names_raw:
        raise RecordError("no names")
    names: list[tuple[str, str, str]] = []
    display = ""
    for entry in names_raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
            raise RecordError("a name without a value")
        value = " ".join(entry["value"].split())[:MAX_NAME]
        types = entry.get("types") or []
        language = (entry.get("lang") or "")[:12]
        kind = next((ours for theirs, ours in NAME_TYPE if theirs in types), None)
        if kind is None or not value:
            continue
        if "ror_display" in types:
            display = value
        names.append((value, language, kind))
    if not display:
        raise RecordError("no ror_display name")
    status = raw.get("status")
    if status not in STATUSES:
        raise RecordError(f"unknown status {status!r}")
    types = raw.get("types") or []
    kind = next((ours for theirs, ours in KIND_OF_TYPE if theirs in types), "other")
    country, city = _place(raw.get("locations"))
    established = raw.get("established")
    if not (isinstance(established, int) and 0 < established < 10000):
        established = None
    return RorOrganisation(
        ror_id=ror_id,
        name=display,
        kind=kind,
        country=country,
        city=city,
        website=_website(raw.get("links")),
        status=status,
        established=established,
        last_modified=str(((raw.get("admin") or {}).get("last_modified") or {}).get("date") or ""),
        names=tuple(dict.fromkeys(names)),
        identifiers=tuple(dict.fromkeys(_identifiers(ror_id, raw))),
        relations=tuple(dict.fromkeys(_relations(raw.get("relationships")))),
    )


def _place(locations: Any) -> tuple[str, str]:
    if not isinstance(locations, list) or not locations:
        return "", ""
    details = (locations[0] or {}).get("geonames_details") or {}
    country = str(details.get("country_code") or "").upper()
    return (country if len(country) == 2 else ""), str(details.get("name") or "")[:MAX_CITY]


def _website(links: Any) -> str:
    for link in links if isinstance(links, list) else []:
        if isinstance(link, dict) and link.get("type") == "website":
            value = str(link.get("value") or "")
            if value.startswith(("http://", "https://")) and len(value) <= MAX_WEBSITE:
                return value
    return ""


def _identifiers(ror_id: str, raw: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield "ror", ror_id
    for external in raw.get("external_ids") or []:
        scheme = EXTERNAL_SCHEMES.get(str((external or {}).get("type")))
        if scheme is None:
            continue
        values = external.get("all") or []
        preferred = external.get("preferred")
        ordered = ([preferred] if preferred else []) + [v for v in values if v != preferred]
        for value in ordered:
            if isinstance(value, str) and value.strip() and len(value) <= MAX_IDENTIFIER:
                yield scheme, value.strip()
    for domain in raw.get("domains") or []:
        if isinstance(domain, str) and domain.strip() and len(domain) <= MAX_IDENTIFIER:
            yield "domain", domain.strip().lower()


def _relations(relationships: Any) -> Iterator[tuple[str, str]]:
    for relation in relationships if isinstance(relationships, list) else []:
        if not isinstance(relation, dict):
            continue
        kind, target = str(relation.get("type") or "").lower(), relation.get("id")
        if kind in RELATION_TYPES and isinstance(target, str) and target.startswith(ROR_PREFIX):
            yield kind, target


def write_dump(records: list[dict[str, Any]], path: str | Path) -> None:
    """Write records as a dump (`.json`, `.json.gz` or `.zip`), one per line as ROR does:
    what the tests build their small registries with."""
    path = Path(path)
    text = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n"
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("v9.9-2026-01-01-ror-data_schema_v2.json", text)
    elif path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(text)
    else:
        path.write_text(text, encoding="utf-8")
