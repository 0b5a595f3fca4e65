"""`accord import_ror`: a ROR v2 dump becomes organisations with every name, identifier and
relation; a newer dump updates what ROR changed and leaves what Accord changed alone; a bad
record is reported and skipped, the rest still imported."""

import copy
import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accord.demo.factories import OrganisationFactory
from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation, RorRecord
from accord.registry.ror import DumpError, write_dump
from accord.registry.ror_import import ror_import
from accord.registry.services import identifier_add, organisation_update

pytestmark = pytest.mark.django_db

NUST = "https://ror.org/03w2j5y17"
POLIMI = "https://ror.org/01nffqt88"
OLD_POLIMI = "https://ror.org/000000000"


def record(ror_id: str, display: str, **extra: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "admin": {"created": {"date": "2020-01-01"}, "last_modified": {"date": "2024-01-01"}},
        "domains": [],
        "established": 1991,
        "external_ids": [],
        "id": ror_id,
        "links": [{"type": "website", "value": "https://example.edu"}],
        "locations": [
            {"geonames_details": {"country_code": "PK", "name": "Islamabad"}, "geonames_id": 1}
        ],
        "names": [{"lang": "en", "types": ["ror_display", "label"], "value": display}],
        "relationships": [],
        "status": "active",
        "types": ["education"],
    }
    raw.update(extra)
    return raw


def dump() -> list[dict[str, Any]]:
    nust = record(
        NUST,
        "National University of Sciences and Technology",
        names=[
            {"lang": "en", "types": ["ror_display", "label"],
             "value": "National University of Sciences and Technology"},
            {"lang": None, "types": ["acronym"], "value": "NUST"},
            {"lang": "ur", "types": ["label"], "value": "قومی جامعہ برائے علوم و ٹیکنالوجی"},
        ],
        external_ids=[
            {"type": "grid", "all": ["grid.412117.0"], "preferred": "grid.412117.0"},
            {"type": "isni", "all": ["0000 0001 2234 2376"], "preferred": None},
        ],
        domains=["nust.edu.pk"],
    )  # fmt: skip
    polimi = record(
        POLIMI,
        "Politecnico di Milano",
        locations=[{"geonames_details": {"country_code": "IT", "name": "Milan"}}],
        relationships=[{"type": "predecessor", "id": OLD_POLIMI, "label": "Old"}],
    )
    old = record(
        OLD_POLIMI,
        "Politecnico di Milano (old record)",
        status="withdrawn",
        relationships=[{"type": "successor", "id": POLIMI, "label": "Politecnico di Milano"}],
    )
    return [nust, polimi, old]


def imported(tmp_path: Path, records: list[Any], name: str = "dump.json") -> Any:
    path = tmp_path / name
    write_dump(records, path)
    return ror_import(path)


@pytest.mark.parametrize("name", ["dump.json", "dump.json.gz", "ror-data.zip"])
def test_a_dump_becomes_organisations_with_names_identifiers_and_relations(
    tmp_path: Path, name: str
) -> None:
    summary = imported(tmp_path, dump(), name)
    assert (summary.created, summary.skipped) == (3, [])
    nust = Organisation.objects.get(identifiers__value=NUST)
    assert (nust.name, nust.kind, nust.country, nust.city, nust.established) == (
        "National University of Sciences and Technology", "university", "PK", "Islamabad", 1991
    )  # fmt: skip
    names = set(nust.names.values_list("value", "language", "type"))
    assert ("NUST", "", "acronym") in names
    assert ("قومی جامعہ برائے علوم و ٹیکنالوجی", "ur", "label") in names
    assert set(nust.identifiers.values_list("scheme", "value")) == {
        ("ror", NUST), ("grid", "grid.412117.0"), ("isni", "0000000122342376"),
        ("domain", "nust.edu.pk"),
    }  # fmt: skip
    old = Organisation.objects.get(identifiers__value=OLD_POLIMI)
    assert old.status == "withdrawn"
    assert OrgRelation.objects.filter(source=old, type="successor", target__name__startswith="Poli")
    assert nust.names.get(value="NUST").folded == "nust"  # searchable like any name
    assert nust.history.first().history_change_reason == "ROR import"


def test_importing_the_same_dump_again_changes_nothing(tmp_path: Path) -> None:
    imported(tmp_path, dump())
    counts = (Organisation.objects.count(), OrgName.objects.count(), Identifier.objects.count())
    again = imported(tmp_path, dump())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert counts == (
        Organisation.objects.count(), OrgName.objects.count(), Identifier.objects.count()
    )  # fmt: skip


