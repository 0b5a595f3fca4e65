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


def test_the_facet_index_and_the_row_scan_agree_after_every_kind_of_write() -> None:
    from accord.agreements.services import agreement_terminate

    countries = ["CN", "IT", "KR", "PK"]
    orgs = {c: OrganisationFactory.create(country=c) for c in countries}
    areas = list(Area.objects.filter(parent__isnull=False).order_by("code")[:3])
    made = []
    for i in range(12):
        parties = [orgs[countries[i % 4]], orgs[countries[(i + 1) % 4]]]
        made.append(AgreementFactory.create(parties=parties, areas=[areas[i % 3]]))
    agreement_terminate(agreement=made[0], terminated_on=date.today())  # a status change
    made[1].delete()  # a delete
    organisation_update(organisation=orgs["PK"], country="KZ")  # facets of several rows
    for status in (None, "in_force", "terminated", ["in_force", "terminated"]):
        for country in ("CN", "KZ", "PK", 'x" OR "y', None):
            for area in [a.code for a in areas] + [None]:
                if country is None and area is None:
                    continue
                filters = {"status": status, "country": country, "area": area}
                indexed = found(**filters)
                assert indexed == found(**filters, plan="scan"), filters
    assert found(country="KZ") and not found(country="PK")
    assert made[1].pk not in found(country="CN") | found(country="IT")


@pytest.mark.parametrize("index_plan_limit", [2, 10_000])  # walks the sort order / the index
@pytest.mark.parametrize("sort", ["-signed", "title"])  # an index with the facets / without
def test_a_long_filtered_list_pages_the_same_whichever_plan_serves_it(
    monkeypatch: pytest.MonkeyPatch, index_plan_limit: int, sort: str
) -> None:
    import accord.agreements.selectors

    cn, kr = OrganisationFactory.create(country="CN"), OrganisationFactory.create(country="KR")
    for day in range(1, 8):
        AgreementFactory.create(
            title=f"Accord {8 - day}", parties=[cn, kr], signed_on=date(2020, 1, day)
        )
    exact = agreement_list(user=SYSTEM, country="CN", size=3, page=2, sort=sort)
    monkeypatch.setattr(accord.agreements.selectors, "COUNT_LIMIT", 2)
    monkeypatch.setattr(accord.agreements.selectors, "INDEX_PLAN_LIMIT", index_plan_limit)
    capped = agreement_list(user=SYSTEM, country="CN", size=3, page=2, sort=sort)
    assert (exact.total, exact.exact, capped.exact) == (7, True, False)
    assert [a.pk for a in capped.items] == [a.pk for a in exact.items]
    # titles run against the dates, so both orders put the same three on page 2: newest
    # first (4th, 3rd, 2nd), or "Accord 4", "Accord 5", "Accord 6" (signed the same days)
    assert [a.signed_on for a in exact.items] == [date(2020, 1, d) for d in (4, 3, 2)]
