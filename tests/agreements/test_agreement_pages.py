"""The agreements list as an officer uses it: every filter, sorting, htmx fragments and a CSV
export of exactly the current view, each obeying confidentiality."""

import csv
import html
import io

import pytest
from django.test import Client

from accord.agreements.models import Agreement
from accord.agreements.selectors import agreement_status
from accord.demo.loader import Demo, demo_load
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db

CONFIDENTIAL = "Three-party agreement XJTU – Pusan National University – LGE"


@pytest.fixture
def demo() -> Demo:
    return demo_load()


def exported(client: Client, **params: str) -> list[dict[str, str]]:
    response = client.get("/agreements/export.csv", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")  # type: ignore[attr-defined]
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def listed(client: Client, **params: str) -> str:
    response = client.get("/agreements/", params)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_each_filter_narrows_the_list(client: Client, demo: Demo) -> None:
    sign_in(client, "admin")
    polimi, lge = demo.agreements["polimi"], demo.agreements["lge"]
    assert polimi.signed_on is not None
    by_party = listed(client, party=str(demo.orgs["pnu"].pk))
    assert CONFIDENTIAL in by_party and polimi.title not in by_party
    by_year = listed(client, year=str(polimi.signed_on.year))
    assert polimi.title in by_year
    assert demo.agreements["expired"].title not in by_year
    confidential = listed(client, confidentiality="parties")
    assert CONFIDENTIAL in confidential and polimi.title not in confidential
    alliance_id = str(demo.alliances["uansr"].pk)
    in_alliance = {a.title for a in Agreement.objects.filter(alliance_id=alliance_id)}
    page = listed(client, alliance=alliance_id, size="200")
    assert in_alliance and all(title in page for title in in_alliance)
    assert (CONFIDENTIAL in page) is (lge.alliance_id == demo.alliances["uansr"].pk)


def test_the_export_is_the_whole_current_view_not_one_page(client: Client, demo: Demo) -> None:
    sign_in(client, "admin")
    everything = exported(client)
    assert len(everything) == Agreement.objects.count()
    first_page = exported(client, size="2", page="2")  # paging does not cut the export
    assert len(first_page) == len(everything)
    newest_first = [r["signed_on"] for r in everything if r["signed_on"]]
    assert newest_first == sorted(newest_first, reverse=True)
    by_title = [r["title"] for r in exported(client, sort="title")]
    assert by_title == sorted(by_title)
    in_force = exported(client, status="in_force", country="IT")
    assert in_force and all(r["status"] == "in_force" for r in in_force)
    assert all("IT" in r["party_countries"].split() for r in in_force)
    lge = next(r for r in everything if r["title"] == CONFIDENTIAL)
    assert "LG Electronics" in lge["parties"] or "LGE" in lge["parties"]
    assert lge["url"].endswith(f"/agreements/{demo.agreements['lge'].pk}/")


@pytest.mark.parametrize(
    ("username", "sees_it"),
    [("admin", True), ("xjtu", True), ("polimi", False), ("viewer", False), (None, False)],
)
def test_the_export_obeys_confidentiality(
    client: Client, demo: Demo, username: str | None, sees_it: bool
) -> None:
    if username:
        sign_in(client, username)
    titles = {r["title"] for r in exported(client)}
    assert (CONFIDENTIAL in titles) is sees_it
    assert (CONFIDENTIAL in {r["title"] for r in exported(client, q="LGE")}) is sees_it


def test_a_filter_change_from_htmx_gets_only_the_results(client: Client, demo: Demo) -> None:
    headers = {"HX-Request": "true", "HX-Target": "results"}
    fragment = client.get("/agreements/", {"status": "in_force"}, headers=headers)
    body = fragment.content.decode()
    assert "<html" not in body and "<table>" in body
    assert "HX-Request" in fragment["Vary"]
    restore = {"HX-Request": "true", "HX-History-Restore-Request": "true", "HX-Target": "results"}
    assert "<html" in client.get("/agreements/", headers=restore).content.decode()
    assert "<html" in listed(client)


def test_sorting_links_flip_the_direction_and_say_which_is_active(
    client: Client, demo: Demo
) -> None:
    page = listed(client, sort="title")
    assert 'aria-sort="ascending"' in page and "sort=-title" in page
    assert "sort=signed" in listed(client)  # newest first by default; the link flips it


def test_nonsense_filters_are_ignored(client: Client, demo: Demo) -> None:
    for params in (
        {"year": "abc"},
        {"year": "99999"},
        {"party": "x"},
        {"alliance": "-1"},
        {"confidentiality": "secret"},
        {"kind": "<script>"},
        {"country": '" OR 1=1'},
    ):
        assert client.get("/agreements/", params).status_code == 200
        assert client.get("/agreements/export.csv", params).status_code == 200


def test_an_organisations_counts_link_to_its_own_agreements(client: Client, demo: Demo) -> None:
    sign_in(client, "admin")
    pnu, status = demo.orgs["pnu"], agreement_status(demo.agreements["lge"])
    page = client.get(f"/organisations/{pnu.pk}/").content.decode()
    assert f"?party={pnu.pk}&amp;status={status}" in page
    assert CONFIDENTIAL in listed(client, party=str(pnu.pk), status=status)
