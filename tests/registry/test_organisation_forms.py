"""Officers create and edit organisations in Accord's own pages; suggestions while typing."""

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accord.demo.loader import Demo, demo_load
from accord.registry.models import Identifier, Organisation, OrgName
from accord.registry.selectors import organisation_suggest
from accord.registry.services import organisation_create, organisation_update
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db

NEW = "/organisations/new/"
SUGGEST = "/organisations/suggest/"


@pytest.fixture
def demo() -> Demo:
    return demo_load()


def edit_url(organisation: Organisation) -> str:
    return f"/organisations/{organisation.pk}/edit/"


def form_data(response: Any) -> dict[str, str]:
    """What the browser would post back for the form a page shows, untouched."""
    context = response.context
    forms = [context["form"]]
    for formset in (context["names"], context["identifiers"]):
        forms += [formset.management_form, *formset.forms]
    data: dict[str, str] = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            data[field.html_name] = "on" if value is True else str(value)
    return data


def new_organisation(**changes: str) -> dict[str, str]:
    data = {
        "name": "Università di Esempio",
        "kind": "university",
        "country": "it",
        "city": "Pavia",
        "website": "https://www.esempio.example",
        "established": "1361",
        "names-TOTAL_FORMS": "3",
        "names-INITIAL_FORMS": "0",
        "names-0-value": "UNIES",
        "names-0-language": "",
        "names-0-type": "acronym",
        "names-1-value": "University of Example",
        "names-1-language": "en",
        "names-1-type": "label",
        "names-2-value": "",
        "names-2-language": "",
        "names-2-type": "alias",
        "identifiers-TOTAL_FORMS": "2",
        "identifiers-INITIAL_FORMS": "0",
        "identifiers-0-scheme": "wikidata",
        "identifiers-0-value": "q1234567",
        "identifiers-1-scheme": "",
        "identifiers-1-value": "",
    }
    data.update(changes)
    return data


def row_counts() -> dict[str, int]:
    models = (Organisation, OrgName, Identifier)
    counts = {m.__name__: m.objects.count() for m in models}
    counts.update({f"history of {m.__name__}": m.history.count() for m in models})
    return counts


def test_an_officer_creates_an_organisation_with_names_and_an_identifier(
    client: Client, demo: Demo
) -> None:
    sign_in(client, "xjtu")
    page = client.get(NEW)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'hx-get="{SUGGEST}"' in html
    assert 'hx-trigger="input changed delay:300ms"' in html
    assert 'hx-target="#name-suggestions"' in html
    assert 'id="name-suggestions"' in html and 'aria-live="polite"' in html

    response = client.post(NEW, new_organisation(), follow=True)

    organisation = Organisation.objects.get(name="Università di Esempio")
    assert response.redirect_chain == [(f"/organisations/{organisation.pk}/", 302)]
    assert (organisation.country, organisation.city, organisation.established) == (
        "IT",
        "Pavia",
        1361,
    )
    assert set(organisation.names.values_list("value", "language", "type")) == {
        ("Università di Esempio", "", "official"),
        ("UNIES", "", "acronym"),
        ("University of Example", "en", "label"),
    }
    assert list(organisation.identifiers.values_list("scheme", "value")) == [
        ("wikidata", "Q1234567")
    ]
    html = response.content.decode()
    assert "Università di Esempio was added to the registry." in html
    assert "University of Example" in html and "Q1234567" in html
    # history says who
    xjtu_user = get_user_model().objects.get(username="xjtu")
    assert organisation.history.get().history_user == xjtu_user
    for model in (OrgName, Identifier):
        entries = model.history.filter(organisation_id=organisation.pk)
        assert {e.history_user for e in entries} == {xjtu_user}


def test_an_unknown_country_is_shown_on_the_field_and_nothing_is_written(
    client: Client, demo: Demo
) -> None:
    sign_in(client, "xjtu")
    before = row_counts()
    response = client.post(NEW, new_organisation(country="XX"))
    assert response.status_code == 200
    assert row_counts() == before
    form = response.context["form"]
    assert "XX is not an ISO 3166-1 alpha-2 country code" in form.errors["country"][0]
    html = response.content.decode()
    assert (
        'id="id_country_error"' in html
        and 'aria-describedby="id_country_helptext id_country_error"' in html
    )
    assert 'role="alert"' in html
    # what was typed is still there
    for typed in (
        'value="Università di Esempio"',
        'value="XX"',
        'value="UNIES"',
        'value="q1234567"',
    ):
        assert typed in html


