"""The demo alliance holds every fact of the 2015 news item, and every status appears."""

import json
from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from accord.activities.models import Event, Visit
from accord.agreements.models import Agreement, Party
from accord.agreements.selectors import agreement_counts_by_status, agreement_status
from accord.agreements.status import ALL_STATUSES, Status
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.core.models import Profile
from accord.demo import facts
from accord.demo.loader import ILLUSTRATIVE, SOURCE, Demo, demo_load
from accord.registry.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> Demo:
    return demo_load(today=date.today())


def test_the_alliance_is_founded_in_xian_with_xjtu_as_secretariat(demo: Demo) -> None:
    uansr = Alliance.objects.get(slug="uansr")
    assert (uansr.acronym, uansr.founded_on, uansr.founded_place) == (
        "UANSR",
        date(2015, 5, 22),
        "Xi'an",
    )
    assert uansr.secretariat == demo.orgs["xjtu"]
    assert uansr.memberships.get(organisation=demo.orgs["xjtu"]).role == Membership.Role.SECRETARIAT


def test_every_named_member_university_is_a_member_with_its_country(demo: Demo) -> None:
    members = Membership.objects.filter(alliance__slug="uansr", role=Membership.Role.MEMBER)
    assert members.count() == len(facts.MEMBER_KEYS) == 14
    countries = dict(members.values_list("organisation__name", "organisation__country"))
    assert countries["Politecnico di Milano"] == "IT"
    assert countries["National University of Sciences and Technology"] == "PK"
    assert countries["Pusan National University"] == "KR"
    assert all(len(c) == 2 for c in countries.values())


def test_the_signing_ceremony_and_its_four_signatories(demo: Demo) -> None:
    ceremony = Event.objects.get(kind=Event.Kind.SIGNING_CEREMONY)
    assert (ceremony.starts_on, ceremony.host) == (date(2015, 5, 23), demo.orgs["xjtu"])
    signatures = {
        (s.contact.name, s.capacity)
        for a in ceremony.agreements_signed.all()
        for s in a.signatures.all()
    }
    assert signatures == {
        ("Wang Shuguo", "President"),
        ("Xi Guang", "Vice President"),
        ("Yan Hong", "Vice President"),
        ("Zhang Hanrong", "Vice President"),
    }
    assert ceremony.agreements_signed.count() == 4


def test_the_17_mous_are_one_aggregate_record_without_invented_pairings(demo: Demo) -> None:
    mous = demo.agreements["mous"]
    assert (mous.kind, mous.instrument_count, mous.is_aggregate) == (Agreement.Kind.MOU, 17, True)
    roles = dict(mous.parties.values_list("organisation__name", "role"))
    assert roles.pop("Xi'an Jiaotong University") == Party.Role.PARTY
    assert len(roles) == 14 and set(roles.values()) == {Party.Role.POSSIBLE}


def test_the_named_agreements_with_their_parties_and_areas(demo: Demo) -> None:
    polimi = demo.agreements["polimi"]
    assert {p.organisation.name for p in polimi.parties.all()} == {
        "Xi'an Jiaotong University",
        "Politecnico di Milano",
    }
    assert {"joint-school", "innovation-centre", "industry-transfer"} <= set(
        polimi.areas.values_list("code", flat=True)
    )
    assert "Western China Science and Technology Innovation Harbor" in polimi.summary

    lge = demo.agreements["lge"]
    kinds = dict(lge.parties.values_list("organisation__name", "organisation__kind"))
    assert len(kinds) == 3 and "Pusan National University" in kinds
    assert Organisation.Kind.COMPANY in kinds.values()
    assert lge.confidentiality == Agreement.Confidentiality.PARTIES

    hsc = demo.agreements["hsc"]
    xjtu_party = hsc.parties.get(organisation=demo.orgs["xjtu"])
    assert xjtu_party.unit is not None and xjtu_party.unit.name == "Health Science Center"
    assert {p.organisation.country for p in hsc.parties.all()} == {"CN", "PK", "TH"}
    assert hsc.areas.count() == 6


