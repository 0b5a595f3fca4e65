"""In a real browser: an officer records a three-party agreement with a company, a signatory
and its signed PDF, finds it by a word inside the PDF and sees it on the dashboard; an officer
of another university, not a party, never sees it.

Drives Debian's Chromium through Playwright against Django's live server. Skipped when
Chromium is not installed, unless ACCORD_REQUIRE_BROWSER is set (CI sets it)."""

import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from accord.agreements.models import Agreement
from tests.pdfs import pdf_with_text

CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        if os.environ.get("ACCORD_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API runs an event loop in this thread; the test's own ORM
    # calls are synchronous all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def demo(live_server: Any, settings: Any) -> str:
    settings.AXES_ENABLED = True
    call_command("seed_demo", verbosity=0)
    return str(live_server.url)


def sign_in(browser: Any, base: str, username: str) -> Any:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(15_000)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill("accord-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    return page


def test_an_officer_records_finds_and_keeps_a_confidential_agreement(
    browser: Any, demo: str, tmp_path: Path
) -> None:
    today = date.today()
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(pdf_with_text("Annex: photovoltaic research laboratory in Busan"))

    page = sign_in(browser, demo, "xjtu")
    page.get_by_role("navigation").get_by_role("link", name="Agreements").click()
    page.get_by_role("link", name="New agreement").click()
    page.fill("#id_title", "Battery materials agreement")
    page.select_option("#id_kind", "research")
    page.select_option("#id_state", "signed")
    page.fill("#id_signed_on", (today - timedelta(days=10)).isoformat())
    page.fill("#id_in_force_from", (today - timedelta(days=10)).isoformat())
    page.fill("#id_in_force_until", (today + timedelta(days=60)).isoformat())
    page.select_option("#id_confidentiality", "parties")
    # the officer's own university is already the first party
    assert "Xi'an Jiaotong University" in page.input_value("#id_parties-0-organisation")
    page.fill("#id_parties-1-organisation", "Pusan National University")
    page.fill("#id_parties-2-organisation", "LG Electronics")
    page.fill("#id_signatories-0-name", "Wang Shuguo")
    page.fill("#id_signatories-0-title", "President")
    page.fill("#id_signatories-0-party", "Xi'an Jiaotong University")
    page.get_by_role("button", name="Add another signatory").click()
    page.fill("#id_signatories-1-name", "Kim Ki-sup")
    page.fill("#id_signatories-1-party", "Pusan National University")
    page.set_input_files("#id_document", str(pdf))
    page.get_by_role("button", name="Save").click()

    page.wait_for_url("**/agreements/*/")
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Battery materials agreement"
    body = page.locator("main").inner_text()
    for expected in ("Pusan National University", "LG Electronics", "Wang Shuguo", "signed.pdf"):
        assert expected in body
    agreement = Agreement.objects.get(title="Battery materials agreement")
    assert agreement.parties.count() == 3 and agreement.signatures.count() == 2
    detail = page.url

    # found by a word that is only inside the PDF
    page.goto(f"{demo}/agreements/")
    page.get_by_role("searchbox", name="Search").fill("photovoltaic")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=photovoltaic**")
    results = page.locator("#results")
    results.get_by_role("link", name="Battery materials agreement").wait_for()

    # expiring in 60 days: on the dashboard's list of next expiries
    page.goto(f"{demo}/")
    page.get_by_role("link", name="Battery materials agreement").wait_for()
    page.close()

    # an officer of a university that is not a party sees none of it
    other = sign_in(browser, demo, "polimi")
    assert "Battery materials agreement" not in other.locator("main").inner_text()
    other.goto(f"{demo}/agreements/?q=photovoltaic")
    assert "Battery materials agreement" not in other.locator("main").inner_text()
    response = other.goto(detail)
    assert response is not None and response.status == 404
    other.close()


# The main pages, as the README shows them: (file name, path, who is signed in).
MAIN_PAGES = [
    ("dashboard", "/", "admin"),
    ("agreements", "/agreements/?sort=-signed", "admin"),
    ("agreement", "/agreements/?q=Pusan", "admin"),  # the first result's page
    ("organisations", "/organisations/", "admin"),
    ("organisation", "/organisations/?q=Xi'an+Jiaotong", "admin"),
    ("alliance", "/alliances/", "admin"),
    ("agreement-form", "/agreements/new/", "xjtu"),
    ("events", "/events/", "viewer"),
]


def test_the_main_pages_fit_a_phone_and_a_desktop(browser: Any, demo: str, tmp_path: Path) -> None:
    """Every main page renders without a script error and without sideways scrolling on a
    390-pixel phone. With ACCORD_SCREENSHOTS=DIR the desktop views are saved there as PNGs
    (`make screenshots` refreshes docs/screenshots this way)."""
    out = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    pages = {who: sign_in(browser, demo, who) for who in {w for _, _, w in MAIN_PAGES}}
    for name, path, who in MAIN_PAGES:
        page = pages[who]
        errors: list[str] = []
        page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(f"{demo}{path}")
        if name in ("agreement", "organisation", "alliance"):  # open the first result
            page.locator("main table tbody a, main ul a").first.click()
            page.wait_for_load_state()
        page.screenshot(path=str(out / f"{name}.png"), full_page=False)
        page.set_viewport_size({"width": 390, "height": 800})
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{name}: {overflow}px of sideways scrolling on a phone"
        assert not errors, f"{name}: {errors}"


def test_the_secretariat_edits_a_members_role_in_place(browser: Any, demo: str) -> None:
    page = sign_in(browser, demo, "admin")
    page.goto(f"{demo}/alliances/uansr/")
    row = page.locator("#members ~ div table tbody tr").first
    row_id = row.get_attribute("id")
    row.get_by_role("link", name="Edit").click()
    editing = page.locator(f"#{row_id}.editing")
    editing.get_by_label("Role").select_option("council")
    editing.get_by_role("button", name="Save").click()
    page.locator(f"#{row_id}:not(.editing)").get_by_text("Executive council member").wait_for()
    assert page.url == f"{demo}/alliances/uansr/"  # no page load: the row was swapped


NEWS = (
    "XJTU and Pusan National University sign a memorandum\n\n"
    "On May 23, Xi'an Jiaotong University (XJTU) signed a memorandum of understanding with "
    "Pusan National University on joint research, lab building and student exchange. The "
    "memorandum was signed by XJTU President Wang Shuguo. After the signing, a delegation "
    "from Pusan National University visited the XJTU School of Management."
)


def test_an_officer_reviews_a_news_item_and_the_page_fits(
    browser: Any, demo: str, tmp_path: Path
) -> None:
    """The XJTU officer pastes a news item, accepts its two organisations and then the
    agreement, and finds the agreement linking back to the words; the review page fits a
    phone. With ACCORD_SCREENSHOTS=DIR the review page is saved there (news-review.png)."""
    out = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    page = sign_in(browser, demo, "xjtu")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo}/intake/new/")
    page.get_by_label("Paste the text").fill(NEWS)
    page.get_by_label("Published on").fill("2015-05-25")
    page.get_by_role("button", name="Read it").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "XJTU and Pusan National University sign a memorandum"
    marks = page.locator("main mark")
    assert marks.count() > 0
    page.screenshot(path=str(out / "news-review.png"), full_page=False)
    for name in ("Xi'an Jiaotong University", "Pusan National University"):
        page.get_by_role("button", name=f"Accept {name}", exact=True).click()
        page.wait_for_load_state()
    page.get_by_role("button", name="Accept MOU", exact=False).first.click()
    page.wait_for_load_state()
    page.get_by_role(
        "link", name="MOU: Xi'an Jiaotong University – Pusan National University"
    ).click()
    page.wait_for_load_state()
    assert "News item #" in page.locator("main").inner_text()
    page.get_by_role("link", name="Show it in the news item").click()
    page.wait_for_load_state()
    assert "/intake/" in page.url
    page.set_viewport_size({"width": 390, "height": 800})
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1, f"news review: {overflow}px of sideways scrolling on a phone"
    assert not errors, errors
