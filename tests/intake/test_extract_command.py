"""`accord extract`: a file to one JSON object without writing anything, a readable summary,
a batch in which a malformed line is reported with its number and the rest still read, and
clear errors for bad input."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accord.demo.factories import OrganisationFactory
from accord.registry.models import Organisation

pytestmark = pytest.mark.django_db

NEWS = (
    "XJTU and Pusan National University sign MoU\n\n"
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Pusan National University on joint research and student exchange. The MoU was signed by "
    "XJTU President Wang Shuguo.\n"
)


@pytest.fixture
def registry() -> None:
    OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN",
                               names=[("XJTU", "", "acronym")])  # fmt: skip
    OrganisationFactory.create(name="Pusan National University", country="KR")


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("extract", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_file_as_json_writes_nothing(registry: None, tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    before = Organisation.objects.count()
    answer = json.loads(run(str(news), "--json", "--published", "2015-05-25")[0])
    assert answer["published"] == "2015-05-25"
    (agreement,) = answer["agreements"]
    assert agreement["parties"] == ["Xi'an Jiaotong University", "Pusan National University"]
    assert agreement["date"] == "2015-05-23"
    assert agreement["signatories"][0]["name"] == "Wang Shuguo"
    assert all(i["id"] and i["id"].startswith("accord:") for i in answer["institutions"])
    assert Organisation.objects.count() == before


def test_a_readable_summary(registry: None, tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    out = run(str(news), "--published", "2015-05-25")[0]
    assert out.startswith("XJTU and Pusan National University sign MoU — published 2015-05-25")
    assert "MOU, signed, 2015-05-23: Xi'an Jiaotong University; Pusan National University" in out
    assert "signed by Wang Shuguo, President, Xi'an Jiaotong University" in out
    assert "Also named" not in out  # every organisation it names is one the story is about


def test_the_summary_says_which_organisations_were_set_aside(
    registry: None, tmp_path: Path
) -> None:
    news = tmp_path / "news.txt"
    news.write_text(NEWS + "Both are ranked alongside the University of Delhi.\n", encoding="utf-8")
    out = run(str(news), "--published", "2015-05-25")[0]
    assert "Organisations (2):" in out
    assert out.rstrip().endswith("Also named, not what the story is about (1): University of Delhi")


def test_bad_input_gets_a_clear_message(registry: None, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match=r"empty\.txt"):
        run(str(empty))
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CommandError, match=r"junk\.bin"):
        run(str(binary))
    with pytest.raises(CommandError, match=r"no-such\.txt"):
        run(str(tmp_path / "no-such.txt"))
    with pytest.raises(CommandError, match="not a date"):
        run(str(empty), "--published", "23/05/2015")
    with pytest.raises(CommandError, match="either FILE or --batch"):
        run()


def test_a_batch_keeps_ids_and_reports_bad_lines(registry: None, tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": NEWS, "published": "2015-05-25"}) + "\n"
        "not json\n"
        + json.dumps({"id": "b", "text": NEWS, "published": "yesterday"})
        + "\n"
        + json.dumps({"id": "c", "text": "Nothing happened today."})
        + "\n",
        encoding="utf-8",
    )
    _, err = run("--batch", str(source), "--output", str(target), "--no-progress")
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "c"]
    assert lines[0]["agreements"][0]["date"] == "2015-05-23"
    assert lines[1]["agreements"] == []
    assert f"{source}:2: skipped" in err
    assert f"{source}:3: skipped" in err and "not a date" in err
    assert "2 items extracted, 2 skipped." in err
    # one item is one
    source.write_text(json.dumps({"id": "a", "text": NEWS}) + "\n", encoding="utf-8")
    _, err = run("--batch", str(source), "--output", str(target), "--no-progress")
    assert "1 item extracted, 0 skipped." in err


def test_a_web_page_headline_and_dateline_are_no_part_of_a_name(
    registry: None, tmp_path: Path
) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><title>Andhra University signs MoU with Survey of India</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Andhra University signs MoU with Survey of India</h1>"
        "<p>VISAKHAPATNAM: Andhra University concluded a five-year MoU with the Survey of "
        "India for collaboration on geospatial technologies and internships.</p>"
        "<p>The agreement was signed by Registrar Prof. K. Rambabu on Monday.</p>"
        "</article><footer>Privacy · Contact</footer></body></html>",
        encoding="utf-8",
    )
    answer = json.loads(run(str(page), "--json", "--published", "2021-03-02")[0])
    assert [i["name"] for i in answer["institutions"]] == ["Andhra University", "Survey of India"]
    (agreement,) = answer["agreements"]
    assert (agreement["date"], agreement["signatories"][0]["name"]) == ("2021-03-01", "K. Rambabu")
