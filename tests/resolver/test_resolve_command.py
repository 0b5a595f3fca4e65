"""`accord resolve`: one string, or a JSONL batch in which a malformed line is reported with
its number and the rest still resolved; keys are ROR URLs, or accord:<id> without one."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accord.demo.factories import AllianceFactory, MembershipFactory, OrganisationFactory
from accord.registry.models import Unit
from accord.registry.services import identifier_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry() -> dict[str, int]:
    nust = OrganisationFactory.create(
        name="National University of Sciences and Technology",
        country="PK",
        names=[("NUST", "", "acronym")],
    )
    identifier_add(organisation=nust, scheme="ror", value="https://ror.org/03w2j5y17")
    lge = OrganisationFactory.create(
        name="LG Electronics", country="KR", kind="company", names=[("LGE", "", "acronym")]
    )
    alliance = AllianceFactory.create(slug="silk")
    MembershipFactory.create(alliance=alliance, organisation=nust)
    return {"nust": nust.pk, "lge": lge.pk}


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("resolve", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_one_string_as_json(registry: dict[str, int]) -> None:
    out, _ = run("NUST (Pakistan)", "--json")
    answer = json.loads(out)
    assert answer["chosen"] == "https://ror.org/03w2j5y17"
    assert answer["candidates"][0]["name"] == "National University of Sciences and Technology"
    assert json.loads(run("NUST", "--json", "--alliance", "silk")[0])["chosen"] == (
        "https://ror.org/03w2j5y17"
    )
    assert "nothing chosen" in run("Unknown Polytechnic of Nowhere")[0]


def test_a_batch_keeps_each_input_and_reports_bad_lines(
    registry: dict[str, int], tmp_path: Path
) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        '{"id": 1, "text": "LGE", "country": "KR"}\n'
        "not json at all\n"
        '{"text": 42}\n'
        "\n"
        '{"id": 4, "text": "Atlantis University"}\n',
        encoding="utf-8",
    )
    _, err = run("--batch", str(source), "--output", str(target), "--no-progress")
    assert f"{source}:2: skipped" in err and f"{source}:3: skipped" in err
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 4]
    assert rows[0]["chosen"] == f"accord:{registry['lge']}"
    assert rows[0]["candidates"][0] == {
        "id": f"accord:{registry['lge']}", "name": "LG Electronics", "score": 0.93,
        "reason": "acronym “LGE” in a country the text names",
    }  # fmt: skip
    assert rows[1]["chosen"] is None


def test_bad_arguments_say_what_is_wrong(registry: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="either TEXT or --batch"):
        run()
    with pytest.raises(CommandError, match="no such file"):
        run("--batch", str(tmp_path / "missing.jsonl"))
    with pytest.raises(CommandError, match="No alliance"):
        run("NUST", "--alliance", "nope")


def test_the_unit_the_registry_knows_is_named(registry: dict[str, int]) -> None:
    Unit.objects.create(organisation_id=registry["nust"], name="School of Electrical Engineering")
    text = "School of Electrical Engineering, NUST (Pakistan)"
    answer = json.loads(run(text, "--json")[0])
    assert (answer["chosen"], answer["unit"]) == (
        "https://ror.org/03w2j5y17",
        "School of Electrical Engineering",
    )
    assert "unit: School of Electrical Engineering" in run(text)[0]
    assert json.loads(run("School of Law, NUST (Pakistan)", "--json")[0])["unit"] is None
