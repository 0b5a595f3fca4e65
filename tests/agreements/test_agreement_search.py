"""Full-text search of agreements: words in any language, accents ignored, word starts, and a
search body that follows every change to what it is built from."""

from datetime import date

import pytest

from accord.agreements.models import SearchDocument
from accord.agreements.search import search_body, search_tokens
from accord.agreements.selectors import SYSTEM, agreement_filter, agreement_list
from accord.agreements.services import agreement_update, document_attach, party_add, party_remove
from accord.demo.factories import AgreementFactory, OrganisationFactory
from accord.registry.services import orgname_add, orgname_remove
from tests.pdfs import pdf_with_text

pytestmark = pytest.mark.django_db


def found(q: str, plan: str = "index") -> set[int]:
    return set(agreement_filter(user=SYSTEM, q=q, plan=plan).values_list("pk", flat=True))


def test_tokens_fold_accents_case_punctuation_and_split_chinese() -> None:
    assert search_tokens("Coopération Scientifique, l'ÉCOLE") == [
        "cooperation",
        "scientifique",
        "l",
        "ecole",
        "lecole",
    ]
    assert search_tokens("西安交通大学 (XJTU)") == ["西", "安", "交", "通", "大", "学", "xjtu"]
    assert search_tokens("snake_case x*y") == ["snake", "case", "x", "y"]
    assert search_body(["", "A-b"]) == " a b "


def test_words_are_found_without_accents_by_their_start_and_in_any_order() -> None:
    agreement = AgreementFactory.create(title="Coopération scientifique avec l'École")
    AgreementFactory.create(title="Student exchange")
    assert found("cooperation") == {agreement.pk}
    assert found("COOP sci") == {agreement.pk}
    assert found("ecole cooperation") == {agreement.pk}
    assert found("operation") == set()  # the start of a word, not any part of it


def test_chinese_names_are_found_by_any_run_of_their_characters() -> None:
    xjtu = OrganisationFactory.create(
        name="Xi'an Jiaotong University", names=[("西安交通大学", "zh", "official")]
    )
    agreement = AgreementFactory.create(
        title="Exchange", parties=[xjtu, OrganisationFactory.create()]
    )
    assert found("西安交通") == {agreement.pk}
    assert found("交通大学") == {agreement.pk}
    assert found("西交") == set()  # not consecutive
    assert found("xian jiaotong") == found("Xi’an") == {agreement.pk}


def test_a_word_inside_an_uploaded_document_is_found() -> None:
    agreement = AgreementFactory.create(title="Memorandum")
    document = document_attach(
        agreement=agreement,
        data=pdf_with_text("Annex on photovoltaic laboratories"),
        filename="mou.pdf",
    )
    assert found("photovoltaic") == {agreement.pk}
    document.delete()
    assert found("photovoltaic") == set()


def test_the_body_follows_titles_parties_and_names() -> None:
    agreement = AgreementFactory.create(title="Framework")
    agreement_update(agreement=agreement, title="Joint laboratory")
    assert (found("framework"), found("laboratory")) == (set(), {agreement.pk})
    partner = OrganisationFactory.create(name="Pusan National University")
    party = party_add(agreement=agreement, organisation=partner)
    assert found("pusan") == {agreement.pk}
    name = orgname_add(organisation=partner, value="PNU", type="acronym")
    assert found("pnu") == {agreement.pk}
    orgname_remove(name=name)
    assert found("pnu") == set()
    party_remove(party=party)
    assert found("pusan") == set()


def test_a_deleted_agreement_leaves_no_search_body() -> None:
    agreement = AgreementFactory.create(title="Short lived")
    document_attach(agreement=agreement, data=pdf_with_text("gone"), filename="a.pdf")
    agreement.delete()
    assert not SearchDocument.objects.filter(agreement_id=agreement.pk).exists()
    assert found("short") == set()


@pytest.mark.parametrize(
    "q", ['"', "AND", "x OR y", "NOT", "a*", "near(a b)", "'", "-", "%", "_", "\\", "()"]
)
def test_query_syntax_typed_into_the_search_box_is_only_text(q: str) -> None:
    AgreementFactory.create(title="Plain title")
    assert found(q) == found(q, plan="scan") == found(q, plan="matches")
    agreement_list(user=SYSTEM, q=q)  # does not raise


def test_the_index_and_the_scan_agree() -> None:
    milan = OrganisationFactory.create(
        name="Politecnico di Milano", names=[("米兰理工大学", "zh", "official")]
    )
    for i in range(8):
        partner = milan if i % 2 else OrganisationFactory.create()
        AgreementFactory.create(
            title=f"Agreement number {i} on Énergie",
            parties=[partner, OrganisationFactory.create()],
        )
    for q in ("milano", "mil energ", "米兰", "理工大学", "number 3", "nothing", "agree"):
        assert found(q) == found(q, plan="scan") == found(q, plan="matches"), q
    assert len(found("milano")) == 4


@pytest.mark.parametrize("index_plan_limit", [0, 10_000])  # many matches / few matches
def test_a_searched_list_pages_the_same_whichever_plan_serves_it(
    monkeypatch: pytest.MonkeyPatch, index_plan_limit: int
) -> None:
    import accord.agreements.selectors

    partners = [OrganisationFactory.create(), OrganisationFactory.create()]
    for day in range(1, 8):
        AgreementFactory.create(
            title=f"Geothermal pilot {day}", parties=partners, signed_on=date(2021, 3, day)
        )
    AgreementFactory.create(title="Unrelated", parties=partners)
    monkeypatch.setattr(accord.agreements.selectors, "COUNT_LIMIT", 2)
    monkeypatch.setattr(accord.agreements.selectors, "INDEX_PLAN_LIMIT", index_plan_limit)
    page = agreement_list(user=SYSTEM, q="geotherm", size=3, page=2)
    assert [a.title for a in page.items] == [f"Geothermal pilot {d}" for d in (4, 3, 2)]
