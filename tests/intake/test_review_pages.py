"""The intake's pages: the list of news items, reading one (pasted or uploaded), and the
review page — the text with every proposal marked, and accept, edit-and-accept and reject for
each — open to officers and the secretariat only."""

import html
import re
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.datastructures import MultiValueDict

from accord.activities.models import Event
from accord.agreements.models import Agreement
from accord.demo.factories import OrganisationFactory
from accord.extraction.sources import MAX_BYTES, read_pasted
from accord.intake.forms import SourceForm
from accord.intake.highlight import Mark, highlighted
from accord.intake.models import Proposal, Source
from accord.intake.services import source_ingest
from accord.registry.models import Organisation
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "accord-test"  # the personas' password (UserFactory)
LIST = "/intake/"
NEW = "/intake/new/"

NEWS = (
    "XJTU and Pusan National University sign MoU\n\n"
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Pusan National University on joint research and student exchange. "
    "A delegation of Pusan National University visited XJTU.\n"
)
# No date anywhere, and no publication date: the visit it reports has no day.
UNDATED = (
    "Delegation visits XJTU\n\n"
    "A delegation of Pusan National University visited Xi'an Jiaotong University to discuss "
    "student exchange.\n"
)


@pytest.fixture
def universities(db: None) -> dict[str, Organisation]:
    return {
        "xjtu": OrganisationFactory.create(
            name="Xi'an Jiaotong University", country="CN", names=[("XJTU", "", "acronym")]
        ),
        "pnu": OrganisationFactory.create(name="Pusan National University", country="KR"),
    }


@pytest.fixture
def source(universities: dict[str, Organisation]) -> Source:
    read, _created = source_ingest(read=read_pasted(NEWS, published=date(2015, 5, 25)))
    return read


@pytest.fixture
def officer(client: Client, personas: Personas) -> Client:
    return sign_in(client, "officer", PASSWORD)


def review_url(source: Source) -> str:
    return f"/intake/{source.pk}/"


def proposal(source: Source, kind: str, index: int = 0) -> Proposal:
    return list(source.proposals.filter(kind=kind))[index]


def accept(client: Client, p: Proposal, **fields: str) -> Any:
    data = {f"p{p.position}-{k}": v for k, v in fields.items()}
    return client.post(f"/intake/{p.source_id}/proposals/{p.position}/accept/", data)


def marked(page: str, anchor: str) -> str:
    """The text inside the mark with id `anchor`, its inner marks' tags removed."""
    start = page.index(f'<mark id="{anchor}"')
    body = page[page.index(">", start) + 1 :]
    depth, position = 1, 0
    for tag in re.finditer(r"<(/?)mark\b[^>]*>", body):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            position = tag.start()
            break
    return html.unescape(re.sub(r"<[^>]+>", "", body[:position]))


def test_an_officer_sees_the_list_with_counts_and_a_nav_link(
    officer: Client, source: Source
) -> None:
    proposal_reject_first = proposal(source, Proposal.Kind.EVENT)
    officer.post(f"/intake/{source.pk}/proposals/{proposal_reject_first.position}/reject/")
    response = officer.get(LIST)
    assert response.status_code == 200
    (listed,) = response.context["page"].items
    assert listed == source
    assert (listed.to_review, listed.accepted, listed.rejected) == (
        source.proposals.count() - 1, 0, 1,
    )  # fmt: skip
    page = response.content.decode()
    assert 'href="/intake/"' in page  # the "News" link in the navigation
    assert "XJTU and Pusan National University sign MoU" in page


def test_the_list_searches_titles(officer: Client, source: Source) -> None:
    assert officer.get(LIST, {"q": "pusan"}).context["page"].items == [source]
    assert officer.get(LIST, {"q": "liverpool"}).context["page"].items == []


def test_the_review_page_marks_every_proposal_at_its_offsets(
    officer: Client, source: Source
) -> None:
    response = officer.get(review_url(source))
    assert response.status_code == 200
    page = response.content.decode()
    for p in source.proposals.all():
        for n, (start, end) in enumerate(p.spans):
            assert marked(page, f"p{p.position}-{n}") == source.text[start:end]
        assert f'href="#p{p.position}-0"' in page  # its link into the text
    xjtu = proposal(source, Proposal.Kind.INSTITUTION)
    assert f'<mark id="p{xjtu.position}-0" class="hl hl-institution is-pending"' in page
    # the whole text is there, escaped: the apostrophe of Xi'an included
    assert "Xi&#x27;an Jiaotong University" in page


