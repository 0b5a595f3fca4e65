"""Officers record events and activities in Accord's own pages: who may create and edit which,
what a refused save says, and that a refusal leaves the registry as it was."""

import html
from datetime import date
from typing import Any

import pytest
from django.test import Client

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.activities.services import activity_create, activity_update, event_create, event_update
from accord.agreements.models import Agreement
from accord.demo.factories import AgreementFactory, OrganisationFactory
from accord.registry.models import Organisation
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "accord-test"  # the factories' password, which the personas have
EVENT_TITLE = "Rectors' forum on water and cities"
ACTIVITY_TITLE = "Summer school on flood risk, first cohort"
SECRET = "Confidential battery study of the unrelated university"


def label(organisation: Organisation) -> str:
    return f"{organisation.name} · {organisation.country} · #{organisation.pk}"


def as_user(username: str | None) -> Client:
    client = Client()
    return sign_in(client, username, PASSWORD) if username else client


def page(response: Any) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def partner(personas: Personas) -> Organisation:
    return OrganisationFactory.create(name="Partner University", country="CN")


@pytest.fixture
def agreement(personas: Personas, partner: Organisation) -> Agreement:
    """Public, between the officer's university and a partner."""
    return AgreementFactory.create(
        title="Water research cooperation", parties=[personas.member, partner]
    )


@pytest.fixture
def secret(personas: Personas, partner: Organisation) -> Agreement:
    """Confidential to its parties: the unrelated university and the partner."""
    return AgreementFactory.create(
        title=SECRET, parties=[personas.other, partner], confidentiality="parties"
    )


@pytest.fixture
def event(personas: Personas, partner: Organisation) -> Event:
    """Hosted by the officer's university, the partner taking part."""
    return event_create(
        kind=Event.Kind.MEETING,
        title="Joint board meeting",
        starts_on=date(2026, 4, 1),
        host=personas.member,
        participants=[(partner, EventParticipant.Role.PARTICIPANT)],
    )


@pytest.fixture
def activity(agreement: Agreement) -> Activity:
    return activity_create(
        kind=Activity.Kind.STUDENT_MOBILITY,
        title="Exchange cohort 2026",
        agreement=agreement,
        starts_on=date(2026, 2, 1),
    )


def counts() -> dict[str, int]:
    """Everything a form could write, history included."""
    return {
        "events": Event.objects.count(),
        "participants": EventParticipant.objects.count(),
        "activities": Activity.objects.count(),
        "signed_at_an_event": Agreement.objects.filter(signing_event__isnull=False).count(),
        "event_versions": Event.history.count(),
        "activity_versions": Activity.history.count(),
        "agreement_versions": Agreement.history.count(),
    }


def event_post(personas: Personas, **changes: str) -> dict[str, str]:
    data = {
        "title": EVENT_TITLE,
        "kind": "forum",
        "starts_on": "2026-05-04",
        "ends_on": "2026-05-05",
        "host": label(personas.member),
        "place": "Aula Magna",
        "city": "Milano",
        "country": "it",
        "alliance": "",
        "description": "Rectors of the alliance on water in cities.",
        "source": "",
        "participants-TOTAL_FORMS": "2",
        "participants-INITIAL_FORMS": "0",
        "participants-0-organisation": label(personas.other),
        "participants-0-role": "participant",
        # a spare row the officer left alone: the browser still sends its role
        "participants-1-organisation": "",
        "participants-1-role": "participant",
        "agreements-TOTAL_FORMS": "1",
        "agreements-INITIAL_FORMS": "0",
        "agreements-0-agreement": "",
    }
    data.update(changes)
    return data


def activity_post(**changes: str) -> dict[str, str]:
    data = {
        "title": ACTIVITY_TITLE,
        "kind": "programme",
        "agreement": "",
        "starts_on": "2026-07-01",
        "ends_on": "2026-07-14",
        "participants": "32",
        "outputs": "",
        "outcome": "Thirty-two students, two weeks, one joint report.",
        "source": "",
        "organisations-TOTAL_FORMS": "2",
        "organisations-INITIAL_FORMS": "0",
        "organisations-0-organisation": "",
        "organisations-1-organisation": "",
    }
    data.update(changes)
    return data


