"""The event and activity pages: what each role sees, search, filters, and their cost."""

from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accord.activities.models import Activity, Event
from accord.activities.services import activity_create, event_create
from accord.demo.loader import Demo, demo_load

pytestmark = pytest.mark.django_db

ROLES = ["admin", "xjtu", "polimi", "viewer", None]
CONFIDENTIAL = "Three-party agreement XJTU – Pusan National University – LGE"
SECRET_ACTIVITY = "Battery materials study with LGE"


@pytest.fixture
def demo() -> Demo:
    return demo_load()


@pytest.fixture
def secret_activity(demo: Demo) -> Activity:
    """An activity under the confidential three-party agreement (the demo records none)."""
    return activity_create(
        kind=Activity.Kind.JOINT_RESEARCH,
        title=SECRET_ACTIVITY,
        agreement=demo.agreements["lge"],
        starts_on=date(2016, 3, 1),
        outcome="A confidential prototype.",
    )


@pytest.fixture
def como_event(demo: Demo) -> Event:
    """An event whose title, place and city say nothing of its host."""
    return event_create(
        kind=Event.Kind.MEETING,
        title="Lakeside design workshop",
        starts_on=date(2019, 9, 12),
        city="Como",
        country="IT",
        host=demo.orgs["polimi"],
    )


def signed_in(client: Client, username: str | None) -> Client:
    """Sign in through the sign-in page, as a person does."""
    if username:
        response = client.post(
            "/accounts/login/", {"username": username, "password": "accord-demo"}
        )
        assert response.status_code == 302, f"{username} could not sign in"
    return client


def text(client: Client, path: str, params: dict[str, str] | None = None) -> str:
    response = client.get(path, params or {})
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("username", ROLES)
def test_the_lists_and_details_render_for_every_role(
    client: Client, demo: Demo, username: str | None
) -> None:
    client = signed_in(client, username)
    events = text(client, "/events/")
    assert "UANSR agreement signing ceremony" in events
    assert "Founding of the University Alliance of the Silk Road" in events
    assert "More than" not in events and "Page 1 of 1" in events

    ceremony = demo.events["ceremony"]
    page = text(client, f"/events/{ceremony.pk}/")
    assert "<h1>UANSR agreement signing ceremony</h1>" in page
    assert "2015-05-23" in page
    assert f'href="/organisations/{demo.orgs["xjtu"].pk}/"' in page  # the host
    assert f'href="/organisations/{demo.orgs["lge"].pk}/"' in page  # a participant
    assert f'href="/agreements/{demo.agreements["mous"].pk}/"' in page  # signed there

    visits = text(client, f"/events/{demo.events['visits'].pk}/")
    assert f'href="/organisations/{demo.orgs["hanyang"].pk}/"' in visits
    assert "No visits recorded." not in visits

    activities = text(client, "/activities/")
    assert "Silk Road public-health workshop (illustrative)" in activities
    workshop = Activity.objects.get(title="Silk Road public-health workshop (illustrative)")
    detail = text(client, f"/activities/{workshop.pk}/")
    assert "Not recorded under an agreement." in detail
    assert f'href="/organisations/{demo.orgs["cmu"].pk}/"' in detail

    programme = Activity.objects.get(title__startswith="Joint school of industrial design")
    detail = text(client, f"/activities/{programme.pk}/")
    assert f'href="/agreements/{demo.agreements["polimi"].pk}/"' in detail


@pytest.mark.parametrize(
    ("username", "sees_it"),
    [("admin", True), ("xjtu", True), ("polimi", False), ("viewer", False), (None, False)],
)
def test_an_activity_under_the_confidential_agreement_is_seen_only_by_who_may_see_it(
    client: Client, demo: Demo, secret_activity: Activity, username: str | None, sees_it: bool
) -> None:
    client = signed_in(client, username)
    assert (SECRET_ACTIVITY in text(client, "/activities/")) is sees_it
    assert (SECRET_ACTIVITY in text(client, "/activities/", {"q": "battery"})) is sees_it
    assert (SECRET_ACTIVITY in text(client, "/activities/", {"q": "prototype"})) is sees_it
    by_agreement = text(client, "/activities/", {"agreement": str(demo.agreements["lge"].pk)})
    assert (SECRET_ACTIVITY in by_agreement) is sees_it
    by_party = text(client, "/activities/", {"organisation": str(demo.orgs["pnu"].pk)})
    assert (SECRET_ACTIVITY in by_party) is sees_it
    detail = client.get(f"/activities/{secret_activity.pk}/")
    assert detail.status_code == (200 if sees_it else 404)
    if sees_it:
        assert CONFIDENTIAL in detail.content.decode()


@pytest.mark.parametrize(
    ("username", "sees_it"),
    [("admin", True), ("xjtu", True), ("polimi", False), ("viewer", False), (None, False)],
)
def test_the_event_page_lists_only_the_agreements_signed_there_that_the_user_may_see(
    client: Client, demo: Demo, username: str | None, sees_it: bool
) -> None:
    page = text(signed_in(client, username), f"/events/{demo.events['ceremony'].pk}/")
    assert (CONFIDENTIAL in page) is sees_it
    assert (f'href="/agreements/{demo.agreements["lge"].pk}/"' in page) is sees_it
    assert "17 MOUs between XJTU and UANSR membership universities" in page