def test_the_review_page_takes_as_many_queries_however_much_is_decided(
    officer: Client, source: Source
) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert officer.get(review_url(source)).status_code == 200
        return len(captured)

    before = queries()
    for p in source.proposals.filter(kind=Proposal.Kind.INSTITUTION):
        accept(officer, p)
    accept(officer, proposal(source, Proposal.Kind.AGREEMENT))
    assert source.proposals.filter(status=Proposal.Status.ACCEPTED).count() == 3
    assert queries() == before <= 6  # session, user, profile; source, proposals, registry


def test_the_text_is_escaped(officer: Client, universities: dict[str, Organisation]) -> None:
    news = NEWS.replace("joint research", "<script>alert(1)</script> research")
    source, _created = source_ingest(read=read_pasted(news, published=date(2015, 5, 25)))
    page = officer.get(review_url(source)).content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_viewer_is_refused_and_a_visitor_sent_to_sign_in(
    client: Client, personas: Personas, source: Source
) -> None:
    p = proposal(source, Proposal.Kind.INSTITUTION)
    urls = [LIST, NEW, review_url(source)]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    sign_in(client, "viewer", PASSWORD)
    for url in urls:
        assert client.get(url).status_code == 403
    assert accept(client, p).status_code == 403
    assert client.post(f"/intake/{source.pk}/proposals/{p.position}/reject/").status_code == 403
    assert 'href="/intake/"' not in client.get("/").content.decode()
    p.refresh_from_db()
    assert p.status == Proposal.Status.PENDING