def test_a_newer_dump_updates_what_ror_changed_but_not_what_accord_changed(tmp_path: Path) -> None:
    imported(tmp_path, dump())
    polimi = Organisation.objects.get(identifiers__value=POLIMI)
    organisation_update(organisation=polimi, city="Milano")  # an officer's correction
    newer = copy.deepcopy(dump())
    newer[0]["locations"][0]["geonames_details"]["name"] = "Rawalpindi"  # ROR moved NUST
    newer[0]["names"].append({"lang": None, "types": ["alias"], "value": "NUST Islamabad"})
    newer[1]["established"] = 1863  # ROR changed PoliMi too
    summary = imported(tmp_path, newer)
    assert (summary.updated, summary.kept_local, summary.unchanged) == (1, 1, 1)
    nust = Organisation.objects.get(identifiers__value=NUST)
    assert nust.city == "Rawalpindi"
    assert nust.names.filter(value="NUST Islamabad").exists()  # names are added either way
    polimi.refresh_from_db()
    assert (polimi.city, polimi.established) == ("Milano", 1991)  # Accord's values stay


def test_an_organisation_made_in_accord_with_the_ror_id_is_linked_not_duplicated(
    tmp_path: Path,
) -> None:
    ours = OrganisationFactory.create(name="NUST Pakistan", country="PK", city="Islamabad")
    identifier_add(organisation=ours, scheme="ror", value=NUST)
    summary = imported(tmp_path, dump())
    assert (summary.linked, summary.created) == (1, 2)
    ours.refresh_from_db()
    assert ours.name == "NUST Pakistan"  # its own fields stay
    assert ours.names.filter(value="NUST", type="acronym").exists()
    assert RorRecord.objects.get(ror_id=NUST).organisation == ours
    newer = copy.deepcopy(dump())
    newer[0]["established"] = 1990
    assert imported(tmp_path, newer).kept_local == 1  # made in Accord: never overwritten


def test_a_malformed_record_is_reported_and_skipped_and_the_rest_imported(tmp_path: Path) -> None:
    records: list[Any] = dump()
    records.insert(1, {"id": "https://ror.org/0bad", "names": []})
    records.insert(2, record("https://ror.org/05abcde12", "No status", status="closed"))
    records.insert(3, "not an object")
    summary = imported(tmp_path, records)
    assert summary.created == 3
    assert [position for position, _ in summary.skipped] == [2, 3, 4]
    assert "no valid ROR id" in summary.skipped[0][1]
    assert "unknown status 'closed'" in summary.skipped[1][1]


def test_an_unreadable_dump_says_where_and_keeps_what_was_there(tmp_path: Path) -> None:
    imported(tmp_path, dump())
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": "https://ror.org/05abcde12", "names": [', encoding="utf-8")
    with pytest.raises(DumpError, match=r"broken\.json: not valid JSON"):
        ror_import(broken)
    assert Organisation.objects.count() == 3
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_ror", str(tmp_path / "missing.json"), "--no-progress")


def test_the_command_prints_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "dump.json.gz"
    write_dump(dump(), path)
    out, err = io.StringIO(), io.StringIO()
    call_command("import_ror", str(path), "--no-progress", stdout=out, stderr=err)
    assert "created           3" in out.getvalue()
    assert "relations added 2" in out.getvalue()


def test_imported_organisations_stay_out_of_the_list_until_something_refers_to_them(
    tmp_path: Path, client: Any
) -> None:
    from accord.demo.factories import AgreementFactory

    imported(tmp_path, dump())
    ours = OrganisationFactory.create(name="Member University")
    listed = client.get("/organisations/").content.decode()
    assert "Member University" in listed and "Politecnico di Milano" not in listed
    assert "Politecnico di Milano" in client.get("/organisations/?registry=1").content.decode()
    assert "Politecnico di Milano" in client.get("/organisations/?q=politecnico").content.decode()
    polimi = Organisation.objects.get(identifiers__value=POLIMI)
    AgreementFactory.create(parties=[polimi, ours])  # now a party: in use for good
    polimi.refresh_from_db()
    assert not polimi.registry_only
    assert "Politecnico di Milano" in client.get("/organisations/").content.decode()
