"""The first pages: dashboard, agreements, alliances, organisations — and what each role sees."""

import csv
import html
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accord.demo.factories import AgreementFactory
from accord.demo.loader import Demo, demo_load
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db

CONFIDENTIAL = "Three-party agreement XJTU – Pusan National University – LGE"


@pytest.fixture
def demo() -> Demo:
    return demo_load()


def signed_in(client: Client, username: str | None) -> Client:
    if username:
        sign_in(client, username)
    return client


@pytest.mark.parametrize(
    ("username", "sees_it"),
    [("admin", True), ("xjtu", True), ("polimi", False), ("viewer", False), (None, False)],
)
def test_the_confidential_three_party_agreement_is_seen_only_by_its_party_and_the_admin(
    client: Client, demo: Demo, username: str | None, sees_it: bool
) -> None:
    client = signed_in(client, username)
    listing = client.get("/agreements/").content.decode()
    assert (CONFIDENTIAL in listing) is sees_it
    search = client.get("/agreements/", {"q": "LGE"}).content.decode()
    assert (CONFIDENTIAL in search) is sees_it
    detail = client.get(f"/agreements/{demo.agreements['lge'].pk}/")
    assert detail.status_code == (200 if sees_it else 404)
    on_party_page = client.get(f"/organisations/{demo.orgs['pnu'].pk}/").content.decode()
    assert (CONFIDENTIAL in on_party_page) is sees_it
    exported = client.get("/agreements/export.csv", {"q": "Pusan"})
    assert (CONFIDENTIAL in exported.getvalue().decode()) is sees_it
    dashboard = client.get("/").content.decode()  # it is dormant: listed there
    assert (CONFIDENTIAL in dashboard) is sees_it


def test_an_alliance_agreement_is_seen_by_members_but_not_the_public(
    client: Client, demo: Demo
) -> None:
    title = "UANSR council agreement on shared course credits"
    assert title not in client.get("/agreements/").content.decode()
    assert title in signed_in(client, "polimi").get("/agreements/").content.decode()


def test_dashboard_counts_link_to_the_filtered_list(client: Client, demo: Demo) -> None:
    page = signed_in(client, "admin").get("/").content.decode()
    assert 'href="/agreements/?status=dormant"' in page
    assert "Next expiries" in page and "Student exchange agreement XJTU" in page
    dormant = client.get("/agreements/", {"status": "dormant"}).content.decode()
    assert "17 MOUs between XJTU and UANSR membership universities" in dormant
    assert "Politecnico di Milano: joint school" not in dormant


def test_the_alliance_page_lists_members_and_exports_them(client: Client, demo: Demo) -> None:
    page = client.get("/alliances/uansr/").content.decode()
    assert "Politecnico di Milano" in page and "Pakistan" in page
    assert "UANSR sub-alliance of the XJTU School of Management" in page
    response = client.get("/alliances/uansr/members.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "organisation",
        "country",
        "country_name",
        "city",
        "kind",
        "role",
        "joined_on",
        "left_on",
    ]
    assert len(rows) == 1 + 15
    assert [
        "Xi'an Jiaotong University",
        "CN",
        "China",
        "Xi'an",
        "university",
        "secretariat",
        "2015-05-22",
        "",
    ] in rows


def test_organisations_are_found_by_a_name_in_another_language(client: Client, demo: Demo) -> None:
    page = client.get("/organisations/", {"q": "西安交通大学"}).content.decode()
    assert "Xi&#x27;an Jiaotong University" in page
    assert "1 organisation" in page


def test_the_agreement_page_shows_the_aggregate_note_signatories_and_history(
    client: Client, demo: Demo
) -> None:
    page = client.get(f"/agreements/{demo.agreements['mous'].pk}/").content.decode()
    assert "stands for 17 signed documents" in page
    assert "Wang Shuguo, President" in page
    assert "History" in page


def test_bad_query_parameters_fall_back_instead_of_failing(client: Client, demo: Demo) -> None:
    for params in (
        {"page": "x"},
        {"page": "-3"},
        {"page": "99999"},
        {"page": "99999999999999999999999"},
        {"page": "999999999", "size": "200"},
        {"size": "99999999999999999999"},
        {"status": "nonsense"},
        {"sort": "drop table"},
    ):
        assert client.get("/agreements/", params).status_code == 200
    assert client.get("/organisations/999999/").status_code == 404


def test_the_list_takes_a_fixed_number_of_queries_whatever_the_page_size(
    client: Client, demo: Demo
) -> None:
    for _ in range(30):
        AgreementFactory.create()
    client.get("/agreements/")  # the day's first read refreshes statuses; count the ones after
    counts = []
    for size in (5, 40):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/agreements/", {"size": size}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_interface_speaks_simplified_chinese(client: Client, demo: Demo) -> None:
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get("/").content.decode()
    assert 'lang="zh-hans"' in page
    assert "仪表板" in page


def test_form_labels_speak_simplified_chinese_too(client: Client, demo: Demo) -> None:
    """Labels and help texts marked `_lazy(...)` reach the catalogue (accord makemessages)."""
    sign_in(client, "xjtu")
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    form = html.unescape(client.get("/agreements/new/").content.decode())
    for english in ("Renews automatically", "Confidentiality", "Signatory", "In force until"):
        assert english not in form, english


def test_the_public_does_not_see_drafts(client: Client, demo: Demo) -> None:
    draft = "Draft MOU XJTU – SKEMA Business School"
    assert draft not in client.get("/agreements/").content.decode()
    assert draft in signed_in(client, "viewer").get("/agreements/").content.decode()


@pytest.mark.parametrize("username", ["admin", "xjtu", "polimi", "viewer", None])
def test_dashboard_counts_equal_what_the_role_may_list(
    client: Client, demo: Demo, username: str | None
) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    from accord.agreements.selectors import agreement_counts_by_status, agreements_visible_to

    user = get_user_model().objects.get(username=username) if username else AnonymousUser()
    counted = agreement_counts_by_status(user=user)
    listed = agreement_counts_by_status(queryset=agreements_visible_to(user))
    assert counted == listed
    assert (counted["dormant"] == 3) is (username in ("admin", "xjtu"))  # the confidential LGE one


def test_a_long_list_says_more_than_and_still_pages_forward(
    client: Client, demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accord.agreements.selectors

    monkeypatch.setattr(accord.agreements.selectors, "COUNT_LIMIT", 4)
    signed_in(client, "admin")
    first = client.get("/agreements/", {"size": 2}).content.decode()
    assert "More than 4 agreements" in first and "Page 1</span>" in first
    assert 'rel="next"' in first
    exact = client.get("/agreements/", {"size": "2", "q": "LGE"}).content.decode()
    assert "1 agreement" in exact and "Page 1 of 1" in exact
