"""Registry writes: names, identifiers, units, relations, and what they refuse."""

import pytest
from django.core.exceptions import ValidationError

from accord.demo.factories import OrganisationFactory, UnitFactory
from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation
from accord.registry.services import (
    identifier_add,
    organisation_create,
    organisation_update,
    relation_add,
    unit_create,
)

pytestmark = pytest.mark.django_db


def test_it_creates_an_organisation_with_names_in_several_languages_and_identifiers() -> None:
    org = organisation_create(
        name="Xi'an Jiaotong University",
        country="cn",
        city="Xi'an",
        names=[("XJTU", "", OrgName.Type.ACRONYM), ("西安交通大学", "zh", OrgName.Type.LABEL)],
        identifiers=[("ror", "017zhmm22"), ("isni", "0000 0001 0599 1243")],
    )
    assert org.country == "CN"
    assert set(org.names.values_list("value", "type")) == {
        ("Xi'an Jiaotong University", "official"),
        ("XJTU", "acronym"),
        ("西安交通大学", "label"),
    }
    assert set(org.identifiers.values_list("scheme", "value")) == {
        ("ror", "https://ror.org/017zhmm22"),
        ("isni", "0000000105991243"),
    }


def test_it_refuses_an_unknown_country_code_naming_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        organisation_create(name="Atlantis University", country="XX")
    assert "XX is not an ISO 3166-1 alpha-2 country code" in err.value.message_dict["country"][0]
    assert not Organisation.objects.exists()


def test_it_refuses_a_second_organisation_with_the_same_identifier() -> None:
    organisation_create(
        name="Politecnico di Milano", identifiers=[("ror", "https://ror.org/01nffqt88")]
    )
    with pytest.raises(ValidationError) as err:
        organisation_create(
            name="Polytechnic Institute of Milan",
            identifiers=[("ror", "HTTPS://ROR.ORG/01nffqt88")],
        )
    assert "already has this identifier" in str(err.value)
    # nothing of the refused organisation was kept
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Politecnico di Milano"]


def test_adding_an_identifier_the_organisation_already_has_is_harmless() -> None:
    org = OrganisationFactory.create()
    first = identifier_add(organisation=org, scheme="domain", value="https://www.XJTU.edu.cn/")
    again = identifier_add(organisation=org, scheme="domain", value="xjtu.edu.cn")
    assert first.pk == again.pk and first.value == "xjtu.edu.cn"


def test_it_refuses_a_malformed_identifier_with_an_example() -> None:
    org = OrganisationFactory.create()
    with pytest.raises(ValidationError) as err:
        identifier_add(organisation=org, scheme="wikidata", value="not-a-q-number")
    assert "Q696969" in err.value.message_dict["value"][0]
    assert not Identifier.objects.exists()


def test_renaming_keeps_the_old_name_as_a_former_name() -> None:
    org = OrganisationFactory.create(name="Tampere University of Technology")
    organisation_update(organisation=org, name="Tampere University")
    assert org.names.filter(
        type=OrgName.Type.FORMER, value="Tampere University of Technology"
    ).exists()
    assert org.history.count() == 2


def test_a_merged_organisation_must_say_into_what() -> None:
    org = OrganisationFactory.create()
    with pytest.raises(ValidationError) as err:
        organisation_update(organisation=org, status=Organisation.Status.MERGED)
    assert "merged_into" in err.value.message_dict
    successor = OrganisationFactory.create()
    organisation_update(organisation=org, status=Organisation.Status.MERGED, merged_into=successor)
    assert org.merged_into == successor


def test_units_form_a_tree_within_one_organisation() -> None:
    org, other = OrganisationFactory.create(), OrganisationFactory.create()
    school = unit_create(organisation=org, name="School of Management")
    centre = unit_create(
        organisation=org, name="Centre for Silk Road Studies", parent=school, kind="centre"
    )
    assert list(school.children.all()) == [centre]
    with pytest.raises(ValidationError) as err:
        unit_create(organisation=other, name="Stray", parent=school)
    assert "parent" in err.value.message_dict
    with pytest.raises(ValidationError, match="already has a unit"):
        UnitFactory.create(organisation=org, name="School of Management")


def test_relations_link_predecessor_and_successor() -> None:
    old, new = OrganisationFactory.create(), OrganisationFactory.create()
    relation_add(source=old, target=new, type=OrgRelation.Type.SUCCESSOR)
    relation_add(source=old, target=new, type=OrgRelation.Type.SUCCESSOR)  # idempotent
    assert old.relations_out.get().target == new
    with pytest.raises(ValidationError, match="related to itself"):
        relation_add(source=old, target=old, type=OrgRelation.Type.RELATED)
