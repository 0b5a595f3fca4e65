"""The alliance page as each role sees it, its members table and CSV, and the secretariat's
forms: members added, changed and ended, counterpart pairs added, changed and ended,
sub-alliances — each refusal leaving the registry as it was."""

import csv
import html
import io
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.utils.html import strip_tags

from accord.alliances.models import Alliance, Counterpart, Membership
from accord.alliances.services import (
    alliance_update,
    counterpart_create,
    counterpart_update,
    membership_update,
)
from accord.demo.factories import (
    ContactFactory,
    MembershipFactory,
    OrganisationFactory,
    UnitFactory,
)
from accord.registry.models import Contact, Organisation
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "accord-test"  # the personas' password (UserFactory)
PAGE = "/alliances/test/"


def as_user(client: Client, username: str | None) -> Client:
    if username:
        sign_in(client, username, PASSWORD)
    return client


def text(response: Any) -> str:
    return " ".join(html.unescape(strip_tags(response.content.decode())).split())


def label(organisation: Organisation) -> str:
    """An organisation as the suggestions offer it."""
    return f"{organisation.name} · {organisation.country} · #{organisation.pk}"


def alliance() -> Alliance:
    return Alliance.objects.get(slug="test")


def membership_of(organisation: Organisation) -> Membership:
    return Membership.objects.get(alliance__slug="test", organisation=organisation)


def rows() -> tuple[int, int, int, int]:
    """Rows a refused form must leave as they were."""
    return (
        Membership.objects.count(),
        Membership.history.count(),
        Counterpart.objects.count(),
        Contact.objects.count(),
    )


def version(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return str(response.context["form"].initial["version"])


@pytest.fixture
def host(personas: Personas) -> dict[str, Any]:
    """The alliance's secretariat, with a school and a person, as counterpart pairs need."""
    xjtu = OrganisationFactory.create(name="Host University", country="CN")
    alliance_update(alliance=alliance(), secretariat=xjtu)
    return {
        "org": xjtu,
        "school": UnitFactory.create(organisation=xjtu, name="School of Management"),
        "person": ContactFactory.create(organisation=xjtu, name="Li Wei"),
    }


# --- The page ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "manages", "sees_history"),
    [
        ("sec", True, True),
        ("officer", False, True),
        ("outsider", False, True),
        ("viewer", False, True),
        (None, False, False),
    ],
)
def test_the_alliance_page_shows_the_directory_to_every_role_and_the_forms_to_the_secretariat(
    client: Client, personas: Personas, username: str | None, manages: bool, sees_history: bool
) -> None:
    response = as_user(client, username).get(PAGE)
    assert response.status_code == 200
    page = text(response)
    assert "Member University" in page and "Italy" in page
    assert "Download CSV" in page
    for link in ("Add a member", "Add a counterpart pair", "Add a sub-alliance"):
        assert (link in page) is manages
    member = membership_of(personas.member)
    assert (f"/alliances/test/members/{member.pk}/end/" in response.content.decode()) is manages
    assert ("Changes to members and counterpart pairs" in page) is sees_history
    assert ("History" in page) is sees_history


def test_the_members_table_filters_by_country_sorts_and_shows_former_members(
    client: Client, personas: Personas
) -> None:
    test = alliance()
    for name, country, joined in (
        ("Alpha Universität", "DE", date(2016, 1, 1)),
        ("Zeta University", "DE", date(2015, 5, 22)),
        ("Beta College", "GB", None),
    ):
        MembershipFactory.create(
            alliance=test,
            organisation=OrganisationFactory.create(name=name, country=country),
            joined_on=joined,
        )
    gone = OrganisationFactory.create(name="Former University", country="DE")
    MembershipFactory.create(
        alliance=test, organisation=gone, joined_on=date(2015, 1, 1), left_on=date(2017, 1, 1)
    )

    def names(**params: str) -> list[str]:
        response = client.get(PAGE, params)
        members = response.context["members"]
        return [m.organisation.name for m in members]

    assert names() == ["Alpha Universität", "Beta College", "Member University", "Zeta University"]
    assert names(country="de") == ["Alpha Universität", "Zeta University"]
    assert names(country="DE", show="all") == [
        "Alpha Universität",
        "Former University",
        "Zeta University",
    ]
    # joined: the earliest first, unknown dates last; then by name
    assert names(sort="joined") == [
        "Zeta University",
        "Alpha Universität",
        "Beta College",
        "Member University",
    ]
    assert names(sort="-country")[:2] == ["Member University", "Beta College"]
    assert names(sort="nonsense")[0] == "Alpha Universität"  # falls back to the name
    page = client.get(PAGE, {"country": "DE"}).content.decode()
    assert '<option value="DE" selected>Germany</option>' in page
    assert "members.csv?country=DE" in page  # the export follows the table