def shown(response: Any) -> dict[str, str]:
    """What the browser would post back for the form a page shows, untouched."""
    context = response.context
    forms = [context["form"]]
    for name in ("participants", "agreements", "organisations"):
        if name in context:
            forms += [context[name].management_form, *context[name].forms]
    data: dict[str, str] = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            if hasattr(value, "pk"):
                value = value.pk
            data[field.html_name] = "on" if value is True else str(value)
    return data


# --- Events ---------------------------------------------------------------------------------


def test_an_officer_records_an_event_their_university_hosts(
    personas: Personas, agreement: Agreement
) -> None:
    client = as_user("officer")
    form = client.get("/events/new/")
    assert form.status_code == 200
    assert label(personas.member) in page(form)  # the host starts as the officer's university
    response = client.post(
        "/events/new/",
        event_post(personas, **{"agreements-0-agreement": f"{agreement.title} · #{agreement.pk}"}),
    )
    assert response.status_code == 302, page(response)[:3000]
    event = Event.objects.get(title=EVENT_TITLE)
    assert response["Location"] == f"/events/{event.pk}/"
    assert (event.host, event.country, event.ends_on) == (personas.member, "IT", date(2026, 5, 5))
    assert {(p.organisation.name, p.role) for p in event.participations.all()} == {
        ("Member University", "host"),
        ("Unrelated University", "participant"),
    }
    agreement.refresh_from_db()
    assert agreement.signing_event == event
    assert event.history.get().history_user == personas.officer
    assert agreement.history.first().history_user == personas.officer
    assert "Event saved." in page(client.get(response["Location"]))


@pytest.mark.parametrize(
    ("username", "status"),
    [("sec", 200), ("officer", 200), ("outsider", 200), ("viewer", 403), (None, 302)],
)
def test_who_may_open_the_new_event_form(personas: Personas, username: str, status: int) -> None:
    response = as_user(username).get("/events/new/")
    assert response.status_code == status
    if username is None:
        assert response["Location"].startswith("/accounts/login/?next=/events/new/")


@pytest.mark.parametrize("username", ["viewer", None])
def test_a_viewer_or_visitor_cannot_post_an_event(personas: Personas, username: str) -> None:
    before = counts()
    response = as_user(username).post("/events/new/", event_post(personas))
    assert response.status_code == (403 if username else 302)
    assert counts() == before


@pytest.mark.parametrize(
    ("username", "status"),
    [("sec", 200), ("officer", 200), ("outsider", 403), ("viewer", 403), (None, 302)],
)
def test_who_may_edit_an_event(
    personas: Personas, event: Event, username: str, status: int
) -> None:
    client = as_user(username)
    assert client.get(f"/events/{event.pk}/edit/").status_code == status
    detail = page(client.get(f"/events/{event.pk}/"))
    assert (f"/events/{event.pk}/edit/" in detail) == (status == 200)


def test_an_officer_of_a_participant_may_edit_the_event(personas: Personas, event: Event) -> None:
    client = as_user("outsider")
    assert client.get(f"/events/{event.pk}/edit/").status_code == 403
    event_update(
        event=event,
        participants=[(personas.other, EventParticipant.Role.PARTICIPANT)],
    )
    assert client.get(f"/events/{event.pk}/edit/").status_code == 200


