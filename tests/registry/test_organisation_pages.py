"""The organisations list (search in any language with accents ignored, filters, sorting, htmx
results) and an organisation's page (its parts, its agreements by status, activities,
events, counterpart pairs and timeline), each obeying confidentiality."""

import html
import importlib
from datetime import date, timedelta
from typing import Any

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accord.activities.models import EventParticipant
from accord.agreements.models import Agreement
from accord.agreements.services import agreement_terminate
from accord.alliances.services import counterpart_create, membership_end
from accord.core.text import fold
from accord.demo.factories import (
    ActivityFactory,
    AgreementFactory,
    AllianceFactory,
    ContactFactory,
    EventFactory,
    MembershipFactory,
    OrganisationFactory,
    UnitFactory,
)
from accord.registry.models import Organisation, OrgName
from accord.registry.selectors import TIMELINE_LENGTH
from accord.registry.services import (
    identifier_add,
    organisation_create,
    organisation_update,
    orgname_update,
)
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

LIST = "/organisations/"
PASSWORD = "accord-test"  # the personas' password (UserFactory)
TODAY = date.today()


def listed(client: Client, **params: str) -> list[str]:
    """The names the list shows, in its order."""
    response = client.get(LIST, params)
    assert response.status_code == 200
    return [o.name for o in response.context["page"].items]


def page_of(client: Client, organisation: Organisation) -> Any:
    response = client.get(f"/organisations/{organisation.pk}/")
    assert response.status_code == 200
    return response


def text(response: Any) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def named(db: None) -> dict[str, Organisation]:
    """Organisations with names in several languages and scripts."""
    return {
        "ulb": organisation_create(
            name="Université libre de Bruxelles",
            country="BE",
            names=[("ULB", "", OrgName.Type.ACRONYM)],
        ),
        "polimi": organisation_create(
            name="Politecnico di Milano",
            country="IT",
            names=[("Polytechnic University of Milan", "en", OrgName.Type.LABEL)],
        ),
        "xjtu": organisation_create(
            name="Xi'an Jiaotong University",
            country="CN",
            names=[
                ("XJTU", "", OrgName.Type.ACRONYM),
                ("西安交通大学", "zh", OrgName.Type.LABEL),
            ],
        ),
        "lund": organisation_create(name="Lunds universitet", country="SE"),
    }


# Search


def test_fold_drops_accents_case_and_punctuation_and_keeps_other_scripts() -> None:
    assert fold("  Université Libre, de-Bruxelles ") == "universite libre de bruxelles"
    assert fold("Xi'an ÅBO Akademi — Łódź") == "xian abo akademi lodz"
    assert fold("ＸＪＴＵ") == "xjtu"  # full-width letters
    assert fold("西安交通大学") == "西安交通大学"
    assert fold(fold("Straße Œuvre")) == fold("Straße Œuvre") == "strasse oeuvre"


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("Universite libre", "ulb"),
        ("UNIVERSITÉ bruxelles", "ulb"),
        ("universite-libre", "ulb"),
        ("politecnico milano", "polimi"),
        ("milano politecnico", "polimi"),
        ("polytechnic milan", "polimi"),
        ("XJTU", "xjtu"),
        ("xjtu", "xjtu"),
        ("交通大学", "xjtu"),
        ("xian jiaotong", "xjtu"),
        ("xi'an", "xjtu"),
        ("ulb", "ulb"),
    ],
)
def test_search_finds_any_name_in_any_language_ignoring_accents(
    client: Client, named: dict[str, Organisation], q: str, found: str
) -> None:
    assert listed(client, q=q) == [named[found].name]


def test_every_word_must_match_but_each_may_be_in_another_name(
    client: Client, named: dict[str, Organisation]
) -> None:
    assert listed(client, q="XJTU jiaotong") == [named["xjtu"].name]  # acronym + name
    assert listed(client, q="politecnico bruxelles") == []
    assert listed(client, q="   ") == sorted(o.name for o in named.values())