def test_an_event_is_found_by_its_city_and_by_any_name_of_its_host(
    client: Client, como_event: Event
) -> None:
    for q in ("Como", "como", "Politecnico", "Polytechnic University of Milan", "Lakeside"):
        page = text(client, "/events/", {"q": q})
        assert "Lakeside design workshop" in page, q
        assert "UANSR agreement signing ceremony" not in page, q
        assert "1 event<" in page, q
    by_city = text(client, "/events/", {"q": "Xi'an"})
    assert "UANSR agreement signing ceremony" in by_city
    assert "Lakeside design workshop" not in by_city
    assert "No event matches" in text(client, "/events/", {"q": "Atlantis"})


def test_the_lists_filter_by_kind_and_year(client: Client, demo: Demo, como_event: Event) -> None:
    meetings = text(client, "/events/", {"kind": "meeting"})
    assert "Lakeside design workshop" in meetings
    assert "UANSR agreement signing ceremony" not in meetings
    in_2015 = text(client, "/events/", {"year": "2015"})
    assert "UANSR agreement signing ceremony" in in_2015
    assert "Lakeside design workshop" not in in_2015
    workshops = text(client, "/activities/", {"kind": "workshop"})
    assert "Silk Road public-health workshop (illustrative)" in workshops
    assert "Joint school of industrial design" not in workshops


def test_bad_query_parameters_fall_back_instead_of_failing(client: Client, demo: Demo) -> None:
    expected = {
        "/events/": "UANSR agreement signing ceremony",
        "/activities/": "Silk Road public-health workshop (illustrative)",
    }
    for path in expected:
        for params in (
            {"page": "x"},
            {"page": "-3"},
            {"page": "99999"},
            {"size": "0"},
            {"size": "lots"},
            {"year": "abc"},
            {"year": "99999"},
            {"year": "-1"},
            {"kind": "nonsense"},
            {"agreement": "x"},
            {"organisation": "drop table"},
            {"agreement": "99999999999999999999999"},
            {"organisation": "99999999999999999999999"},
            {"page": "99999999999999999999999"},
        ):
            page = text(client, path, params)
            assert expected[path] in page, (path, params)  # the whole list, page 1
            assert "Page 1 of 1" in page, (path, params)
    missing = ("/events/999999/", "/activities/999999/", "/events/x/", "/activities/0/")
    for path in (*missing, "/events/99999999999999999999999/"):
        assert client.get(path).status_code == 404, path


def test_the_lists_take_a_fixed_number_of_queries_whatever_the_page_size(
    client: Client, demo: Demo
) -> None:
    for n in range(30):
        event_create(
            kind=Event.Kind.MEETING,
            title=f"Meeting {n}",
            starts_on=date(2020, 1, 1 + n % 28),
            host=demo.orgs["polimi"],
        )
        activity_create(
            kind=Activity.Kind.STAFF_MOBILITY,
            title=f"Staff week {n}",
            starts_on=date(2020, 2, 1 + n % 28),
            agreement=demo.agreements["polimi"] if n % 2 else None,
            organisations=[demo.orgs["xjtu"], demo.orgs["polimi"]],
        )
    for username in ("xjtu", None):
        client = signed_in(Client(), username)
        for path in ("/events/", "/activities/"):
            client.get(path)  # the day's first read refreshes statuses; count the ones after
            counts = []
            for size in (5, 40):
                with CaptureQueriesContext(connection) as queries:
                    page = text(client, path, {"size": str(size)})
                counts.append(len(queries))
                assert page.count("<tr><td colspan") == 0
            assert counts[0] == counts[1], (username, path, counts)
        # a detail page too: four agreements signed at the ceremony, none at the visits
        counts = []
        for event in (demo.events["ceremony"], demo.events["visits"]):
            with CaptureQueriesContext(connection) as queries:
                text(client, f"/events/{event.pk}/")
            counts.append(len(queries))
        assert counts[0] == counts[1], (username, counts)


@pytest.mark.parametrize(("username", "sees_it"), [("xjtu", True), ("polimi", False)])
def test_a_filter_change_from_htmx_gets_only_the_results(
    client: Client, demo: Demo, secret_activity: Activity, username: str, sees_it: bool
) -> None:
    client = signed_in(client, username)
    headers = {"HX-Request": "true", "HX-Target": "results"}
    events = client.get("/events/", {"kind": "signing_ceremony"}, headers=headers)
    body = events.content.decode()
    assert "<html" not in body and "<table>" in body and "HX-Request" in events["Vary"]
    assert "UANSR agreement signing ceremony" in body and "1 event<" in body
    activities = client.get("/activities/", {"kind": "joint_research"}, headers=headers)
    body = activities.content.decode()
    assert "<html" not in body and "<table>" in body and "HX-Request" in activities["Vary"]
    assert (SECRET_ACTIVITY in body) is sees_it
    restore = {**headers, "HX-History-Restore-Request": "true"}
    assert "<html" in client.get("/activities/", headers=restore).content.decode()


def test_a_long_list_says_more_than_and_still_pages_forward(
    client: Client, demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accord.activities.selectors

    monkeypatch.setattr(accord.activities.selectors, "COUNT_LIMIT", 2)
    events = text(client, "/events/", {"size": "1"})
    assert "More than 2 events" in events and 'rel="next"' in events
    activities = text(client, "/activities/", {"size": "1"})
    assert "More than 2 activities" in activities and 'rel="next"' in activities
    second = text(client, "/events/", {"size": "1", "page": "2"})
    assert 'rel="prev"' in second and "Page 2</span>" in second
    exact = text(client, "/events/", {"size": "1", "kind": "launch"})
    assert "1 event<" in exact and "Page 1 of 1" in exact