def test_the_sub_alliances_and_counterparts(demo: Demo) -> None:
    som = Alliance.objects.get(slug="uansr-som")
    assert som.parent and som.parent.slug == "uansr"
    assert som.lead_unit and som.lead_unit.name == "School of Management"
    assert "6 universities" in som.description
    specialised = Alliance.objects.get(slug="uansr-som-specialised")
    named = set(
        specialised.memberships.exclude(role=Membership.Role.LEAD).values_list(
            "organisation__name", flat=True
        )
    )
    assert len(named) == 3 and "International University of Central Asia" in named
    pairs = set(Counterpart.objects.values_list("organisation__name", "host_unit__name"))
    assert ("Chiang Mai University", "Health Science Center") in pairs
    assert ("National University of Sciences and Technology", "Health Science Center") in pairs


def test_the_eleven_visits_after_the_ceremony(demo: Demo) -> None:
    visits = Visit.objects.filter(event=demo.events["visits"])
    assert visits.count() == 11
    assert {v.visitor.name for v in visits} >= {
        "National University of Singapore",
        "Hanyang University",
    }


def test_every_status_appears_and_illustrative_records_say_so(demo: Demo) -> None:
    counts = agreement_counts_by_status()
    assert all(counts[s] > 0 for s in ALL_STATUSES), counts
    for agreement in Agreement.objects.all():
        if agreement.source == ILLUSTRATIVE:
            assert "(illustrative)" in agreement.title
        else:
            assert agreement.source == SOURCE
    assert agreement_status(demo.agreements["renewed_from"]) == Status.SUPERSEDED


def test_the_demo_users_sign_in_with_their_roles(demo: Demo) -> None:
    roles = {}
    for username in ("admin", "xjtu", "polimi", "viewer"):
        request = RequestFactory().post("/accounts/login/")  # the sign-in throttle wants one
        user = authenticate(request, username=username, password="accord-demo")
        assert user is not None, username
        roles[username] = (
            user.accord_profile.role,
            getattr(user.accord_profile.organisation, "name", None),
        )
    assert roles == {
        "admin": (Profile.Role.ADMIN, None),
        "xjtu": (Profile.Role.OFFICER, "Xi'an Jiaotong University"),
        "polimi": (Profile.Role.OFFICER, "Politecnico di Milano"),
        "viewer": (Profile.Role.VIEWER, None),
    }


def test_seed_demo_loads_once_and_reports_the_sign_ins() -> None:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "admin" in out.getvalue() and "accord-demo" in out.getvalue()
    organisations = Organisation.objects.count()
    again = StringIO()
    call_command("seed_demo", stdout=again)
    assert "already loaded" in again.getvalue()
    assert Organisation.objects.count() == organisations


def test_seed_demo_if_empty_leaves_a_used_database_alone() -> None:
    Organisation.objects.create(name="Someone's real data")
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "not loaded" in out.getvalue()
    assert Organisation.objects.count() == 1


def test_stats_reports_the_demo_counts_as_documented_json(demo: Demo) -> None:
    out = StringIO()
    call_command("stats", "--json", stdout=out)
    stats = json.loads(out.getvalue())
    assert set(stats) == {
        "version", "today", "organisations", "alliances", "memberships", "counterparts",
        "agreements", "parties", "activities", "events",
    }  # fmt: skip
    assert stats["version"] == 1
    assert stats["organisations"] == {"total": 28, "companies": 1, "active": 26}
    assert stats["alliances"] == {"total": 3, "sub_alliances": 2}
    assert stats["memberships"] == {"total": 20, "current": 20}
    assert stats["agreements"]["total"] == Agreement.objects.count() == 13
    assert stats["agreements"]["by_status"] == {
        "draft": 1, "under_review": 1, "signed": 1, "in_force": 3, "expiring": 1,
        "expired": 1, "dormant": 3, "terminated": 1, "superseded": 1,
    }  # fmt: skip
    assert sum(stats["agreements"]["by_kind"].values()) == 13
    assert (stats["parties"], stats["activities"], stats["events"], stats["counterparts"]) == (
        43,
        6,
        4,
        5,
    )