def test_the_folded_key_follows_a_name_edited_through_the_services(
    client: Client, named: dict[str, Organisation]
) -> None:
    lund = named["lund"]
    name = lund.names.get(value="Lunds universitet")
    orgname_update(name=name, value="Lunds Universität  Schweden")
    name.refresh_from_db()
    assert name.folded == "lunds universitat schweden"
    assert listed(client, q="universitat") == [lund.name]
    assert listed(client, q="universitet") == []
    # a rename keeps the old name as a former name, and both are found
    organisation_update(organisation=lund, name="Lund Universitét")
    assert OrgName.objects.get(organisation=lund, value="Lund Universitét").folded == (
        "lund universitet"
    )
    assert listed(client, q="lund universitet") == ["Lund Universitét"]


def test_the_migration_fills_the_key_of_names_written_before_it(
    named: dict[str, Organisation],
) -> None:
    OrgName.objects.update(folded="")  # as the rows were before the column existed
    migration = importlib.import_module("accord.registry.migrations.0002_orgname_folded")
    migration.fill_folded(apps, connection.schema_editor())
    assert OrgName.objects.filter(folded="").count() == 0
    assert OrgName.objects.get(value="Université libre de Bruxelles").folded == (
        "universite libre de bruxelles"
    )


def test_suggestions_ignore_accents_and_keep_exact_names_first(db: None) -> None:
    inside = organisation_create(name="Université de Genève")
    exact = organisation_create(name="Zeta Institute", names=[("Geneve", "", "alias")])
    prefix = organisation_create(name="Genève School of Business")
    from accord.registry.selectors import organisation_suggest

    assert organisation_suggest(q="GENEVE") == [exact, prefix, inside]


# Filters and sorting


@pytest.fixture
def registry(personas: Personas) -> dict[str, Organisation]:
    """The personas' two universities plus a company and a former member; agreements of
    each kind of status."""
    alliance = personas.member.memberships.get().alliance
    former = OrganisationFactory.create(name="Former Member College", country="IT")
    MembershipFactory.create(alliance=alliance, organisation=former, joined_on=date(2010, 1, 1))
    membership_end(membership=former.memberships.get(), left_on=date(2020, 1, 1))
    company = OrganisationFactory.create(
        name="Acme Robotics", country="DE", kind=Organisation.Kind.COMPANY
    )
    lapsed = OrganisationFactory.create(name="Lapsed Institute", country="FR")
    drafting = OrganisationFactory.create(name="Drafting Academy", country="ES")
    secret = OrganisationFactory.create(name="Secret Partner University", country="JP")
    AgreementFactory.create(parties=[personas.member, company])  # in force
    AgreementFactory.create(
        parties=[lapsed, former],
        signed_on=TODAY - timedelta(days=3000),
        in_force_until=TODAY - timedelta(days=30),
    )  # expired
    AgreementFactory.create(parties=[drafting, former], state=Agreement.State.DRAFT, signed_on=None)
    AgreementFactory.create(
        parties=[secret, personas.member], confidentiality=Agreement.Confidentiality.PARTIES
    )
    return {
        "member": personas.member,
        "other": personas.other,
        "former": former,
        "company": company,
        "lapsed": lapsed,
        "drafting": drafting,
        "secret": secret,
    }


def test_kind_and_country_filters(client: Client, registry: dict[str, Organisation]) -> None:
    assert listed(client, kind="company") == ["Acme Robotics"]
    assert listed(client, country="it") == ["Former Member College", "Member University"]
    assert listed(client, country="IT", kind="company") == []
    assert listed(client, kind="no-such-kind") == listed(client)  # nonsense is ignored


def test_alliance_filter_lists_current_members_only(
    client: Client, registry: dict[str, Organisation]
) -> None:
    assert listed(client, alliance="test") == ["Member University"]
    assert listed(client, alliance="no-such-alliance") == []