def test_an_identifier_another_organisation_has_is_refused_and_nothing_is_written(
    client: Client, demo: Demo
) -> None:
    sign_in(client, "xjtu")
    before = row_counts()
    taken = {"identifiers-0-scheme": "ror", "identifiers-0-value": "ror.org/01NFFQT88"}
    response = client.post(NEW, new_organisation(**taken))
    assert response.status_code == 200
    assert row_counts() == before
    row = response.context["identifiers"].forms[0]
    assert "already has this identifier" in row.errors["value"][0]
    html = response.content.decode()
    assert 'id="id_identifiers-0-value_error"' in html
    assert 'value="ror.org/01NFFQT88"' in html and 'value="University of Example"' in html
    # without JavaScript, the refused form shows the organisations with a name like it
    assert "Already in the registry" not in html  # no organisation is called like this one
    similar = client.post(NEW, new_organisation(name="Politecnico di Milano", **taken))
    assert "Already in the registry" in similar.content.decode()
    assert row_counts() == before


def test_the_officer_of_an_organisation_edits_it_but_not_another(
    client: Client, demo: Demo
) -> None:
    polimi, xjtu = demo.orgs["polimi"], demo.orgs["xjtu"]
    sign_in(client, "polimi")
    assert f'href="/organisations/{polimi.pk}/edit/"' in (
        client.get(f"/organisations/{polimi.pk}/").content.decode()
    )
    assert "/edit/" not in client.get(f"/organisations/{xjtu.pk}/").content.decode()
    assert client.get(edit_url(xjtu)).status_code == 403
    assert client.post(edit_url(xjtu), {"name": "Hijacked"}).status_code == 403
    assert Organisation.objects.get(pk=xjtu.pk).name == xjtu.name

    page = client.get(edit_url(polimi))
    assert page.status_code == 200
    data = form_data(page)
    names, identifiers = page.context["names"], page.context["identifiers"]
    # the display name's official entry follows the name field; it is not a row
    assert "Politecnico di Milano" not in [
        r.initial.get("value") for r in names.forms if r.initial.get("type") == "official"
    ]
    alias = next(
        i
        for i, r in enumerate(names.forms)
        if r.initial.get("value") == "Polytechnic Institute of Milan"
    )
    grid = next(i for i, r in enumerate(identifiers.forms) if r.initial.get("scheme") == "grid")
    new_row = names.initial_form_count()
    data.update(
        {
            "city": "Milano",
            f"names-{alias}-DELETE": "on",
            f"names-{new_row}-value": "PoliMi",
            f"names-{new_row}-type": "acronym",
            f"identifiers-{grid}-DELETE": "on",
        }
    )
    response = client.post(edit_url(polimi), data, follow=True)
    assert response.redirect_chain == [(f"/organisations/{polimi.pk}/", 302)]
    assert "Your changes to Politecnico di Milano were saved." in response.content.decode()
    polimi.refresh_from_db()
    assert polimi.city == "Milano"
    values = set(polimi.names.values_list("value", flat=True))
    assert "PoliMi" in values and "Polytechnic Institute of Milan" not in values
    assert not polimi.identifiers.filter(scheme="grid").exists()
    assert polimi.identifiers.filter(scheme="ror").exists()
    user = get_user_model().objects.get(username="polimi")
    assert polimi.history.latest().history_user == user
    removed = OrgName.history.filter(value="Polytechnic Institute of Milan", history_type="-")
    assert removed.get().history_user == user


def test_a_changed_identifier_row_replaces_the_identifier(client: Client, demo: Demo) -> None:
    polimi = demo.orgs["polimi"]
    sign_in(client, "admin")
    page = client.get(edit_url(polimi))
    data = form_data(page)
    wikidata = next(
        i
        for i, r in enumerate(page.context["identifiers"].forms)
        if r.initial.get("scheme") == "wikidata"
    )
    data[f"identifiers-{wikidata}-value"] = "q999999"
    assert client.post(edit_url(polimi), data).status_code == 302
    assert list(polimi.identifiers.filter(scheme="wikidata").values_list("value", flat=True)) == [
        "Q999999"
    ]


def test_an_edit_refused_by_a_service_writes_nothing(client: Client, demo: Demo) -> None:
    polimi, xjtu = demo.orgs["polimi"], demo.orgs["xjtu"]
    sign_in(client, "polimi")
    page = client.get(edit_url(polimi))
    data = form_data(page)
    new_row = page.context["identifiers"].initial_form_count()
    xjtu_ror = xjtu.identifiers.get(scheme="ror").value
    data.update(
        {
            "city": "Milano",
            f"identifiers-{new_row}-scheme": "ror",
            f"identifiers-{new_row}-value": xjtu_ror,
        }
    )
    before = row_counts()
    response = client.post(edit_url(polimi), data)
    assert response.status_code == 200
    assert (
        "already has this identifier"
        in response.context["identifiers"].forms[new_row].errors["value"][0]
    )
    assert row_counts() == before
    polimi.refresh_from_db()
    assert polimi.city == "Milan"
    assert 'value="Milano"' in response.content.decode()


