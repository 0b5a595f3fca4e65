"""Accepting and rejecting what the extractor proposes: records made through the normal
services (validation, history), each keeping the news item it came from; refusals change
nothing."""

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from accord.agreements.models import Agreement
from accord.demo.factories import OrganisationFactory, UserFactory
from accord.extraction.areas import area_code
from accord.extraction.sources import read_pasted
from accord.intake.models import Proposal, Source
from accord.intake.services import (
    proposal_accept_agreement,
    proposal_accept_event,
    proposal_accept_institution,
    proposal_accept_unit,
    proposal_reject,
    source_ingest,
)
from accord.registry.models import Organisation

pytestmark = pytest.mark.django_db

NEWS = (
    "XJTU and Atlantis Polytechnic University sign MoU\n\n"
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Atlantis Polytechnic University on joint research and student exchange. The MoU was "
    "signed by XJTU President Wang Shuguo. After the "
    "signing, a delegation from Atlantis Polytechnic University visited XJTU.\n"
)


@pytest.fixture
def source() -> Source:
    OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN",
                               names=[("XJTU", "", "acronym")])  # fmt: skip
    found, _ = source_ingest(read=read_pasted(NEWS, published=date(2015, 5, 25)))
    return found


def proposal(source: Source, kind: str, name: str | None = None) -> Proposal:
    for item in source.proposals.filter(kind=kind):
        if name is None or item.data.get("name") == name:
            return item
    raise AssertionError(f"no {kind} proposal {name!r}")


def test_accepting_organisations_then_the_agreement(source: Source) -> None:
    officer = UserFactory.create(
        username="officer", role="officer",
        organisation=Organisation.objects.get(name="Xi'an Jiaotong University"),
    )  # fmt: skip
    xjtu = proposal_accept_institution(
        proposal=proposal(source, "institution", "Xi'an Jiaotong University"), actor=officer
    )
    assert xjtu.name == "Xi'an Jiaotong University"  # the registry's, as resolved
    before = Organisation.objects.count()
    atlantis = proposal_accept_institution(
        proposal=proposal(source, "institution", "Atlantis Polytechnic University"),
        actor=officer,
        country="GR",
    )
    assert Organisation.objects.count() == before + 1  # not in the registry: created
    assert (atlantis.name, atlantis.country) == ("Atlantis Polytechnic University", "GR")
    agreement = proposal_accept_agreement(proposal=proposal(source, "agreement"), actor=officer)
    assert set(agreement.parties.values_list("organisation__name", flat=True)) == {
        "Xi'an Jiaotong University", "Atlantis Polytechnic University",
    }  # fmt: skip
    assert (agreement.kind, agreement.state, agreement.signed_on) == (
        Agreement.Kind.MOU, Agreement.State.SIGNED, date(2015, 5, 23),
    )  # fmt: skip
    assert set(agreement.areas.values_list("code", flat=True)) == {
        "joint-research", "student-exchange",
    }  # fmt: skip
    assert f"News item #{source.pk}" in agreement.source
    assert agreement.history.first().history_user == officer
    # who signed: a contact of XJTU signing for its party, on the day
    (signature,) = agreement.signatures.all()
    assert (signature.contact.name, signature.contact.organisation, signature.capacity) == (
        "Wang Shuguo", xjtu, "President",
    )  # fmt: skip
    assert signature.signed_on == date(2015, 5, 23)
    decided = proposal(source, "agreement")
    assert (decided.status, decided.agreement, decided.decided_by) == (
        Proposal.Status.ACCEPTED, agreement, officer,
    )  # fmt: skip


def test_an_agreement_waits_for_its_parties(source: Source) -> None:
    with pytest.raises(ValidationError, match="Accept or match these organisations first"):
        proposal_accept_agreement(proposal=proposal(source, "agreement"), actor=None)
    assert Agreement.objects.count() == 0
    assert proposal(source, "agreement").status == Proposal.Status.PENDING


def test_an_organisation_matched_to_one_chosen_in_the_registry(source: Source) -> None:
    existing = OrganisationFactory.create(name="Atlantis Tech", country="GR")
    before = Organisation.objects.count()
    matched = proposal_accept_institution(
        proposal=proposal(source, "institution", "Atlantis Polytechnic University"),
        actor=None,
        organisation=existing,
    )
    assert matched == existing and Organisation.objects.count() == before


def test_an_event_needs_a_day_and_keeps_its_source(source: Source) -> None:
    visit = proposal(source, "event")
    assert visit.data["kind"] == "visit"
    for name in ("Xi'an Jiaotong University", "Atlantis Polytechnic University"):
        proposal_accept_institution(proposal=proposal(source, "institution", name), actor=None)
    visit.data = {**visit.data, "date": None}
    visit.save()
    with pytest.raises(ValidationError, match="enter the day"):
        proposal_accept_event(proposal=visit, actor=None)
    event = proposal_accept_event(proposal=visit, actor=None, starts_on=date(2015, 5, 23))
    assert event.starts_on == date(2015, 5, 23)
    assert f"News item #{source.pk}" in event.source
    assert set(event.participants.values_list("name", flat=True)) == {
        "Xi'an Jiaotong University", "Atlantis Polytechnic University",
    }  # fmt: skip


