"""Filtering agreements: the filters compose, and follow every change to parties and areas."""

from datetime import date

import pytest

from accord.agreements.models import Agreement, Area
from accord.agreements.selectors import SYSTEM, agreement_filter, agreement_list
from accord.agreements.services import (
    PartySpec,
    agreement_create,
    agreement_update,
    party_add,
    party_remove,
)
from accord.demo.factories import AgreementFactory, OrganisationFactory
from accord.registry.services import organisation_update

pytestmark = pytest.mark.django_db


def found(**filters: object) -> set[int]:
    return set(agreement_filter(user=SYSTEM, **filters).values_list("pk", flat=True))  # type: ignore[arg-type]


def test_country_and_area_filters_compose_with_status() -> None:
    cn, it = OrganisationFactory.create(country="CN"), OrganisationFactory.create(country="IT")
    research = Area.objects.get(code="joint-research")
    both = AgreementFactory.create(parties=[cn, it], areas=[research])
    only_it = AgreementFactory.create(
        parties=[it, OrganisationFactory.create(country="FR")], areas=[research]
    )
    assert found(country="CN", area="joint-research", status="in_force") == {both.pk}
    assert found(country="it", area="joint-research") == {both.pk, only_it.pk}  # any case
    assert found(country="CN", area="lab-building") == set()


def test_filters_follow_changes_to_parties_areas_and_countries() -> None:
    cn, it = OrganisationFactory.create(country="CN"), OrganisationFactory.create(country="IT")
    draft = agreement_create(title="Shaping up", parties=[PartySpec(cn)])
    assert found(country="IT") == set()
    party = party_add(agreement=draft, organisation=it)
    assert found(country="IT") == {draft.pk}
    party_remove(party=party)
    assert found(country="IT") == set()
    agreement_update(agreement=draft, areas=[Area.objects.get(code="joint-phd")])
    assert found(area="joint-phd") == {draft.pk}
    organisation_update(organisation=cn, country="HK")
    assert (found(country="CN"), found(country="HK")) == (set(), {draft.pk})


def test_search_finds_a_party_by_any_of_its_names_and_counts_once() -> None:
    alias = ("Polytechnic University of Milan", "en", "alias")
    polimi = OrganisationFactory.create(name="Politecnico di Milano", country="IT", names=[alias])
    other = OrganisationFactory.create()
    agreement = AgreementFactory.create(title="Joint school", parties=[polimi, other])
    assert found(q="polytechnic milan") == {agreement.pk}
    page = agreement_list(user=SYSTEM, q="milan")
    rows = page.items[0].party_rows  # type: ignore[attr-defined]
    assert page.total == 1
    assert rows[0].name == "Politecnico di Milano"


def test_an_aggregate_agreement_keeps_its_possible_parties() -> None:
    host = OrganisationFactory.create()
    members = [OrganisationFactory.create() for _ in range(3)]
    agreement = agreement_create(
        title="17 MOUs",
        parties=[PartySpec(host)] + [PartySpec(m, role="possible") for m in members],
        state=Agreement.State.SIGNED,
        signed_on=date(2015, 5, 23),
        instrument_count=17,
        is_aggregate=True,
    )
    assert agreement.parties.filter(role="possible").count() == 3