def test_editing_an_event_changes_it_and_its_participants_and_records_who(
    personas: Personas, event: Event, partner: Organisation
) -> None:
    client = as_user("officer")
    data = shown(client.get(f"/events/{event.pk}/edit/"))
    assert data["participants-0-organisation"] == label(partner)
    data.update(
        {
            "title": "Joint board meeting, spring",
            "participants-0-DELETE": "on",
            "participants-1-organisation": label(personas.other),
            "participants-1-role": "visitor",
        }
    )
    response = client.post(f"/events/{event.pk}/edit/", data)
    assert response.status_code == 302, page(response)[:3000]
    event.refresh_from_db()
    assert event.title == "Joint board meeting, spring"
    assert {(p.organisation_id, p.role) for p in event.participations.all()} == {
        (personas.member.pk, "host"),
        (personas.other.pk, "visitor"),
    }
    assert event.history.first().history_user == personas.officer
    removed = EventParticipant.history.filter(organisation_id=partner.pk, history_type="-").get()
    assert removed.history_user == personas.officer


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_on": "2026-05-01"}, "ends_on", "An event cannot end before it starts."),
        ({"starts_on": "2026-02-30"}, "starts_on", "Enter a valid date."),
        (
            {"participants-0-organisation": "University of Nowhere"},
            "organisation",
            "No organisation in the registry is called “University of Nowhere”",
        ),
        ({"host": "Atlantis Institute"}, "host", "No organisation in the registry is called"),
        ({"country": "xx"}, "country", "XX is not an ISO 3166-1 alpha-2 country code"),
        (
            {"host": "", "participants-0-organisation": ""},
            "host",
            "Your organisation must be the host or one of the participants",
        ),
        (
            {"participants-1-organisation": "Unrelated University"},
            None,
            "The same organisation is listed twice.",
        ),
    ],
)
def test_a_refused_event_writes_nothing_and_keeps_what_was_typed(
    personas: Personas, changes: dict[str, str], field: str | None, message: str
) -> None:
    client = as_user("officer")
    before = counts()
    response = client.post("/events/new/", event_post(personas, **changes))
    assert response.status_code == 400
    assert message in page(response)
    assert EVENT_TITLE in page(response)  # what the officer typed is still there
    if field in response.context["form"].fields:
        assert message in " ".join(response.context["form"].errors[field])
    elif field == "organisation":
        assert response.context["participants"].forms[0].errors["organisation"]
    assert counts() == before


def test_a_participant_written_as_an_affiliation_string_is_resolved(personas: Personas) -> None:
    typed = "Dept. of Civil Engineering, Unrelated Univ., France"
    assert not Organisation.objects.filter(names__value__iexact=typed).exists()
    client = as_user("officer")
    response = client.post(
        "/events/new/", event_post(personas, **{"participants-0-organisation": typed})
    )
    assert response.status_code == 302, page(response)[:3000]
    event = Event.objects.get(title=EVENT_TITLE)
    assert set(event.participations.values_list("organisation_id", "role")) == {
        (personas.member.pk, "host"),
        (personas.other.pk, "participant"),
    }


def test_an_event_cannot_be_tied_to_an_agreement_the_officer_cannot_see_or_change(
    personas: Personas, agreement: Agreement, secret: Agreement
) -> None:
    client = as_user("outsider")  # party to `secret`, not to `agreement` (which it sees)
    before = counts()
    for typed in (f"#{agreement.pk}", agreement.title):
        response = client.post(
            "/events/new/", event_post(personas, host="", **{"agreements-0-agreement": typed})
        )
        assert response.status_code == 400
        assert "is not an agreement you may record this under" in page(response)
    officer = as_user("officer")
    response = officer.post(
        "/events/new/", event_post(personas, **{"agreements-0-agreement": f"#{secret.pk}"})
    )
    assert response.status_code == 400
    assert "is not an agreement you may record this under" in page(response)
    assert SECRET not in page(officer.get("/events/new/"))  # not offered either
    assert counts() == before


def test_editing_an_event_leaves_the_agreements_the_officer_may_not_change(
    personas: Personas, event: Event, secret: Agreement, agreement: Agreement
) -> None:
    secret.signing_event = event
    secret.save()
    client = as_user("officer")
    form = client.get(f"/events/{event.pk}/edit/")
    assert SECRET not in page(form)
    data = shown(form)
    data["agreements-0-agreement"] = f"#{agreement.pk}"
    assert client.post(f"/events/{event.pk}/edit/", data).status_code == 302
    assert set(event.agreements_signed.all()) == {secret, agreement}


def test_a_stale_event_edit_is_refused(personas: Personas, event: Event) -> None:
    client = as_user("officer")
    data = shown(client.get(f"/events/{event.pk}/edit/"))
    event_update(
        event=event, description="Added by the secretariat meanwhile.", actor=personas.admin
    )
    before = counts()
    response = client.post(f"/events/{event.pk}/edit/", {**data, "title": "Overwritten"})
    assert response.status_code == 400
    assert "after you opened this form" in page(response)
    assert "Overwritten" in page(response)
    assert counts() == before
    event.refresh_from_db()
    assert (event.title, event.description) == (
        "Joint board meeting",
        "Added by the secretariat meanwhile.",
    )


