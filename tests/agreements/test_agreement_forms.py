"""Officers record agreements in Accord's own pages: create (any number of parties, a company
among them, signatories, areas, the signed PDF), edit, terminate, renew — and every refusal
leaves the registry as it was."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from accord.agreements.models import Agreement, Document, Signature
from accord.agreements.services import agreement_update
from accord.demo.factories import OrganisationFactory
from accord.demo.loader import Demo, demo_load
from accord.registry.models import Contact, Organisation
from accord.registry.selectors import organisation_suggest
from tests.conftest import sign_in
from tests.pdfs import pdf_with_text

pytestmark = pytest.mark.django_db

TITLE = "Hydrogen turbine laboratory: XJTU – Pusan National University – LG Electronics"


@pytest.fixture
def demo() -> Demo:
    return demo_load()


def label(organisation: Organisation) -> str:
    return f"{organisation.name} · {organisation.country} · #{organisation.pk}"


def agreement_post(demo: Demo, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": TITLE,
        "kind": "cooperation",
        "state": "signed",
        "signed_on": "2026-03-02",
        "in_force_until": "2031-03-01",
        "confidentiality": "parties",
        "areas": [],
        "parties-TOTAL_FORMS": "3",
        "parties-INITIAL_FORMS": "0",
        "parties-0-organisation": label(demo.orgs["xjtu"]),
        "parties-0-role": "lead",
        "parties-1-organisation": "Pusan National University",  # a plain name is enough
        "parties-1-role": "party",
        "parties-2-organisation": label(demo.orgs["lge"]),
        "parties-2-role": "party",
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-0-name": "Wang Shuguo",
        "signatories-0-title": "President",
        "signatories-0-party": label(demo.orgs["xjtu"]),
        "signatories-0-signed_on": "2026-03-02",
        "document": SimpleUploadedFile(
            "signed.pdf", pdf_with_text("Joint laboratory for hydrogen turbines"), "application/pdf"
        ),
    }
    data.update(changes)
    return data


def counts() -> tuple[int, int, int, int]:
    return (
        Agreement.objects.count(),
        Signature.objects.count(),
        Document.objects.count(),
        Contact.objects.count(),
    )


def test_an_officer_records_a_three_party_agreement_with_a_company_and_finds_it_by_its_pdf(
    client: Client, demo: Demo
) -> None:
    sign_in(client, "xjtu")
    assert client.get("/agreements/new/").status_code == 200
    response = client.post("/agreements/new/", agreement_post(demo))
    assert response.status_code == 302, response.content.decode()[:2000]
    agreement = Agreement.objects.get(title=TITLE)
    assert {p.organisation.kind for p in agreement.parties.select_related("organisation")} == {
        "university",
        "company",
    }
    assert agreement.parties.count() == 3
    assert agreement.signatures.get().contact.name == "Wang Shuguo"
    assert agreement.history.first().history_user.username == "xjtu"
    found = html.unescape(client.get("/agreements/", {"q": "turbines"}).content.decode())
    assert TITLE in found
    document = agreement.documents.get()
    download = client.get(f"/agreements/{agreement.pk}/documents/{document.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]
    # confidential to its parties: Politecnico di Milano's officer sees none of it
    other = sign_in(Client(), "polimi")
    assert TITLE not in html.unescape(other.get("/agreements/", {"q": "turbines"}).content.decode())
    assert other.get(f"/agreements/{agreement.pk}/").status_code == 404
    assert other.get(f"/agreements/{agreement.pk}/documents/{document.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"document": SimpleUploadedFile("scan.pdf", b"GIF89a not a pdf", "application/pdf")},
            "document",
            "scan.pdf is not a PDF file.",
        ),
        ({"parties-1-organisation": "University of Nowhere"}, "parties", "No organisation"),
        ({"in_force_until": "2020-01-01"}, "in_force_until", "is before in force from"),
        (
            {"parties-TOTAL_FORMS": "1", "signatories-TOTAL_FORMS": "0"},
            None,
            "needs at least 2 parties",
        ),
        ({"signed_on": "2026-02-31"}, "signed_on", "Enter a valid date."),
    ],
)
def test_a_refused_agreement_writes_nothing_and_keeps_what_was_typed(
    client: Client, demo: Demo, changes: dict[str, object], field: str | None, message: str
) -> None:
    sign_in(client, "xjtu")
    before = counts()
    response = client.post("/agreements/new/", agreement_post(demo, **changes))
    page = html.unescape(response.content.decode())
    assert response.status_code == 400
    assert message in page
    assert TITLE in page  # what the officer typed is still there
    assert counts() == before


def test_a_party_written_as_an_affiliation_string_is_resolved_and_saved(
    client: Client, demo: Demo
) -> None:
    typed = "Univ. of Liverpool, UK"
    assert not Organisation.objects.filter(names__value__iexact=typed).exists()
    assert not organisation_suggest(q=typed)  # nor would the substring suggestions offer it
    sign_in(client, "xjtu")
    response = client.post(
        "/agreements/new/", agreement_post(demo, **{"parties-1-organisation": typed})
    )
    assert response.status_code == 302, html.unescape(response.content.decode())[:2000]
    parties = Agreement.objects.get(title=TITLE).parties
    assert set(parties.values_list("organisation_id", flat=True)) == {
        demo.orgs["xjtu"].pk,
        demo.orgs["liverpool"].pk,
        demo.orgs["lge"].pk,
    }


def test_a_party_the_resolver_is_not_sure_of_is_refused_with_its_candidates(
    client: Client, demo: Demo
) -> None:
    namibia = OrganisationFactory.create(
        name="Namibia University of Science and Technology",
        country="NA",
        names=[("NUST", "", "acronym")],
    )
    sign_in(client, "xjtu")
    before = counts()
    response = client.post(
        "/agreements/new/",
        agreement_post(demo, **{"parties-1-organisation": "Dept. of Physics, NUST"}),
    )
    assert response.status_code == 400
    errors = " ".join(response.context["parties"].forms[1].errors["organisation"])
    assert "No organisation in the registry is called “Dept. of Physics, NUST”. Did you mean " in (
        errors
    )
    assert f"{namibia.name} (NA)" in errors
    assert "National University of Sciences and Technology (PK)" in errors
    assert counts() == before
    # with the country, the same acronym is one organisation
    response = client.post(
        "/agreements/new/",
        agreement_post(demo, **{"parties-1-organisation": "Dept. of Physics, NUST (Pakistan)"}),
    )
    assert response.status_code == 302
    assert (
        Agreement.objects.get(title=TITLE).parties.filter(organisation=demo.orgs["nust"]).exists()
    )


def test_an_upload_over_the_limit_is_refused(client: Client, demo: Demo, settings: object) -> None:
    settings.ACCORD_UPLOAD_MAX_MB = 1  # type: ignore[attr-defined]
    big = pdf_with_text("big") + b"%" * (1024 * 1024 + 10)
    sign_in(client, "xjtu")
    before = counts()
    upload = SimpleUploadedFile("big.pdf", big, "application/pdf")
    response = client.post("/agreements/new/", agreement_post(demo, document=upload))
    assert "the limit is 1 MB" in response.content.decode()
    assert counts() == before


def test_an_officer_must_be_a_party_and_a_viewer_may_not_create(client: Client, demo: Demo) -> None:
    sign_in(client, "polimi")
    response = client.post("/agreements/new/", agreement_post(demo))
    assert "Your organisation must be one of the parties" in response.content.decode()
    assert not Agreement.objects.filter(title=TITLE).exists()
    viewer = sign_in(Client(), "viewer")
    assert viewer.get("/agreements/new/").status_code == 403
    anonymous = Client().get("/agreements/new/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_editing_is_for_the_parties_and_a_stale_edit_is_refused(client: Client, demo: Demo) -> None:
    hanyang = demo.agreements["expired"]  # XJTU and Hanyang, public
    polimi = sign_in(Client(), "polimi")
    assert polimi.get(f"/agreements/{hanyang.pk}/edit/").status_code == 403
    sign_in(client, "xjtu")
    form = client.get(f"/agreements/{hanyang.pk}/edit/")
    assert form.status_code == 200
    version = form.context["form"].initial["version"]
    agreement_update(agreement=hanyang, summary="Changed by the secretariat meanwhile.")
    data = {
        "version": version,
        "title": "Overwritten title",
        "kind": hanyang.kind,
        "state": hanyang.state,
        "signed_on": str(hanyang.signed_on),
        "in_force_until": str(hanyang.in_force_until),
        "confidentiality": hanyang.confidentiality,
        "parties-TOTAL_FORMS": "2",
        "parties-INITIAL_FORMS": "0",
        "parties-0-organisation": label(demo.orgs["xjtu"]),
        "parties-0-role": "party",
        "parties-1-organisation": label(demo.orgs["hanyang"]),
        "parties-1-role": "party",
        "signatories-TOTAL_FORMS": "0",
        "signatories-INITIAL_FORMS": "0",
    }
    stale = client.post(f"/agreements/{hanyang.pk}/edit/", data)
    assert stale.status_code == 400
    assert "after you opened this form" in stale.content.decode()
    hanyang.refresh_from_db()
    assert hanyang.summary == "Changed by the secretariat meanwhile."
    assert hanyang.title != "Overwritten title"
    fresh = client.get(f"/agreements/{hanyang.pk}/edit/").context["form"].initial["version"]
    saved = client.post(f"/agreements/{hanyang.pk}/edit/", {**data, "version": fresh})
    assert saved.status_code == 302
    hanyang.refresh_from_db()
    assert hanyang.title == "Overwritten title"


def test_terminate_and_renew_from_the_agreement_page(client: Client, demo: Demo) -> None:
    sign_in(client, "xjtu")
    polimi_school = demo.agreements["polimi"]
    page = client.get(f"/agreements/{polimi_school.pk}/").content.decode()
    assert f"/agreements/{polimi_school.pk}/renew/" in page
    renew_form = client.get(f"/agreements/{polimi_school.pk}/renew/")
    version = renew_form.context["form"].initial["version"]
    renewed = client.post(
        f"/agreements/{polimi_school.pk}/renew/",
        {"version": version, "signed_on": "2026-06-01", "in_force_until": "2031-05-31"},
    )
    assert renewed.status_code == 302
    successor = Agreement.objects.get(supersedes=polimi_school)
    assert renewed["Location"] == f"/agreements/{successor.pk}/"
    chain = client.get(renewed["Location"]).content.decode()
    assert "Renewal chain" in chain
    version = (
        client.get(f"/agreements/{successor.pk}/terminate/").context["form"].initial["version"]
    )
    early = client.post(
        f"/agreements/{successor.pk}/terminate/",
        {"version": version, "terminated_on": "2026-01-01"},
    )
    assert "cannot be terminated before it was signed" in html.unescape(early.content.decode())
    done = client.post(
        f"/agreements/{successor.pk}/terminate/",
        {"version": version, "terminated_on": "2026-07-01", "reason": "Programme closed"},
    )
    assert done.status_code == 302
    successor.refresh_from_db()
    assert successor.state == "terminated"


def test_spare_party_and_signatory_rows_left_blank_are_ignored(client: Client, demo: Demo) -> None:
    """A browser sends a blank row's select as it shows it ("party"), not as nothing."""
    sign_in(client, "xjtu")
    data = agreement_post(
        demo,
        **{
            "parties-TOTAL_FORMS": "4",
            "parties-3-organisation": "",
            "parties-3-role": "party",
            "signatories-TOTAL_FORMS": "2",
            "signatories-1-name": "",
            "signatories-1-party": "",
        },
    )
    response = client.post("/agreements/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Agreement.objects.get(title=TITLE).parties.count() == 3
