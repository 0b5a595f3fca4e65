"""What the agreement services refuse, and that a refusal writes nothing."""

import hashlib
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from accord.agreements.models import Agreement, Document, Party, Signature
from accord.agreements.services import (
    PartySpec,
    agreement_create,
    agreement_renew,
    agreement_sign,
    agreement_submit_for_review,
    agreement_terminate,
    agreement_update,
    document_attach,
    party_remove,
    signature_add,
)
from accord.demo.factories import (
    AgreementFactory,
    CompanyFactory,
    ContactFactory,
    OrganisationFactory,
    UnitFactory,
)
from accord.registry.models import Organisation

pytestmark = pytest.mark.django_db


def two() -> list[PartySpec]:
    return [PartySpec(OrganisationFactory.create()), PartySpec(OrganisationFactory.create())]


def test_it_refuses_an_agreement_that_ends_before_it_starts() -> None:
    with pytest.raises(ValidationError) as err:
        agreement_create(
            title="Backwards",
            parties=two(),
            state=Agreement.State.SIGNED,
            signed_on=date(2024, 1, 1),
            in_force_from=date(2024, 1, 1),
            in_force_until=date(2023, 12, 31),
        )
    assert "in_force_until" in err.value.message_dict
    assert "2023-12-31" in err.value.message_dict["in_force_until"][0]
    assert not Agreement.objects.exists()


def test_it_refuses_a_signed_agreement_with_one_party_and_writes_nothing() -> None:
    parties_before = Party.objects.count()
    with pytest.raises(ValidationError) as err:
        agreement_create(
            title="Alone",
            parties=[PartySpec(OrganisationFactory.create())],
            state=Agreement.State.SIGNED,
            signed_on=date(2024, 1, 1),
        )
    assert "at least 2 parties" in err.value.message_dict["parties"][0]
    assert not Agreement.objects.exists()
    assert Party.objects.count() == parties_before


def test_a_draft_may_have_one_party_but_cannot_be_signed_so() -> None:
    draft = agreement_create(
        title="Taking shape", parties=[PartySpec(OrganisationFactory.create())]
    )
    with pytest.raises(ValidationError, match="at least 2 parties"):
        agreement_sign(agreement=draft, signed_on=date(2024, 1, 1))
    draft.refresh_from_db()
    assert draft.state == Agreement.State.DRAFT


def test_it_takes_any_number_of_parties_companies_included() -> None:
    company = CompanyFactory.create(name="LG Electronics", country="KR")
    agreement = agreement_create(
        title="Three-party agreement",
        kind=Agreement.Kind.COOPERATION,
        parties=[*two(), PartySpec(company)],
        state=Agreement.State.SIGNED,
        signed_on=date(2015, 5, 23),
    )
    assert agreement.parties.count() == 3
    assert agreement.parties.filter(organisation__kind=Organisation.Kind.COMPANY).exists()
    assert agreement.in_force_from == date(2015, 5, 23)  # in force from the signing day


def test_it_refuses_the_same_party_twice() -> None:
    org = OrganisationFactory.create()
    with pytest.raises(ValidationError, match="already a party"):
        agreement_create(title="Twice", parties=[PartySpec(org), PartySpec(org)])
    assert not Agreement.objects.exists()


def test_it_refuses_a_unit_of_another_organisation_as_party() -> None:
    org, other = OrganisationFactory.create(), OrganisationFactory.create()
    unit = UnitFactory.create(organisation=other)
    with pytest.raises(ValidationError) as err:
        agreement_create(title="Crossed", parties=[PartySpec(org, unit=unit), PartySpec(other)])
    assert "unit" in err.value.message_dict


def test_removing_a_party_from_a_signed_bilateral_agreement_is_refused() -> None:
    agreement = AgreementFactory.create()
    with pytest.raises(ValidationError, match="at least 2 parties"):
        party_remove(party=agreement.parties.all()[0])
    assert agreement.parties.count() == 2


def test_the_lifecycle_draft_review_signed_terminated() -> None:
    draft = agreement_create(title="Lifecycle", parties=two())
    agreement_submit_for_review(agreement=draft)
    agreement_sign(agreement=draft, signed_on=date(2024, 3, 1), in_force_until=date(2029, 3, 1))
    assert draft.state == Agreement.State.SIGNED
    with pytest.raises(ValidationError, match="before it was signed"):
        agreement_terminate(agreement=draft, terminated_on=date(2024, 2, 1))
    agreement_terminate(agreement=draft, terminated_on=date(2025, 1, 1), reason="Partner withdrew")
    draft.refresh_from_db()
    assert draft.state == Agreement.State.TERMINATED
    assert draft.history.first().history_change_reason == "Partner withdrew"
    with pytest.raises(ValidationError, match="Only a signed"):
        agreement_renew(agreement=draft, in_force_until=date(2030, 1, 1))


def test_an_agreement_is_renewed_once() -> None:
    agreement = AgreementFactory.create()
    agreement_renew(agreement=agreement, in_force_until=date(2035, 1, 1))
    with pytest.raises(ValidationError, match="already been renewed"):
        agreement_renew(agreement=agreement, in_force_until=date(2036, 1, 1))


def test_a_duplicate_reference_is_refused() -> None:
    AgreementFactory.create(reference="XJTU-2015-001")
    with pytest.raises(ValidationError) as err:
        AgreementFactory.create(reference="XJTU-2015-001")
    assert "reference" in str(err.value)


def test_a_signed_agreement_needs_its_date() -> None:
    with pytest.raises(ValidationError) as err:
        agreement_create(title="Undated", parties=two(), state=Agreement.State.SIGNED)
    assert "signed_on" in err.value.message_dict


def test_update_validates_and_keeps_the_old_values_on_refusal() -> None:
    agreement = AgreementFactory.create(in_force_until=date(2030, 1, 1))
    with pytest.raises(ValidationError):
        agreement_update(agreement=agreement, in_force_until=date(2000, 1, 1))
    agreement.refresh_from_db()
    assert agreement.in_force_until == date(2030, 1, 1)


def test_a_signatory_must_work_for_the_party_they_sign_for() -> None:
    agreement = AgreementFactory.create()
    first, second = list(agreement.parties.all())
    stranger = ContactFactory.create(organisation=second.organisation, name="Someone Else")
    with pytest.raises(ValidationError) as err:
        signature_add(agreement=agreement, party=first, contact=stranger)
    assert "contact" in err.value.message_dict
    president = ContactFactory.create(
        organisation=first.organisation, name="Wang Shuguo", title="President"
    )
    signature = signature_add(agreement=agreement, party=first, contact=president)
    assert signature.capacity == "President"
    assert signature.signed_on == agreement.signed_on
    assert Signature.objects.count() == 1


def test_a_document_keeps_its_checksum_and_text_and_is_attached_once() -> None:
    agreement = AgreementFactory.create()
    data = b"Memorandum of understanding on joint research in medical big data."
    document = document_attach(agreement=agreement, data=data, filename="mou.txt")
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert "medical big data" in document.text
    assert document.size == len(data)
    with pytest.raises(ValidationError, match="already attached"):
        document_attach(agreement=agreement, data=data, filename="copy.txt")
    assert Document.objects.count() == 1


def test_a_broken_pdf_is_refused_with_its_name() -> None:
    agreement = AgreementFactory.create()
    with pytest.raises(ValidationError, match=r"scan\.pdf is not a readable PDF"):
        document_attach(agreement=agreement, data=b"%PDF-1.4 garbage", filename="scan.pdf")
    assert not Document.objects.exists()
