"""Likely duplicates: the same body under names in two languages, with and without "The", or
an acronym entered as a name; two ROR records are distinct by ROR's word."""

import io
import json

import pytest
from django.core.management import call_command

from accord.demo.factories import OrganisationFactory
from accord.registry.services import identifier_add
from accord.resolver.core import Entry, Resolver
from accord.resolver.duplicates import likely_duplicates

XJTU = Entry(
    key="https://ror.org/017zhmm22",
    name="Xi'an Jiaotong University",
    country="CN",
    names=("西安交通大学",),
    acronyms=("XJTU",),
)


def pairs(*entries: Entry) -> set[tuple[str, str]]:
    return {(p.first.key, p.second.key) for p in likely_duplicates(Resolver(entries))}


def test_the_same_body_under_another_language_the_or_an_acronym_is_paired() -> None:
    chinese = Entry(key="accord:1", name="西安交通大学", country="CN")
    with_the = Entry(key="accord:2", name="The Xi'an Jiaotong University", country="CN")
    acronym = Entry(key="accord:3", name="XJTU", country="CN")
    for duplicate in (chinese, with_the, acronym):
        assert pairs(XJTU, duplicate) == {(XJTU.key, duplicate.key)}, duplicate.name


def test_different_bodies_and_two_ror_records_are_not_paired() -> None:
    other = Entry(key="accord:4", name="Xi'an University of Technology", country="CN")
    elsewhere = Entry(key="accord:5", name="XJTU", country="US")  # the acronym, another country
    twin = Entry(key="https://ror.org/0twin0000", name="Xi'an Jiaotong University", country="CN")
    assert pairs(XJTU, other) == set()
    assert pairs(XJTU, elsewhere) == set()
    assert pairs(XJTU, twin) == set()


@pytest.mark.django_db
def test_the_command_lists_pairs_with_their_reason() -> None:
    ror = OrganisationFactory.create(name="Politecnico di Milano", country="IT")
    identifier_add(organisation=ror, scheme="ror", value="https://ror.org/01nffqt88")
    typed_again = OrganisationFactory.create(name="The Politecnico di Milano", country="IT")
    out = io.StringIO()
    call_command("duplicates", "--json", stdout=out)
    rows = json.loads(out.getvalue())
    assert [(r["first"]["id"], r["second"]["id"]) for r in rows] == [
        ("https://ror.org/01nffqt88", f"accord:{typed_again.pk}")
    ]
    assert "Politecnico di Milano" in rows[0]["reason"]