def test_the_members_csv_is_the_table_as_shown(client: Client, personas: Personas) -> None:
    test = alliance()
    MembershipFactory.create(
        alliance=test,
        organisation=OrganisationFactory.create(name="Zeta University", country="DE", city="Jena"),
        role=Membership.Role.COUNCIL,
        joined_on=date(2015, 5, 22),
    )
    gone = OrganisationFactory.create(name="Former University", country="DE", city="Kiel")
    MembershipFactory.create(
        alliance=test, organisation=gone, joined_on=date(2015, 1, 1), left_on=date(2017, 1, 1)
    )
    city = personas.member.city

    def exported(**params: str) -> list[list[str]]:
        response = client.get("/alliances/test/members.csv", params)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert 'filename="test-members.csv"' in response["Content-Disposition"]
        return list(csv.reader(io.StringIO(response.content.decode())))

    header = ["organisation", "country", "country_name", "city", "kind", "role", "joined_on",
              "left_on"]  # fmt: skip
    assert exported() == [
        header,
        ["Member University", "IT", "Italy", city, "university", "member", "", ""],
        ["Zeta University", "DE", "Germany", "Jena", "university", "council", "2015-05-22", ""],
    ]
    assert exported(country="DE", show="all", sort="-name") == [
        header,
        ["Zeta University", "DE", "Germany", "Jena", "university", "council", "2015-05-22", ""],
        ["Former University", "DE", "Germany", "Kiel", "university", "member", "2015-01-01",
         "2017-01-01"],
    ]  # fmt: skip


# --- Who may use the forms --------------------------------------------------------------------


def form_urls(personas: Personas) -> list[str]:
    member = membership_of(personas.member)
    pair = counterpart_create(
        alliance=alliance(),
        organisation=personas.member,
        host_unit=UnitFactory.create(organisation=personas.other),
    )
    return [
        "/alliances/new/",
        "/alliances/test/edit/",
        "/alliances/test/sub-alliances/new/",
        "/alliances/test/members/new/",
        f"/alliances/test/members/{member.pk}/edit/",
        f"/alliances/test/members/{member.pk}/end/",
        "/alliances/test/counterparts/new/",
        f"/alliances/test/counterparts/{pair.pk}/edit/",
        f"/alliances/test/counterparts/{pair.pk}/end/",
    ]


def test_visitors_are_sent_to_sign_in_and_officers_and_viewers_are_refused(
    client: Client, personas: Personas
) -> None:
    urls = form_urls(personas)
    before = rows()
    post = {"organisation": label(personas.other), "role": "member", "left_on": "2020-01-01"}
    for url in urls:
        for response in (client.get(url), client.post(url, post)):
            assert response.status_code == 302, url
            assert response["Location"].startswith("/accounts/login/?next=")
    for username in ("officer", "outsider", "viewer"):
        signed_in = as_user(Client(), username)
        for url in urls:
            assert signed_in.get(url).status_code == 403, (username, url)
            assert signed_in.post(url, post).status_code == 403, (username, url)
    assert rows() == before
    assert membership_of(personas.member).left_on is None


# --- Members ----------------------------------------------------------------------------------