def test_in_force_filter_needs_an_agreement_in_force_the_user_may_see(
    client: Client, registry: dict[str, Organisation], personas: Personas
) -> None:
    public_in_force = ["Acme Robotics", "Member University"]
    assert listed(client, in_force="1") == public_in_force
    # the confidential agreement in force is seen by its parties and the secretariat only
    sign_in(client, "outsider", PASSWORD)
    assert listed(client, in_force="1") == public_in_force
    sign_in(client, "officer", PASSWORD)
    assert listed(client, in_force="1") == [*public_in_force, "Secret Partner University"]
    sign_in(client, "sec", PASSWORD)
    assert listed(client, in_force="1") == [*public_in_force, "Secret Partner University"]
    # expiring and dormant agreements are still in force
    AgreementFactory.create(
        parties=[registry["lapsed"], registry["drafting"]],
        in_force_until=TODAY + timedelta(days=30),
    )
    assert "Lapsed Institute" in listed(client, in_force="1")


def test_sorting_by_name_country_and_kind_both_ways(
    client: Client, registry: dict[str, Organisation]
) -> None:
    by_name = listed(client)
    assert by_name == sorted(by_name) and len(by_name) == 7
    assert listed(client, sort="-name") == by_name[::-1]
    countries = [o.country for o in Organisation.objects.order_by("country", "name")]
    assert [
        Organisation.objects.get(name=n).country for n in listed(client, sort="country")
    ] == countries
    assert listed(client, sort="-country")[0] == "Secret Partner University"  # JP
    assert listed(client, sort="-country") == listed(client, sort="country")[::-1]
    assert listed(client, sort="kind")[0] == "Acme Robotics"  # company before university
    assert listed(client, sort="-kind")[-1] == "Acme Robotics"
    assert listed(client, sort="nonsense") == by_name


def test_sort_links_flip_the_direction_say_which_is_active_and_keep_the_filters(
    client: Client, registry: dict[str, Organisation]
) -> None:
    page = text(client.get(LIST, {"sort": "country", "kind": "university"}))
    assert 'aria-sort="ascending"' in page
    assert "sort=-country" in page and "kind=university" in page
    assert 'aria-sort="descending"' in text(client.get(LIST, {"sort": "-name"}))


def test_pages_keep_the_filters_in_their_links(
    client: Client, registry: dict[str, Organisation]
) -> None:
    first = client.get(LIST, {"country": "it", "size": "1"})
    assert [o.name for o in first.context["page"].items] == ["Former Member College"]
    assert "country=IT" in text(first) or "country=it" in text(first)
    assert "page=2" in text(first)
    second = listed(client, country="it", size="1", page="2")
    assert second == ["Member University"]


def test_a_filter_change_from_htmx_gets_only_the_results(
    client: Client, registry: dict[str, Organisation]
) -> None:
    headers = {"HX-Request": "true", "HX-Target": "results"}
    fragment = client.get(LIST, {"kind": "company"}, headers=headers)
    body = fragment.content.decode()
    assert "<html" not in body and "<table>" in body and 'class="filters"' not in body
    assert "Acme Robotics" in body and "Member University" not in body
    assert "HX-Request" in fragment["Vary"]
    whole = client.get(LIST, {"kind": "company"})
    assert "<html" in whole.content.decode() and "HX-Request" in whole["Vary"]
    restore = {**headers, "HX-History-Restore-Request": "true"}
    assert "<html" in client.get(LIST, headers=restore).content.decode()


def test_the_list_takes_a_fixed_number_of_queries(
    client: Client, registry: dict[str, Organisation]
) -> None:
    client.get(LIST, {"in_force": "1"})  # the first read of a day checks the statuses once
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            client.get(LIST, {"in_force": "1", "q": "university"})
        counts.append(len(queries))
        OrganisationFactory.create_batch(5, name="More University")
    assert counts[0] == counts[1] <= 3


# The organisation's page