def test_pasting_a_news_item_reads_it_and_the_same_text_again_finds_it(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    response = officer.post(NEW, {"text": NEWS, "published": "2015-05-25", "title": ""})
    source = Source.objects.get()
    assert response.status_code == 302 and response["Location"] == review_url(source)
    assert source.title == "XJTU and Pusan National University sign MoU"
    assert source.published == date(2015, 5, 25)
    assert source.proposals.filter(kind=Proposal.Kind.AGREEMENT).exists()

    again = officer.post(NEW, {"text": NEWS, "title": "Another title"}, follow=True)
    assert again.redirect_chain == [(review_url(source), 302)]
    assert "Already read: XJTU and Pusan National University sign MoU" in again.content.decode()
    assert Source.objects.count() == 1


def test_a_title_given_replaces_the_headline(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    officer.post(NEW, {"text": NEWS, "title": "Pusan and XJTU"})
    assert Source.objects.get().title == "Pusan and XJTU"


def test_an_uploaded_text_file_is_read(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    upload = SimpleUploadedFile("news.txt", NEWS.encode(), content_type="text/plain")
    response = officer.post(NEW, {"file": upload, "published": "2015-05-25"})
    source = Source.objects.get()
    assert response.status_code == 302
    assert (source.origin, source.kind) == ("news.txt", "text")


def test_a_binary_upload_is_refused_naming_the_file_and_nothing_is_stored(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    upload = SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    response = officer.post(NEW, {"file": upload})
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == ["photo.txt: a PNG image, not a text, web page, PDF or Word document"]
    assert "Nothing was read" in response.content.decode()
    assert Source.objects.count() == 0 and Proposal.objects.count() == 0


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[bytes] = []
    monkeypatch.setattr("accord.intake.forms.read_bytes", lambda data, **kw: read.append(data))
    upload = SimpleUploadedFile("huge.pdf", b"%PDF-1.4 ")
    upload.size = MAX_BYTES + 1  # as Django reports a 40 MiB upload it spooled to disk
    form = SourceForm(data={}, files=MultiValueDict({"file": [upload]}))
    assert not form.is_valid()
    (error,) = form.errors["file"]
    assert str(error).startswith("huge.pdf is 40.0 MB; the limit is 40 MB.")
    assert read == []


def test_nothing_sent_asks_for_a_text_or_a_file(officer: Client, personas: Personas) -> None:
    response = officer.post(NEW, {"text": "   "})
    assert response.context["form"].non_field_errors() == [
        "Paste the text of a news item, or upload its file."
    ]
    assert Source.objects.count() == 0


def test_rejecting_a_proposal_records_who_and_strikes_it_out(
    officer: Client, personas: Personas, source: Source
) -> None:
    p = proposal(source, Proposal.Kind.EVENT)
    response = officer.post(f"/intake/{source.pk}/proposals/{p.position}/reject/")
    assert response.status_code == 302
    assert response["Location"] == f"{review_url(source)}#proposal-{p.position}"
    p.refresh_from_db()
    assert (p.status, p.decided_by) == (Proposal.Status.REJECTED, personas.officer)
    page = officer.get(review_url(source)).content.decode()
    assert f'<mark id="p{p.position}-0" class="hl hl-event is-rejected"' in page
    # a second time is refused, and says so
    again = officer.post(f"/intake/{source.pk}/proposals/{p.position}/reject/", follow=True)
    assert "This proposal was already decided." in again.content.decode()


def test_accepting_the_organisations_then_the_agreement_records_it_with_its_source(
    officer: Client, source: Source, universities: dict[str, Organisation]
) -> None:
    agreement = proposal(source, Proposal.Kind.AGREEMENT)
    # its parties first: the page says so and nothing is written
    refused = accept(officer, agreement)
    assert refused.status_code == 200
    assert "Accept or match these organisations first" in refused.content.decode()
    assert Agreement.objects.count() == 0
    for p in source.proposals.filter(kind=Proposal.Kind.INSTITUTION):
        assert accept(officer, p).status_code == 302
    response = accept(officer, agreement, title="XJTU–PNU memorandum")
    assert response.status_code == 302
    recorded = Agreement.objects.get()
    assert recorded.title == "XJTU–PNU memorandum"
    assert recorded.signed_on == date(2015, 5, 23)
    assert {p.organisation for p in recorded.parties.all()} == set(universities.values())
    assert f"News item #{source.pk}" in recorded.source
    assert source.title in recorded.source
    agreement.refresh_from_db()
    assert agreement.agreement == recorded
    page = officer.get(review_url(source)).content.decode()
    assert f'href="/agreements/{recorded.pk}/"' in page


def test_the_edit_form_leaves_a_party_out_and_adds_one_typed_in(
    officer: Client, source: Source, universities: dict[str, Organisation]
) -> None:
    agreement = proposal(source, Proposal.Kind.AGREEMENT)
    page = officer.get(review_url(source)).content.decode()
    assert f'name="p{agreement.position}-leave_out" value="Pusan National University"' in page
    assert f'name="p{agreement.position}-add_party"' in page
    xjtu = next(
        p for p in source.proposals.filter(kind=Proposal.Kind.INSTITUTION)
        if p.data["name"] == "Xi'an Jiaotong University"
    )  # fmt: skip
    assert accept(officer, xjtu).status_code == 302
    other = OrganisationFactory.create(name="Chiang Mai University", country="TH")
    # a name that is nobody's is refused on its field, nothing written
    refused = accept(
        officer, agreement, leave_out="Pusan National University", add_party="Nowhere Academy"
    )
    assert "No organisation in the registry is called" in refused.content.decode()
    assert Agreement.objects.count() == 0
    response = accept(
        officer, agreement, leave_out="Pusan National University", add_party="Chiang Mai University"
    )
    assert response.status_code == 302
    recorded = Agreement.objects.get()
    assert {p.organisation for p in recorded.parties.all()} == {universities["xjtu"], other}


def test_an_organisation_can_be_matched_to_another_or_created(
    officer: Client, source: Source, universities: dict[str, Organisation]
) -> None:
    xjtu, pnu = source.proposals.filter(kind=Proposal.Kind.INSTITUTION)
    other = OrganisationFactory.create(name="Xi'an University of Technology", country="CN")
    accept(officer, xjtu, organisation=f"Xi'an University of Technology · CN · #{other.pk}")
    xjtu.refresh_from_db()
    assert xjtu.organisation == other
    refused = accept(officer, pnu, organisation="Nowhere University of Nothing")
    assert refused.status_code == 200
    assert "No organisation in the registry is called" in refused.content.decode()
    pnu.refresh_from_db()
    assert pnu.status == Proposal.Status.PENDING


def test_accepting_an_event_without_a_date_asks_for_it(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    source, _created = source_ingest(read=read_pasted(UNDATED))
    event = proposal(source, Proposal.Kind.EVENT)
    assert event.data["date"] is None
    response = accept(officer, event)
    assert response.status_code == 200
    assert "The news gives no date for this event" in response.content.decode()
    assert response.context["failed"].proposal == event
    # the edit form, opened, still offers what the news says, ready for the missing day
    page = response.content.decode()
    assert '<details class="edit" open>' in page
    assert '<option value="visit" selected>' in page
    assert Event.objects.count() == 0
    assert accept(officer, event, starts_on="2015-05-20", place="Xi'an").status_code == 302
    recorded = Event.objects.get()
    assert (recorded.starts_on, recorded.place) == (date(2015, 5, 20), "Xi'an")


def test_crossing_marks_are_cut_and_only_the_first_piece_carries_the_anchor() -> None:
    marks = [
        Mark(start=0, end=6, anchor="a", classes="x", title="A"),
        Mark(start=4, end=9, anchor="b", classes="y", title="B"),
        Mark(start=2, end=3, anchor="c", classes="z", title="<C>"),
        Mark(start=5, end=50, anchor="d", classes="z", title="out of the text"),
    ]
    assert highlighted("ab&defghij", marks[:3]) == (
        '<mark id="a" class="x" title="A">ab<mark id="c" class="z" title="&lt;C&gt;">&amp;</mark>'
        'd<mark id="b" class="y" title="B">ef</mark></mark><mark class="y" title="B">ghi</mark>j'
    )
    assert highlighted("abc", marks[3:]) == "abc"


def test_organisations_named_but_set_aside_are_listed_apart_and_can_be_accepted(
    officer: Client, universities: dict[str, Organisation]
) -> None:
    text = (
        "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
        "Pusan National University. Both are ranked alongside the University of Delhi.\n"
    )
    source, _ = source_ingest(read=read_pasted(text, published=date(2015, 5, 25)))
    delhi = source.proposals.get(data__name="University of Delhi")
    assert delhi.status == Proposal.Status.ASIDE
    page = officer.get(review_url(source)).content.decode()
    assert "1 proposal set aside" in page
    group = page[page.index('id="group-aside"') :]
    assert "Also named or read, set aside" in group and "University of Delhi" in group
    # marked in the text, apart from what is proposed
    assert f'<mark id="p{delhi.position}-0" class="hl hl-institution is-aside"' in page
    article = page[page.index(f'id="proposal-{delhi.position}"') :]
    article = article[: article.index("</article>")]
    assert "the extractor judged the story is not about it" in article
    assert "/accept/" in article and "/reject/" not in article
    response = accept(officer, delhi, country="IN")
    assert response.status_code == 302
    delhi.refresh_from_db()
    assert delhi.status == Proposal.Status.ACCEPTED
    assert delhi.organisation is not None and delhi.organisation.name == "University of Delhi"


def test_agreements_read_but_set_aside_are_listed_apart_and_can_be_accepted(
    officer: Client, universities: dict[str, Organisation], monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.extraction import extract
    from accord.extraction.choice import Model

    # a choice of agreements that keeps none
    monkeypatch.setattr(
        extract, "shipped_keeper", lambda: Model(("confidence",), (0.0,), -50.0, 0.5)
    )
    text = (
        "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
        "Pusan National University.\n"
    )
    source, _ = source_ingest(read=read_pasted(text, published=date(2015, 5, 25)))
    agreement = source.proposals.get(kind=Proposal.Kind.AGREEMENT)
    assert agreement.status == Proposal.Status.ASIDE
    page = officer.get(review_url(source)).content.decode()
    assert "1 proposal set aside" in page
    group = page[page.index('id="group-aside"') :]
    assert "Also named or read, set aside" in group
    article = page[page.index(f'id="proposal-{agreement.position}"') :]
    article = article[: article.index("</article>")]
    assert "the extractor judged the story does not report it" in article
    assert "/accept/" in article