def test_the_secretariat_adds_a_member_picked_from_the_suggestions(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    form = client.get("/alliances/test/members/new/").content.decode()
    assert 'list="organisation-options"' in form and '<datalist id="organisation-options">' in form
    assert "/organisations/suggest/?as=options" in form
    response = client.post(
        "/alliances/test/members/new/",
        {"organisation": label(personas.other), "role": "observer", "joined_on": "2024-09-01"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/alliances/test/#members"
    membership = membership_of(personas.other)
    assert (membership.role, membership.joined_on) == ("observer", date(2024, 9, 1))
    assert membership.history.get().history_user == personas.admin
    page = text(response)
    assert "Unrelated University is now a member." in page
    assert "Membership: Unrelated University — Created" in page
    assert "sec" in page


def test_a_plain_name_is_enough_when_only_one_organisation_has_it(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    response = client.post(
        "/alliances/test/members/new/", {"organisation": "unrelated university", "role": "member"}
    )
    assert response.status_code == 302
    assert membership_of(personas.other).joined_on is None


def test_an_organisation_not_in_the_registry_is_refused_beside_the_field(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    before = rows()
    response = client.post(
        "/alliances/test/members/new/", {"organisation": "Atlantis University", "role": "member"}
    )
    assert response.status_code == 400
    assert "No organisation in the registry is called" in str(
        response.context["form"].errors["organisation"]
    )
    assert 'value="Atlantis University"' in response.content.decode()
    assert rows() == before


def test_an_overlapping_membership_is_refused_beside_the_join_date_and_nothing_is_written(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    before = rows()
    typed = {
        "organisation": label(personas.member),
        "role": "council",
        "joined_on": "2030-01-01",
        "note": "Typed by hand",
    }
    response = client.post("/alliances/test/members/new/", typed)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert list(errors) == ["joined_on"]
    assert "Member University already has a membership of Test Alliance" in errors["joined_on"][0]
    assert "overlaps this one" in errors["joined_on"][0]
    page = response.content.decode()
    assert 'value="2030-01-01"' in page and "Typed by hand" in page  # what was typed stays
    assert rows() == before


def test_the_secretariat_ends_a_membership_and_the_history_says_who_and_why(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    member = membership_of(personas.member)
    url = f"/alliances/test/members/{member.pk}/end/"
    response = client.post(
        url,
        {"version": version(client, url), "left_on": "2025-12-31", "reason": "Resigned"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/alliances/test/#members"
    member.refresh_from_db()
    assert member.left_on == date(2025, 12, 31)
    latest = member.history.first()
    assert (latest.history_user, latest.history_change_reason) == (personas.admin, "Resigned")
    page = text(response)
    assert "The membership of Member University has ended." in page
    assert "Left on: — → 2025-12-31" in page
    assert list(client.get(PAGE).context["members"]) == []
    former = client.get(PAGE, {"show": "all"})
    assert [m.organisation for m in former.context["members"]] == [personas.member]
    # an ended membership has no "End" link, and cannot be ended twice
    assert url not in former.content.decode()
    again = client.post(url, {"version": version(client, url), "left_on": "2026-01-01"})
    assert again.status_code == 400
    assert "already ended on 2025-12-31" in str(again.context["form"].errors["left_on"])


def test_an_end_before_the_join_date_is_refused_beside_the_end_date(
    client: Client, personas: Personas
) -> None:
    member = membership_of(personas.member)
    membership_update(membership=member, joined_on=date(2020, 1, 1))
    as_user(client, "sec")
    url = f"/alliances/test/members/{member.pk}/end/"
    before = rows()
    response = client.post(url, {"version": version(client, url), "left_on": "2019-06-30"})
    assert response.status_code == 400
    assert "cannot end before it starts" in str(response.context["form"].errors["left_on"])
    assert rows() == before
    member.refresh_from_db()
    assert member.left_on is None


def test_the_secretariat_changes_a_members_role(client: Client, personas: Personas) -> None:
    as_user(client, "sec")
    member = membership_of(personas.member)
    url = f"/alliances/test/members/{member.pk}/edit/"
    form = client.get(url)
    assert "left_on" not in form.context["form"].fields  # a current one ends through "End"
    response = client.post(
        url,
        {"version": version(client, url), "role": "council", "joined_on": "2015-05-22"},
        follow=True,
    )
    assert response.status_code == 200
    member.refresh_from_db()
    assert (member.role, member.joined_on) == ("council", date(2015, 5, 22))
    assert member.history.first().history_user == personas.admin
    assert "Executive council member" in text(response)


def test_a_change_that_would_overlap_another_membership_is_refused(
    client: Client, personas: Personas
) -> None:
    old = OrganisationFactory.create(name="Returning University")
    test = alliance()
    first = MembershipFactory.create(
        alliance=test, organisation=old, joined_on=date(2015, 1, 1), left_on=date(2016, 12, 31)
    )
    MembershipFactory.create(alliance=test, organisation=old, joined_on=date(2019, 1, 1))
    as_user(client, "sec")
    url = f"/alliances/test/members/{first.pk}/edit/"
    before = rows()
    response = client.post(
        url,
        {"version": version(client, url), "role": "member", "joined_on": "2015-01-01",
         "left_on": "2019-06-30"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "overlaps this one" in str(response.context["form"].errors["joined_on"])
    assert rows() == before
    first.refresh_from_db()
    assert first.left_on == date(2016, 12, 31)


def test_a_stale_edit_is_refused_and_the_other_change_stays(
    client: Client, personas: Personas
) -> None:
    as_user(client, "sec")
    member = membership_of(personas.member)
    url = f"/alliances/test/members/{member.pk}/end/"
    opened = version(client, url)
    membership_update(membership=member, role=Membership.Role.COUNCIL, actor=personas.officer)
    before = rows()
    response = client.post(url, {"version": opened, "left_on": "2025-12-31"})
    assert response.status_code == 400
    assert "officer saved this record at" in text(response)
    assert "after you opened this form" in text(response)
    assert rows() == before
    member.refresh_from_db()
    assert (member.role, member.left_on) == ("council", None)
    fresh = client.post(url, {"version": version(client, url), "left_on": "2025-12-31"})
    assert fresh.status_code == 302


# --- Counterpart pairs ------------------------------------------------------------------------


def test_the_secretariat_pairs_a_member_with_a_host_unit_and_liaisons(
    client: Client, personas: Personas, host: dict[str, Any]
) -> None:
    as_user(client, "sec")
    form = client.get("/alliances/test/counterparts/new/")
    assert list(form.context["form"].fields["organisation"].queryset) == [personas.member]
    assert list(form.context["form"].fields["host_unit"].queryset) == [host["school"]]
    contacts = Contact.objects.count()
    response = client.post(
        "/alliances/test/counterparts/new/",
        {
            "organisation": personas.member.pk,
            "host_unit": host["school"].pk,
            "since": "2015-05-23",
            "member_liaison": "Giulia Rossi",  # new: added to the member's contacts
            "host_liaison": "li wei",  # already a contact of the host
            "note": "Joint school",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/alliances/test/#counterparts"
    pair = Counterpart.objects.get()
    assert (pair.organisation, pair.host_unit, pair.since) == (
        personas.member,
        host["school"],
        date(2015, 5, 23),
    )
    assert {c.name for c in pair.liaisons.all()} == {"Giulia Rossi", "Li Wei"}
    assert Contact.objects.count() == contacts + 1
    assert Contact.objects.get(name="Giulia Rossi").organisation == personas.member
    assert pair.history.first().history_user == personas.admin
    page = text(response)
    assert "The counterpart pair is recorded." in page
    assert "Member University ↔ School of Management, Host University" in page
    assert "Liaisons: Giulia Rossi" in page
    assert "Counterpart pair: Member University ↔ School of Management — Created" in page
    # visitors see the pair, not the people
    visitor = text(Client().get(PAGE))
    assert "Member University ↔ School of Management" in visitor
    assert "Giulia Rossi" not in visitor


def test_a_pair_recorded_twice_or_with_a_non_member_is_refused_and_nothing_is_written(
    client: Client, personas: Personas, host: dict[str, Any]
) -> None:
    counterpart_create(alliance=alliance(), organisation=personas.member, host_unit=host["school"])
    as_user(client, "sec")
    before = rows()
    twice = client.post(
        "/alliances/test/counterparts/new/",
        {"organisation": personas.member.pk, "host_unit": host["school"].pk,
         "member_liaison": "Giulia Rossi"},
    )  # fmt: skip
    assert twice.status_code == 400
    assert "This pair already exists in this alliance." in text(twice)
    stranger = client.post(
        "/alliances/test/counterparts/new/",
        {"organisation": personas.other.pk, "host_unit": host["school"].pk},
    )
    assert stranger.status_code == 400
    assert "organisation" in stranger.context["form"].errors
    assert rows() == before  # not even the liaison's new contact


def test_the_secretariat_edits_a_pair_and_ends_it(
    client: Client, personas: Personas, host: dict[str, Any]
) -> None:
    pair = counterpart_create(
        alliance=alliance(),
        organisation=personas.member,
        host_unit=host["school"],
        liaisons=[host["person"]],
    )
    centre = UnitFactory.create(organisation=host["org"], name="Health Science Center")
    as_user(client, "sec")
    url = f"/alliances/test/counterparts/{pair.pk}/edit/"
    response = client.post(
        url,
        {"version": version(client, url), "host_unit": centre.pk, "since": "2016-01-01",
         "liaisons": [], "member_liaison": "Giulia Rossi", "note": "Moved"},
    )  # fmt: skip
    assert response.status_code == 302
    pair.refresh_from_db()
    assert (pair.host_unit, pair.since, pair.note) == (centre, date(2016, 1, 1), "Moved")
    assert [c.name for c in pair.liaisons.all()] == ["Giulia Rossi"]

    url = f"/alliances/test/counterparts/{pair.pk}/end/"
    response = client.post(
        url, {"version": version(client, url), "reason": "Programme closed"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/alliances/test/#counterparts"
    assert not Counterpart.objects.exists()
    gone = Counterpart.history.first()
    assert (gone.history_type, gone.history_user, gone.history_change_reason) == (
        "-",
        personas.admin,
        "Programme closed",
    )
    page = text(response)
    assert "Counterpart pair: Member University ↔ Health Science Center — Deleted" in page
    assert "Programme closed" in page


def test_a_stale_pair_edit_is_refused(
    client: Client, personas: Personas, host: dict[str, Any]
) -> None:
    pair = counterpart_create(
        alliance=alliance(), organisation=personas.member, host_unit=host["school"]
    )
    as_user(client, "sec")
    url = f"/alliances/test/counterparts/{pair.pk}/end/"
    opened = version(client, url)
    counterpart_update(counterpart=pair, note="Changed meanwhile", actor=personas.officer)
    response = client.post(url, {"version": opened})
    assert response.status_code == 400
    assert "after you opened this form" in text(response)
    assert Counterpart.objects.filter(pk=pair.pk).exists()


# --- Sub-alliances ----------------------------------------------------------------------------


def test_the_secretariat_creates_a_sub_alliance_led_by_a_host_unit(
    client: Client, personas: Personas, host: dict[str, Any]
) -> None:
    as_user(client, "sec")
    form = client.get("/alliances/test/sub-alliances/new/")
    assert list(form.context["form"].fields["lead_unit"].queryset) == [host["school"]]
    response = client.post(
        "/alliances/test/sub-alliances/new/",
        {"name": "Law sub-alliance", "slug": "test-law", "lead_unit": host["school"].pk},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/alliances/test-law/"
    sub = Alliance.objects.get(slug="test-law")
    assert (sub.parent, sub.lead_unit, sub.lead_organisation) == (
        alliance(),
        host["school"],
        host["org"],
    )
    assert sub.history.get().history_user == personas.admin
    assert "Law sub-alliance" in text(client.get(PAGE))
    before = Alliance.objects.count()
    for slug, message in (("test-law", "already exists"), ("new", "is taken by a page")):
        refused = client.post("/alliances/test/sub-alliances/new/", {"name": "X", "slug": slug})
        assert refused.status_code == 400
        assert message in str(refused.context["form"].errors["slug"])
    assert Alliance.objects.count() == before


def test_a_stale_alliance_edit_is_refused(client: Client, personas: Personas) -> None:
    as_user(client, "sec")
    url = "/alliances/test/edit/"
    opened = version(client, url)
    alliance_update(alliance=alliance(), acronym="TA", actor=personas.officer)
    response = client.post(url, {"version": opened, "name": "Renamed", "slug": "renamed"})
    assert response.status_code == 400
    assert "after you opened this form" in text(response)
    assert alliance().name == "Test Alliance"
    fresh = client.post(url, {"version": version(client, url), "name": "Renamed", "slug": "test"})
    assert fresh.status_code == 302
    assert alliance().name == "Renamed"


def test_a_members_row_is_edited_in_place(client: Client, personas: Personas) -> None:
    """With htmx, Edit turns the row into a small form; saving gives the row back, refusing
    keeps the form with the error in the row, Cancel gives the row back unchanged."""
    as_user(client, "sec")
    member = membership_of(personas.member)
    url = f"/alliances/test/members/{member.pk}/edit/"
    htmx = {"HX-Request": "true", "HX-Target": f"member-{member.pk}"}
    page = client.get(PAGE).content.decode()
    assert f'hx-target="#member-{member.pk}"' in page
    form = client.get(url, headers=htmx)
    assert form.status_code == 200 and "<html" not in form.content.decode()
    assert f'<tr id="member-{member.pk}" class="editing">' in form.content.decode()
    assert "HX-Target" in form["Vary"]
    stamp = form.context["form"]["version"].value()
    refused = client.post(url, {"version": stamp, "role": "nonsense"}, headers=htmx)
    assert refused.status_code == 200 and 'class="editing"' in refused.content.decode()
    assert "nonsense" in refused.content.decode()  # what was typed stays
    member.refresh_from_db()
    assert member.role == "member"
    saved = client.post(url, {"version": stamp, "role": "council"}, headers=htmx)
    row = saved.content.decode()
    assert f'<tr id="member-{member.pk}">' in row and "editing" not in row
    assert "Executive council member" in strip_tags(row)
    member.refresh_from_db()
    assert member.role == "council"
    cancel = client.get(url, {"row": "1"}, headers=htmx).content.decode()
    assert "editing" not in cancel and "Executive council member" in strip_tags(cancel)