def test_an_event_edit_refused_halfway_writes_nothing(
    personas: Personas, event: Event, partner: Organisation
) -> None:
    """The event's fields are saved before its participants; a participant that cannot go
    (it has a visit recorded) undoes the whole save."""
    Visit.objects.create(event=event, visitor=partner)
    client = as_user("officer")
    data = shown(client.get(f"/events/{event.pk}/edit/"))
    data.update({"title": "Renamed", "participants-0-DELETE": "on"})
    before = counts()
    response = client.post(f"/events/{event.pk}/edit/", data)
    assert response.status_code == 400
    assert "Partner University has a visit recorded at this event" in page(response)
    assert counts() == before
    event.refresh_from_db()
    assert event.title == "Joint board meeting"


# --- Activities -----------------------------------------------------------------------------


def test_an_officer_records_an_activity_from_the_agreement_page(
    personas: Personas, agreement: Agreement, partner: Organisation
) -> None:
    client = as_user("officer")
    detail = page(client.get(f"/agreements/{agreement.pk}/"))
    link = f"/activities/new/?agreement={agreement.pk}"
    assert link in detail
    form = client.get(link)
    assert form.status_code == 200
    typed = f"{agreement.title} · #{agreement.pk}"
    assert form.context["form"].initial["agreement"] == typed
    response = client.post(link, activity_post(agreement=typed))
    assert response.status_code == 302, page(response)[:3000]
    activity = Activity.objects.get(title=ACTIVITY_TITLE)
    assert response["Location"] == f"/activities/{activity.pk}/"
    assert (activity.agreement, activity.participants) == (agreement, 32)
    # no organisations given: the agreement's parties
    assert set(activity.organisations.all()) == {personas.member, partner}
    assert activity.history.first().history_user == personas.officer
    agreement.refresh_from_db()
    assert agreement.last_activity_on == date(2026, 7, 14)


@pytest.mark.parametrize(
    ("username", "status"),
    [("sec", 200), ("officer", 200), ("outsider", 403), ("viewer", 403), (None, 302)],
)
def test_who_may_record_an_activity_under_an_agreement(
    personas: Personas, agreement: Agreement, username: str, status: int
) -> None:
    client = as_user(username)
    link = f"/activities/new/?agreement={agreement.pk}"
    assert client.get(link).status_code == status
    before = counts()
    client.post(link, activity_post(agreement=f"#{agreement.pk}"))
    assert (counts() == before) == (status != 200)
    if username is not None:
        detail = page(client.get(f"/agreements/{agreement.pk}/"))
        assert (link in detail) == (status == 200)


def test_an_agreement_that_is_not_visible_is_not_found(
    personas: Personas, secret: Agreement
) -> None:
    client = as_user("officer")
    assert client.get(f"/activities/new/?agreement={secret.pk}").status_code == 404
    before = counts()
    response = client.post("/activities/new/", activity_post(agreement=f"#{secret.pk}"))
    assert response.status_code == 400
    assert "is not an agreement you may record this under" in page(response)
    assert SECRET not in page(response)
    assert counts() == before


def test_an_activity_under_no_agreement_must_involve_the_officers_university(
    personas: Personas,
) -> None:
    client = as_user("officer")
    before = counts()
    refused = client.post("/activities/new/", activity_post())
    assert refused.status_code == 400
    assert "Record it under one of your organisation's agreements" in page(refused)
    assert counts() == before
    response = client.post(
        "/activities/new/",
        activity_post(**{"organisations-0-organisation": "Member University"}),
    )
    assert response.status_code == 302
    activity = Activity.objects.get(title=ACTIVITY_TITLE)
    assert activity.agreement is None
    assert list(activity.organisations.all()) == [personas.member]
    assert as_user("officer").get(f"/activities/{activity.pk}/edit/").status_code == 200
    assert as_user("outsider").get(f"/activities/{activity.pk}/edit/").status_code == 403


@pytest.mark.parametrize(
    ("username", "status"),
    [("sec", 200), ("officer", 200), ("outsider", 403), ("viewer", 403), (None, 302)],
)
def test_who_may_edit_an_activity(
    personas: Personas, activity: Activity, username: str, status: int
) -> None:
    client = as_user(username)
    response = client.get(f"/activities/{activity.pk}/edit/")
    assert response.status_code == status
    if username is None:
        assert response["Location"].startswith("/accounts/login/")
    detail = page(client.get(f"/activities/{activity.pk}/"))
    assert (f"/activities/{activity.pk}/edit/" in detail) == (status == 200)