@pytest.fixture
def hub(personas: Personas) -> dict[str, Any]:
    """The member university with a bit of everything."""
    member = personas.member
    alliance = member.memberships.get().alliance
    identifier_add(organisation=member, scheme="ror", value="https://ror.org/017zhmm22")
    host = OrganisationFactory.create(name="Host University", country="CN")
    school = UnitFactory.create(organisation=host, name="School of Energy")
    own_unit = UnitFactory.create(organisation=member, name="Department of Physics")
    MembershipFactory.create(alliance=alliance, organisation=host)
    partner = OrganisationFactory.create(name="Partner University", country="KR")
    MembershipFactory.create(alliance=alliance, organisation=partner)
    liaison = ContactFactory.create(organisation=member, name="Ada Liaison")
    counterpart_create(alliance=alliance, organisation=member, host_unit=school, liaisons=[liaison])
    counterpart_create(alliance=alliance, organisation=partner, host_unit=own_unit)
    in_force = AgreementFactory.create(
        title="Student exchange", parties=[member, host], signed_on=TODAY - timedelta(days=100)
    )
    expiring = AgreementFactory.create(
        title="Joint lab",
        parties=[member, partner],
        signed_on=TODAY - timedelta(days=2000),
        in_force_until=TODAY + timedelta(days=20),
    )
    terminated = AgreementFactory.create(
        title="Old framework", parties=[member, host], signed_on=TODAY - timedelta(days=900)
    )
    agreement_terminate(agreement=terminated, terminated_on=TODAY - timedelta(days=50))
    forum = EventFactory.create(
        title="Rectors' forum", host=host, starts_on=TODAY - timedelta(days=10),
        participants=[(member, EventParticipant.Role.SIGNATORY)],
    )  # fmt: skip
    hosted = EventFactory.create(
        title="Open day", host=member, starts_on=TODAY - timedelta(days=300)
    )
    cohort = ActivityFactory.create(
        title="Exchange cohort 2024", agreement=in_force, starts_on=TODAY - timedelta(days=5)
    )
    return {
        "member": member,
        "host": host,
        "partner": partner,
        "in_force": in_force,
        "expiring": expiring,
        "terminated": terminated,
        "forum": forum,
        "hosted": hosted,
        "cohort": cohort,
        "alliance": alliance,
    }


def test_the_page_shows_names_identifiers_units_memberships_and_counterparts(
    client: Client, hub: dict[str, Any]
) -> None:
    response = page_of(client, hub["member"])
    page = text(response)
    assert "Member University" in page and "https://ror.org/017zhmm22" in page
    assert "Department of Physics" in page
    assert f'href="/alliances/{hub["alliance"].slug}/"' in page
    counterparts = text(response).split("<h2>Counterpart pairs</h2>")[1].split("</section>")[0]
    # as the member, paired with a unit of the host; as the host of a pair, through its unit
    assert "School of Energy, " in counterparts and "Host University" in counterparts
    assert "Ada Liaison" in counterparts
    assert "Partner University</a> ↔ Department of Physics" in counterparts
    assert len(response.context["counterparts"]) == 2


def test_the_page_groups_agreements_by_status(client: Client, hub: dict[str, Any]) -> None:
    response = page_of(client, hub["member"])
    groups = {g.status: [a.title for a in g.newest] for g in response.context["agreement_groups"]}
    assert groups == {
        "expiring": ["Joint lab"],
        "in_force": ["Student exchange"],
        "terminated": ["Old framework"],
    }
    assert list(groups) == ["expiring", "in_force", "terminated"]  # what binds now first
    page = text(response)
    assert f"?party={hub['member'].pk}&status=terminated" in page


def test_the_page_shows_activities_and_events_as_host_or_participant(
    client: Client, hub: dict[str, Any]
) -> None:
    response = page_of(client, hub["member"])
    assert [a.title for a in response.context["activities"]] == ["Exchange cohort 2024"]
    events = response.context["events"]
    assert [(e.title, str(e.role_label)) for e in events] == [
        ("Rectors' forum", "Signed agreements"),
        ("Open day", "Host"),
    ]
    page = text(response)
    assert f'href="/activities/?organisation={hub["member"].pk}"' in page
    assert f'href="/events/{hub["forum"].pk}/"' in page
    # the host's page shows the event too, as its host
    host_events = page_of(client, hub["host"]).context["events"]
    assert [(e.title, str(e.role_label)) for e in host_events] == [("Rectors' forum", "Host")]