def test_rejecting_and_deciding_twice(source: Source) -> None:
    item = proposal(source, "institution", "Xi'an Jiaotong University")
    proposal_reject(proposal=item, actor=None)
    assert item.status == Proposal.Status.REJECTED
    with pytest.raises(ValidationError, match="already"):
        proposal_reject(proposal=item, actor=None)
    with pytest.raises(ValidationError, match="already rejected"):
        proposal_accept_institution(proposal=item, actor=None)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("talent education", "talent-education"),
        ("joint research", "joint-research"),
        ("medical policy reform", "health-policy"),
        ("epidemic control", "epidemic-control"),
        ("lab building", "lab-building"),
        ("the weather", None),
    ],
)
def test_area_phrases_map_to_the_taxonomy(phrase: str, code: str | None) -> None:
    assert area_code(phrase) == code


def test_a_rejected_organisation_is_no_party(source: Source) -> None:
    proposal_accept_institution(
        proposal=proposal(source, "institution", "Xi'an Jiaotong University"), actor=None
    )
    proposal_reject(
        proposal=proposal(source, "institution", "Atlantis Polytechnic University"), actor=None
    )
    # one party left: not an agreement
    with pytest.raises(ValidationError, match="at least two different parties"):
        proposal_accept_agreement(proposal=proposal(source, "agreement"), actor=None)


def test_a_party_left_out_and_one_the_reading_missed_added(source: Source) -> None:
    xjtu = proposal_accept_institution(
        proposal=proposal(source, "institution", "Xi'an Jiaotong University"), actor=None
    )
    missed = OrganisationFactory.create(name="Pusan National University", country="KR")
    # Atlantis is not accepted yet: left out, it is not waited for
    agreement = proposal_accept_agreement(
        proposal=proposal(source, "agreement"),
        actor=None,
        leave_out=["Atlantis Polytechnic University"],
        added=[missed, xjtu],  # a party named twice counts once
    )
    assert [p.organisation for p in agreement.parties.order_by("pk")] == [xjtu, missed]
    assert proposal(source, "institution", "Atlantis Polytechnic University").status == (
        Proposal.Status.PENDING
    )


def test_leaving_out_all_but_one_party_is_refused_and_nothing_is_written(source: Source) -> None:
    proposal_accept_institution(
        proposal=proposal(source, "institution", "Xi'an Jiaotong University"), actor=None
    )
    with pytest.raises(ValidationError, match="at least two different parties"):
        proposal_accept_agreement(
            proposal=proposal(source, "agreement"),
            actor=None,
            leave_out=["Atlantis Polytechnic University"],
        )
    assert Agreement.objects.count() == 0
    assert proposal(source, "agreement").status == Proposal.Status.PENDING


def test_the_record_links_back_to_the_words_it_came_from(source: Source, client: Any) -> None:
    xjtu = Organisation.objects.get(name="Xi'an Jiaotong University")
    officer = UserFactory.create(username="officer2", role="officer", organisation=xjtu)
    for name in ("Xi'an Jiaotong University", "Atlantis Polytechnic University"):
        proposal_accept_institution(proposal=proposal(source, "institution", name), actor=officer)
    agreement = proposal_accept_agreement(proposal=proposal(source, "agreement"), actor=officer)
    client.force_login(officer)
    page = client.get(f"/agreements/{agreement.pk}/").content.decode()
    position = proposal(source, "agreement").position
    assert f'href="/intake/{source.pk}/#p{position}-0"' in page
    assert f"News item #{source.pk}" in page


def test_a_unit_once_its_organisation_is_accepted(db: None) -> None:
    OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN",
                               names=[("XJTU", "", "acronym")])  # fmt: skip
    text = (
        "XJTU Health Science Center signs with Pusan National University\n\n"
        "XJTU Health Science Center signed a medical collaboration agreement with Pusan "
        "National University on public health."
    )
    source, _ = source_ingest(read=read_pasted(text, published=date(2015, 5, 25)))
    unit_proposal = proposal(source, "unit")
    assert unit_proposal.data["name"] == "Health Science Center"
    with pytest.raises(ValidationError, match="Accept or match its organisation first"):
        proposal_accept_unit(proposal=unit_proposal, actor=None)
    xjtu = proposal_accept_institution(proposal=proposal(source, "institution", "XJTU"), actor=None)
    unit = proposal_accept_unit(proposal=unit_proposal, actor=None)
    assert (unit.name, unit.organisation, unit.kind) == ("Health Science Center", xjtu, "centre")


BACKGROUND = (
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Atlantis Polytechnic University. Both are ranked alongside the University of Delhi.\n"
)


def test_an_organisation_the_story_is_not_about_is_set_aside_and_can_still_be_accepted() -> None:
    OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN",
                               names=[("XJTU", "", "acronym")])  # fmt: skip
    source, _ = source_ingest(read=read_pasted(BACKGROUND, published=date(2015, 5, 25)))
    statuses = {
        p.data["name"]: p.status for p in source.proposals.filter(kind=Proposal.Kind.INSTITUTION)
    }
    assert statuses == {
        "Xi'an Jiaotong University": Proposal.Status.PENDING,
        "Atlantis Polytechnic University": Proposal.Status.PENDING,
        "University of Delhi": Proposal.Status.ASIDE,
    }
    delhi = proposal(source, "institution", "University of Delhi")
    # set aside is not rejected: nothing to reject, but a reviewer may accept it
    with pytest.raises(ValidationError, match="already decided"):
        proposal_reject(proposal=delhi, actor=None)
    organisation = proposal_accept_institution(proposal=delhi, actor=None, country="IN")
    assert (organisation.name, organisation.country) == ("University of Delhi", "IN")
    delhi.refresh_from_db()
    assert (delhi.status, delhi.organisation) == (Proposal.Status.ACCEPTED, organisation)