def test_a_viewer_may_not_create_and_a_visitor_is_sent_to_sign_in(
    client: Client, demo: Demo
) -> None:
    polimi = demo.orgs["polimi"]
    assert "/organisations/new/" not in client.get("/organisations/").content.decode()
    for url in (NEW, edit_url(polimi)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"
    before = row_counts()
    assert client.post(NEW, new_organisation()).status_code == 302

    sign_in(client, "viewer")
    assert "/organisations/new/" not in client.get("/organisations/").content.decode()
    assert client.get(NEW).status_code == 403
    assert client.post(NEW, new_organisation()).status_code == 403
    assert client.get(edit_url(polimi)).status_code == 403
    assert row_counts() == before

    sign_in(client, "xjtu")
    assert 'href="/organisations/new/"' in client.get("/organisations/").content.decode()


def test_a_stale_edit_is_refused_and_the_other_change_stays(client: Client, demo: Demo) -> None:
    polimi = demo.orgs["polimi"]
    sign_in(client, "polimi")
    page = client.get(edit_url(polimi))  # the officer opens the form...
    data = form_data(page)
    admin = get_user_model().objects.get(username="admin")
    organisation_update(organisation=polimi, city="Milano", actor=admin)  # ...someone saves
    new_row = page.context["names"].initial_form_count()
    data.update({"website": "https://www.polimi.it", f"names-{new_row}-value": "PoliMi"})
    before = row_counts()

    response = client.post(edit_url(polimi), data)

    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert "after you opened this form" in errors[0] and "admin" in errors[0]
    assert row_counts() == before
    polimi.refresh_from_db()
    assert (polimi.city, polimi.website) == ("Milano", "https://polimi.it")
    assert not polimi.names.filter(value="PoliMi").exists()
    # what the officer typed is kept, to make it again
    assert 'value="https://www.polimi.it"' in response.content.decode()


def test_suggestions_find_an_organisation_by_any_of_its_names(client: Client, demo: Demo) -> None:
    polimi = demo.orgs["polimi"]
    for q in ("polit mil", "polytechnic university of milan", "POLYTECHNIC INSTITUTE"):
        html = client.get(SUGGEST, {"q": q}).content.decode()
        assert "Already in the registry" in html
        assert f'<a href="/organisations/{polimi.pk}/">Politecnico di Milano</a>' in html
    # what htmx sends from the create form's name input
    assert "Politecnico di Milano" in client.get(SUGGEST, {"name": "polit mil"}).content.decode()
    # every word must match
    assert "Politecnico" not in client.get(SUGGEST, {"q": "polit turin"}).content.decode()
    options = client.get(SUGGEST, {"q": "polit mil", "as": "options"}).content.decode()
    assert (
        f'<option value="Politecnico di Milano · IT · #{polimi.pk}">Politecnico di Milano'
        " (Milan, Italy)</option>"
    ) in options
    assert "<ul" not in options and "Already in the registry" not in options
    assert client.get(SUGGEST, {"q": ""}).content == b""


def test_suggestions_resolve_affiliation_strings_and_say_why(client: Client, demo: Demo) -> None:
    liverpool, nust = demo.orgs["liverpool"], demo.orgs["nust"]
    typed = "Dept. of Physics, Univ. of Liverpool, UK"
    assert organisation_suggest(q=typed) == []  # no name holds every word
    html = client.get(SUGGEST, {"q": typed}).content.decode()
    assert f'<a href="/organisations/{liverpool.pk}/">University of Liverpool</a>' in html
    assert "best match" in html and "“Univ. of Liverpool” is one of its names" in html
    options = client.get(SUGGEST, {"q": "NUST (Pakistan)", "as": "options"}).content.decode()
    assert options.strip().startswith(
        f'<option value="National University of Sciences and Technology · PK · #{nust.pk}">'
    )


def test_suggestions_put_exact_names_first_then_prefixes(db: None) -> None:
    inside = organisation_create(name="University of Bologna")
    prefix = organisation_create(name="Bologna Business School")
    exact = organisation_create(name="Zeta Institute", names=[("Bologna", "", "alias")])
    assert organisation_suggest(q="bologna") == [exact, prefix, inside]
    assert organisation_suggest(q="bologna", limit=2) == [exact, prefix]


def test_suggestions_take_a_fixed_number_of_queries(client: Client, demo: Demo) -> None:
    client.get(SUGGEST, {"q": "warm up"})  # the first call indexes the registry
    counts = []
    for q in ("polit mil", "university", "nothing like this", "Univ. of Liverpool, UK"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(SUGGEST, {"q": q}).status_code == 200
        counts.append(len(queries))
    # whether the registry changed, the substring matches, the resolver's candidates' rows
    assert max(counts) <= 3, counts