def test_the_timeline_lists_dated_happenings_newest_first(
    client: Client, hub: dict[str, Any]
) -> None:
    timeline = page_of(client, hub["member"]).context["timeline"]
    lines = [(h.kind, h.title) for h in timeline]
    assert lines[0] == ("expires", "Joint lab")  # ahead, within the expiring window
    assert timeline[0].upcoming and not timeline[1].upcoming
    assert ("activity", "Exchange cohort 2024") in lines
    assert ("event", "Rectors' forum") in lines and ("event", "Open day") in lines
    assert ("terminated", "Old framework") in lines
    assert ("signed", "Student exchange") in lines and ("signed", "Old framework") in lines
    dates = [h.on for h in timeline]
    assert dates == sorted(dates, reverse=True)


def test_the_timeline_shows_joining_and_leaving_and_is_limited(personas: Personas) -> None:
    client = Client()
    organisation = OrganisationFactory.create(name="Busy University")
    alliance = AllianceFactory.create(name="Old Alliance", slug="old")
    MembershipFactory.create(
        alliance=alliance, organisation=organisation, joined_on=date(2001, 1, 1)
    )
    membership_end(membership=organisation.memberships.get(), left_on=date(2002, 1, 1))
    for day in range(TIMELINE_LENGTH + 5):
        EventFactory.create(
            title=f"Meeting {day}",
            host=organisation,
            starts_on=date(2010, 1, 1) + timedelta(days=day),
        )
    timeline = page_of(client, organisation).context["timeline"]
    assert len(timeline) == TIMELINE_LENGTH
    assert timeline[0].title == f"Meeting {TIMELINE_LENGTH + 4}"
    everything = page_of(client, organisation).context
    assert len(everything["events"]) < TIMELINE_LENGTH and everything["more_events"]
    # with fewer events, the membership shows
    quiet = OrganisationFactory.create(name="Quiet University")
    MembershipFactory.create(alliance=alliance, organisation=quiet, joined_on=date(2001, 1, 1))
    membership_end(membership=quiet.memberships.get(), left_on=date(2002, 1, 1))
    lines = [(h.kind, h.on) for h in page_of(client, quiet).context["timeline"]]
    assert lines == [("left", date(2002, 1, 1)), ("joined", date(2001, 1, 1))]


def confidential_work(personas: Personas) -> tuple[Organisation, Agreement]:
    """A 'parties only' agreement between the officer's university and a third one, with an
    activity under it."""
    third = OrganisationFactory.create(name="Third University", country="JP")
    secret = AgreementFactory.create(
        title="Secret research pact",
        parties=[personas.member, third],
        confidentiality=Agreement.Confidentiality.PARTIES,
    )
    ActivityFactory.create(title="Secret joint experiment", agreement=secret)
    ActivityFactory.create(title="Open summer school", organisations=[third])
    return third, secret


@pytest.mark.parametrize(
    ("username", "sees_it"),
    [("sec", True), ("officer", True), ("outsider", False), ("viewer", False), (None, False)],
)
def test_a_confidential_agreements_activity_shows_only_to_those_who_may_see_it(
    client: Client, personas: Personas, username: str | None, sees_it: bool
) -> None:
    third, _secret = confidential_work(personas)
    if username:
        sign_in(client, username, PASSWORD)
    response = page_of(client, third)
    page = text(response)
    assert "Open summer school" in page  # under no agreement: everyone sees it
    assert ("Secret joint experiment" in page) is sees_it
    assert ("Secret research pact" in page) is sees_it
    timeline = [h.title for h in response.context["timeline"]]
    assert "Open summer school" in timeline
    assert ("Secret joint experiment" in timeline) is sees_it
    assert ("Secret research pact" in timeline) is sees_it


def test_the_page_takes_a_fixed_number_of_queries(client: Client, hub: dict[str, Any]) -> None:
    sign_in(client, "officer", PASSWORD)
    member = hub["member"]
    page_of(client, member)  # the first read of a day checks the stored statuses once
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            page_of(client, member)
        counts.append(len(queries))
        for _ in range(3):
            agreement = AgreementFactory.create(parties=[member, hub["partner"]])
            ActivityFactory.create(agreement=agreement)
            EventFactory.create(host=member)
            UnitFactory.create(organisation=member)
    assert counts[0] == counts[1]


def test_an_unknown_organisation_is_not_found(client: Client, db: None) -> None:
    assert client.get("/organisations/999999/").status_code == 404