def test_editing_an_activity_saves_it_and_records_who(
    personas: Personas, activity: Activity
) -> None:
    client = as_user("officer")
    data = shown(client.get(f"/activities/{activity.pk}/edit/"))
    data.update({"title": "Exchange cohort 2026, extended", "ends_on": "2026-12-20"})
    response = client.post(f"/activities/{activity.pk}/edit/", data)
    assert response.status_code == 302, page(response)[:3000]
    activity.refresh_from_db()
    assert (activity.title, activity.ends_on) == (
        "Exchange cohort 2026, extended",
        date(2026, 12, 20),
    )
    assert activity.history.first().history_user == personas.officer
    assert "Activity saved." in page(client.get(response["Location"]))


def test_an_activity_under_an_agreement_the_officer_cannot_see_is_not_found(
    personas: Personas, secret: Agreement
) -> None:
    hidden = activity_create(
        kind=Activity.Kind.JOINT_RESEARCH, title="Hidden", agreement=secret, starts_on=date.today()
    )
    assert as_user("officer").get(f"/activities/{hidden.pk}/edit/").status_code == 404
    assert as_user("outsider").get(f"/activities/{hidden.pk}/edit/").status_code == 200


def test_an_activity_cannot_be_moved_to_an_agreement_the_officer_may_not_change(
    personas: Personas, activity: Activity, partner: Organisation
) -> None:
    public_elsewhere = AgreementFactory.create(
        title="Someone else's public agreement", parties=[personas.other, partner]
    )
    client = as_user("officer")
    data = shown(client.get(f"/activities/{activity.pk}/edit/"))
    before = counts()
    response = client.post(
        f"/activities/{activity.pk}/edit/", {**data, "agreement": f"#{public_elsewhere.pk}"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["agreement"]
    assert counts() == before
    activity.refresh_from_db()
    assert activity.agreement_id != public_elsewhere.pk


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_on": "2026-06-01"}, "ends_on", "An activity cannot end before it starts."),
        ({"participants": "-3"}, "participants", "greater than or equal to 0"),
        ({"kind": "party"}, "kind", "Select a valid choice."),
    ],
)
def test_a_refused_activity_writes_nothing_and_keeps_what_was_typed(
    personas: Personas, agreement: Agreement, changes: dict[str, str], field: str, message: str
) -> None:
    client = as_user("officer")
    before = counts()
    response = client.post(
        "/activities/new/", activity_post(agreement=f"#{agreement.pk}", **changes)
    )
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert ACTIVITY_TITLE in page(response)
    assert counts() == before


def test_an_unknown_organisation_is_refused_beside_its_row(
    personas: Personas, agreement: Agreement
) -> None:
    client = as_user("officer")
    before = counts()
    response = client.post(
        "/activities/new/",
        activity_post(
            agreement=f"#{agreement.pk}", **{"organisations-0-organisation": "Atlantis Institute"}
        ),
    )
    assert response.status_code == 400
    errors = response.context["organisations"].forms[0].errors["organisation"]
    assert "No organisation in the registry is called “Atlantis Institute”" in errors[0]
    assert counts() == before


def test_a_stale_activity_edit_is_refused(personas: Personas, activity: Activity) -> None:
    client = as_user("officer")
    data = shown(client.get(f"/activities/{activity.pk}/edit/"))
    activity_update(activity=activity, outcome="Recorded meanwhile.", actor=personas.admin)
    before = counts()
    response = client.post(f"/activities/{activity.pk}/edit/", {**data, "title": "Overwritten"})
    assert response.status_code == 400
    assert "after you opened this form" in page(response)
    assert counts() == before
    activity.refresh_from_db()
    assert (activity.title, activity.outcome) == ("Exchange cohort 2026", "Recorded meanwhile.")


# --- Links ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "shown_"), [("sec", True), ("officer", True), ("viewer", False), (None, False)]
)
def test_the_lists_offer_new_records_to_those_who_may_create(
    personas: Personas, username: str | None, shown_: bool
) -> None:
    client = as_user(username)
    assert ('href="/events/new/"' in page(client.get("/events/"))) == shown_
    assert ('href="/activities/new/"' in page(client.get("/activities/"))) == shown_
