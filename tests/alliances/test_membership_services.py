"""Memberships and counterpart pairs."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from accord.alliances.models import Membership
from accord.alliances.services import counterpart_create, membership_create, membership_end
from accord.demo.factories import AllianceFactory, ContactFactory, OrganisationFactory, UnitFactory

pytestmark = pytest.mark.django_db


def test_it_refuses_a_membership_that_overlaps_another_of_the_same_organisation() -> None:
    alliance, org = (
        AllianceFactory.create(),
        OrganisationFactory.create(name="Tampere University of Technology"),
    )
    membership_create(
        alliance=alliance, organisation=org, joined_on=date(2015, 5, 22), left_on=date(2018, 12, 31)
    )
    with pytest.raises(ValidationError) as err:
        membership_create(alliance=alliance, organisation=org, joined_on=date(2018, 6, 1))
    message = err.value.message_dict["joined_on"][0]
    assert "Tampere University of Technology" in message and "2015-05-22" in message
    assert Membership.objects.count() == 1
    # rejoining after the first membership ended is fine
    membership_create(alliance=alliance, organisation=org, joined_on=date(2019, 1, 1))


def test_a_membership_with_no_dates_overlaps_everything() -> None:
    alliance, org = AllianceFactory.create(), OrganisationFactory.create()
    membership_create(alliance=alliance, organisation=org)
    with pytest.raises(ValidationError, match="overlaps"):
        membership_create(alliance=alliance, organisation=org, joined_on=date(2030, 1, 1))


def test_it_refuses_a_membership_that_ends_before_it_starts() -> None:
    with pytest.raises(ValidationError) as err:
        membership_create(
            alliance=AllianceFactory.create(),
            organisation=OrganisationFactory.create(),
            joined_on=date(2020, 1, 1),
            left_on=date(2019, 1, 1),
        )
    assert "cannot end before it starts" in str(err.value)


def test_ending_a_membership() -> None:
    alliance, org = AllianceFactory.create(), OrganisationFactory.create()
    membership = membership_create(alliance=alliance, organisation=org, joined_on=date(2015, 5, 22))
    membership_end(membership=membership, left_on=date(2020, 1, 1))
    assert membership.history.count() == 2
    with pytest.raises(ValidationError, match="already ended"):
        membership_end(membership=membership, left_on=date(2021, 1, 1))


def test_a_sub_alliance_belongs_to_its_parent() -> None:
    parent = AllianceFactory.create(name="UANSR", slug="uansr")
    sub = AllianceFactory.create(name="Law sub-alliance", slug="uansr-law", parent=parent)
    assert list(parent.sub_alliances.all()) == [sub]


def test_a_counterpart_pairs_a_member_with_a_host_unit_and_liaisons() -> None:
    alliance = AllianceFactory.create()
    host, member = OrganisationFactory.create(), OrganisationFactory.create()
    hsc = UnitFactory.create(organisation=host, name="Health Science Center", kind="centre")
    membership_create(alliance=alliance, organisation=member)
    ours, theirs = (
        ContactFactory.create(organisation=host),
        ContactFactory.create(organisation=member),
    )
    pair = counterpart_create(
        alliance=alliance, organisation=member, host_unit=hsc, liaisons=[ours, theirs]
    )
    assert set(pair.liaisons.all()) == {ours, theirs}
    stranger = ContactFactory.create()
    with pytest.raises(ValidationError, match="neither side"):
        counterpart_create(
            alliance=alliance,
            organisation=member,
            host_unit=UnitFactory.create(organisation=host),
            liaisons=[stranger],
        )


def test_a_counterpart_needs_a_member() -> None:
    alliance, host = AllianceFactory.create(), OrganisationFactory.create()
    with pytest.raises(ValidationError, match="is not a member"):
        counterpart_create(
            alliance=alliance,
            organisation=OrganisationFactory.create(),
            host_unit=UnitFactory.create(organisation=host),
        )
