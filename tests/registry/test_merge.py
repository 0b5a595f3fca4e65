"""Merging two records of one organisation: everything moves to the one kept, with history by
the person who merged; what cannot be settled is refused and nothing is written; the pages
are the secretariat's; the command shows the plan unless told --yes."""

import io
from datetime import date
from typing import Any

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db.models import Model
from django.test import Client
from simple_history.models import HistoricalChanges

from accord.activities.models import EventParticipant, Visit
from accord.activities.services import visit_add
from accord.agreements.models import Party, SearchDocument
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.alliances.services import counterpart_create
from accord.core.models import Profile
from accord.core.text import fold
from accord.demo.factories import (
    ActivityFactory,
    AgreementFactory,
    AllianceFactory,
    ContactFactory,
    EventFactory,
    MembershipFactory,
    OrganisationFactory,
    UnitFactory,
    UserFactory,
)
from accord.intake.models import Proposal, Source
from accord.registry.merge import HANDLED, organisation_merge, organisation_merge_plan
from accord.registry.models import (
    Contact,
    Organisation,
    OrgName,
    OrgRelation,
    RorRecord,
)
from accord.registry.services import (
    identifier_add,
    organisation_create,
    organisation_update,
    relation_add,
)
from tests.conftest import Personas, sign_in

pytestmark = pytest.mark.django_db

PASSWORD = "accord-test"  # the personas' password (UserFactory)
REASON = "merged #{other} into #{keep}"


@pytest.fixture(autouse=True)
def _no_remembered_duplicates() -> None:
    cache.clear()


def relation_names() -> set[str]:
    relations: list[Any] = list(Organisation._meta.related_objects)
    return {f"{r.related_model._meta.label}.{r.field.name}" for r in relations}


def test_every_relation_to_organisation_is_handled_by_the_merge() -> None:
    """A new foreign key to Organisation must be taught to the merge (merge.py) first."""
    assert relation_names() == HANDLED


def referring_to(organisation: Organisation) -> dict[str, int]:
    """How many rows of each relation still name `organisation`."""
    counts = {}
    for relation in Organisation._meta.related_objects:
        model: Any = relation.related_model
        n = model._base_manager.filter(**{relation.field.name: organisation}).count()
        if n:
            counts[f"{model._meta.label}.{relation.field.name}"] = n
    return counts


def snapshot() -> dict[str, Any]:
    """Every row of every domain model and of its history, to show a refusal wrote nothing."""
    rows: dict[str, Any] = {}
    for model in apps.get_models():
        if model._meta.app_label in ("registry", "alliances", "agreements", "activities", "core"):
            rows[model._meta.label] = list(model._base_manager.order_by("pk").values())
    return rows


@pytest.fixture
def pair(db: None) -> dict[str, Any]:
    """`keep`, a university as an officer typed it; `other`, the same university as a ROR
    import made it, with a row in every relation there is; and the rows of `other` by kind."""
    keep = organisation_create(
        name="Politecnico di Milano",
        country="IT",
        names=[("Polytechnic University of Milan", "en", OrgName.Type.LABEL)],
    )
    other = organisation_create(
        name="The Politecnico di Milano",
        country="IT",
        city="Milano",
        website="https://www.polimi.it",
        names=[
            ("POLIMI", "", OrgName.Type.ACRONYM),
            ("Polytechnic University of Milan", "en", OrgName.Type.ALIAS),  # keep has it
        ],
        identifiers=[
            ("ror", "https://ror.org/01nffqt88"),
            ("wikidata", "Q392904"),
            ("domain", "polimi.it"),
        ],
    )
    RorRecord.objects.create(
        organisation=other, ror_id="https://ror.org/01nffqt88", record_digest="r", fields_digest="f"
    )
    third = OrganisationFactory.create(name="Xi'an Jiaotong University", country="CN")
    school = UnitFactory.create(organisation=other, name="School of Design")
    lab = UnitFactory.create(organisation=other, name="Design Lab", parent=school, kind="centre")
    contact = ContactFactory.create(organisation=other, unit=school, name="Ada Rossi")
    host_unit = UnitFactory.create(organisation=third, name="School of Management")
    relation_add(source=other, target=third, type=OrgRelation.Type.RELATED)
    relation_add(source=third, target=other, type=OrgRelation.Type.PARENT)
    relation_add(source=other, target=keep, type=OrgRelation.Type.RELATED)  # would be to itself
    only_other = AllianceFactory.create(name="Only other", slug="only-other")
    both = AllianceFactory.create(name="Both", slug="both")
    moved_membership = MembershipFactory.create(
        alliance=only_other, organisation=other, joined_on=date(2016, 1, 1)
    )
    kept_membership = MembershipFactory.create(
        alliance=both, organisation=keep, joined_on=date(2017, 1, 1)
    )
    combined_membership = MembershipFactory.create(
        alliance=both, organisation=other, joined_on=date(2015, 5, 22), note="founding"
    )
    counterpart = counterpart_create(
        alliance=only_other, organisation=other, host_unit=host_unit, liaisons=[contact]
    )
    agreement = AgreementFactory.create(title="Design exchange", parties=[other, third])
    alone = ActivityFactory.create(title="Design studio", organisations=[other, third])
    shared = ActivityFactory.create(title="Joint workshop", organisations=[other, keep])
    hosted = EventFactory.create(title="Design week", host=other)
    attended = EventFactory.create(title="Rectors' forum", participants=[(keep, "participant")])
    visit = visit_add(event=attended, visitor=other, purpose="signing")
    officer = UserFactory.create(username="polimi-officer", role="officer", organisation=other)
    led = AllianceFactory.create(name="Led", slug="led", lead_organisation=other, secretariat=other)
    earlier = OrganisationFactory.create(name="Politecnico di Milano (old entry)", country="IT")
    organisation_update(organisation=earlier, status=Organisation.Status.MERGED, merged_into=other)
    source = Source.objects.create(title="News", text="Politecnico di Milano signed.", checksum="x")
    proposal = Proposal.objects.create(
        source=source, kind=Proposal.Kind.INSTITUTION, position=0, data={}, organisation=other
    )
    return {
        "keep": keep,
        "other": other,
        "third": third,
        "units": [school, lab],
        "contact": contact,
        "memberships": [moved_membership, kept_membership, combined_membership],
        "counterpart": counterpart,
        "agreement": agreement,
        "activities": [alone, shared],
        "events": [hosted, attended],
        "visit": visit,
        "officer": officer,
        "alliances": [led],
        "earlier": earlier,
        "proposal": proposal,
    }


def latest_version(instance: Model) -> Any:
    history: Any = instance.history  # type: ignore[attr-defined]
    return history.order_by("-history_id").first()


def test_it_moves_every_row_of_the_other_to_the_one_kept(pair: dict[str, Any]) -> None:
    keep, other = pair["keep"], pair["other"]
    assert set(referring_to(other)) == HANDLED  # the fixture fills every relation
    admin = UserFactory.create(username="sec", role="admin")
    organisation_merge(keep=keep, other=other, actor=admin)

    assert referring_to(other) == {}
    other.refresh_from_db()
    keep.refresh_from_db()
    assert (other.status, other.merged_into) == (Organisation.Status.MERGED, keep)
    assert {(n.value, n.language, n.type) for n in keep.names.all()} == {
        ("Politecnico di Milano", "", "official"),
        ("Polytechnic University of Milan", "en", "label"),
        ("POLIMI", "", "acronym"),
        ("The Politecnico di Milano", "", "alias"),  # the other's official name
    }
    assert set(keep.identifiers.values_list("scheme", flat=True)) == {"ror", "wikidata", "domain"}
    assert set(keep.units.values_list("name", flat=True)) == {"School of Design", "Design Lab"}
    assert Contact.objects.get(pk=pair["contact"].pk).organisation == keep
    assert set(OrgRelation.objects.values_list("source__name", "target__name", "type")) == {
        ("Politecnico di Milano", "Xi'an Jiaotong University", "related"),
        ("Xi'an Jiaotong University", "Politecnico di Milano", "parent"),
    }
    assert Party.objects.get(agreement=pair["agreement"], organisation=keep)
    for activity in pair["activities"]:
        assert keep in activity.organisations.all() and other not in activity.organisations.all()
    hosted, attended = pair["events"]
    hosted.refresh_from_db()
    assert hosted.host == keep
    assert EventParticipant.objects.get(event=hosted, organisation=keep).role == "host"
    assert EventParticipant.objects.filter(event=attended, organisation=keep).count() == 1
    assert Visit.objects.get(pk=pair["visit"].pk).visitor == keep
    assert Profile.objects.get(user=pair["officer"]).organisation == keep
    led = Alliance.objects.get(pk=pair["alliances"][0].pk)
    assert (led.lead_organisation, led.secretariat) == (keep, keep)
    assert Organisation.objects.get(pk=pair["earlier"].pk).merged_into == keep
    assert Counterpart.objects.get(pk=pair["counterpart"].pk).organisation == keep
    assert RorRecord.objects.get().organisation == keep
    assert Proposal.objects.get(pk=pair["proposal"].pk).organisation == keep
    # the kept record's empty fields are filled from the other's; its own stay
    assert (keep.name, keep.city, keep.website) == (
        "Politecnico di Milano",
        "Milano",
        "https://www.polimi.it",
    )


def test_each_changed_row_has_a_version_by_the_person_who_merged(pair: dict[str, Any]) -> None:
    keep, other = pair["keep"], pair["other"]
    admin = UserFactory.create(username="sec", role="admin")
    alone = pair["activities"][0]
    versions_before = alone.history.count()
    organisation_merge(keep=keep, other=other, actor=admin)
    reason = REASON.format(other=other.pk, keep=keep.pk)
    changed = [
        keep,
        other,
        keep.names.get(value="POLIMI"),
        keep.names.get(value="The Politecnico di Milano"),
        keep.identifiers.get(scheme="wikidata"),
        *pair["units"],
        pair["contact"],
        Party.objects.get(agreement=pair["agreement"], organisation=keep),
        *pair["activities"],
        pair["events"][0],
        pair["visit"],
        Profile.objects.get(user=pair["officer"]),
        *pair["alliances"],
        pair["earlier"],
        pair["memberships"][0],
        pair["counterpart"],
    ]
    for row in changed:
        version = latest_version(row)
        assert (version.history_user, version.history_change_reason) == (admin, reason), row
    # the rows the kept record already had are removed, their history saying who and why
    dropped = OrgName.history.filter(history_type="-").get()
    assert (dropped.value, dropped.history_user) == ("Polytechnic University of Milan", admin)
    # one version for an activity's swap of organisations
    assert alone.history.count() == versions_before + 1


def test_a_membership_of_the_same_alliance_at_the_same_time_is_combined(
    pair: dict[str, Any],
) -> None:
    keep, other = pair["keep"], pair["other"]
    organisation_merge(keep=keep, other=other, actor=None)
    moved, kept, combined = pair["memberships"]
    kept.refresh_from_db()
    assert (kept.joined_on, kept.left_on, kept.note) == (date(2015, 5, 22), None, "founding")
    assert not Membership.objects.filter(pk=combined.pk).exists()
    assert Membership.objects.get(pk=moved.pk).organisation == keep


def test_the_agreements_of_the_other_are_found_by_the_name_kept(pair: dict[str, Any]) -> None:
    keep, other = pair["keep"], pair["other"]
    organisation_merge(keep=keep, other=other, actor=None)
    body = SearchDocument.objects.get(agreement=pair["agreement"]).body
    assert fold("Polytechnic University of Milan") in body


def test_the_ror_link_of_the_other_moves_and_the_kept_fields_stay_accords() -> None:
    imported = organisation_create(
        name="Universita degli Studi di Pavia",
        country="IT",
        identifiers=[("ror", "https://ror.org/00s6t1f81")],
    )
    Organisation.objects.filter(pk=imported.pk).update(registry_only=True)
    RorRecord.objects.create(
        organisation=imported,
        ror_id="https://ror.org/00s6t1f81",
        record_digest="r",
        fields_digest="f",
    )
    typed = OrganisationFactory.create(name="University of Pavia", country="IT")
    keep = OrganisationFactory.create(name="Università di Pavia", country="IT")
    organisation_merge(keep=keep, other=imported, actor=None)
    record = RorRecord.objects.get()
    assert (record.organisation, record.fields_digest) == (keep, "")
    keep.refresh_from_db()
    assert keep.identifiers.get().value == "https://ror.org/00s6t1f81"
    # an organisation in use stays in use, and one merged into a registry-only record makes it so
    registry_only = organisation_create(name="Pavia (ROR)", country="IT")
    Organisation.objects.filter(pk=registry_only.pk).update(registry_only=True)
    registry_only.refresh_from_db()
    organisation_merge(keep=registry_only, other=typed, actor=None)
    registry_only.refresh_from_db()
    assert registry_only.registry_only is False


def refused(keep: Organisation, other: Organisation) -> str:
    """The refusal's message, having checked that nothing at all was written."""
    before = snapshot()
    with pytest.raises(ValidationError) as error:
        organisation_merge(keep=keep, other=other, actor=None)
    assert snapshot() == before
    # the plan says the same, for the confirm page and the command
    plan = organisation_merge_plan(keep=keep, other=other)
    assert plan.problems == error.value.messages
    return " ".join(error.value.messages)


def test_it_refuses_to_merge_an_organisation_into_itself(pair: dict[str, Any]) -> None:
    assert "into itself" in refused(pair["keep"], pair["keep"])


def test_it_refuses_an_organisation_already_merged_and_one_merged_into(
    pair: dict[str, Any],
) -> None:
    earlier = pair["earlier"]  # merged into `other`
    assert "already merged" in refused(pair["keep"], earlier)
    assert "merge into that one instead" in refused(earlier, pair["third"])


def test_it_refuses_two_records_that_both_carry_a_ror_id(pair: dict[str, Any]) -> None:
    identifier_add(organisation=pair["keep"], scheme="ror", value="https://ror.org/05xyz1234")
    message = refused(pair["keep"], pair["other"])
    assert "Both carry a ROR id" in message and "successor" in message


def test_it_refuses_two_parties_to_one_agreement_naming_it(pair: dict[str, Any]) -> None:
    AgreementFactory.create(title="Double degree in design", parties=[pair["keep"], pair["other"]])
    message = refused(pair["keep"], pair["other"])
    assert "“Double degree in design”" in message and "remove one" in message


def test_it_refuses_two_units_of_one_name(pair: dict[str, Any]) -> None:
    UnitFactory.create(organisation=pair["keep"], name="School of Design")
    assert "unit called “School of Design”" in refused(pair["keep"], pair["other"])


def test_it_refuses_overlapping_memberships_in_different_roles(pair: dict[str, Any]) -> None:
    membership = pair["memberships"][2]
    Membership.objects.filter(pk=membership.pk).update(role=Membership.Role.FOUNDER)
    message = refused(pair["keep"], pair["other"])
    assert "Both are members of Both at the same time" in message
    assert "Founding member" in message


# -- the pages


def signed_in(username: str) -> Client:
    return sign_in(Client(), username, PASSWORD)


def test_only_the_secretariat_may_see_and_use_the_merge_pages(personas: Personas) -> None:
    keep, other = personas.member, personas.other
    urls = ["/organisations/duplicates/", f"/organisations/{keep.pk}/merge/"]
    urls.append(f"/organisations/{keep.pk}/merge/?other={other.pk}")
    for url in urls:
        anonymous = Client().get(url)
        assert anonymous.status_code == 302
        assert anonymous["Location"].startswith("/accounts/login/?next=")
        for username in ("officer", "outsider", "viewer"):
            assert signed_in(username).get(url).status_code == 403, (username, url)
        assert signed_in("sec").get(url).status_code == 200, url
    before = snapshot()
    for username in ("officer", "viewer"):
        posted = signed_in(username).post(
            f"/organisations/{keep.pk}/merge/", {"other": str(other.pk)}
        )
        assert posted.status_code == 403
    assert Client().post(f"/organisations/{keep.pk}/merge/", {"other": other.pk}).status_code == 302
    assert snapshot() == before


def test_the_merge_link_is_on_the_organisation_page_for_the_secretariat(
    personas: Personas,
) -> None:
    url = f"/organisations/{personas.member.pk}/"
    link = f"/organisations/{personas.member.pk}/merge/"
    assert link in signed_in("sec").get(url).content.decode()
    assert link not in signed_in("officer").get(url).content.decode()
    assert "/organisations/duplicates/" in signed_in("sec").get("/organisations/").content.decode()
    assert "/organisations/duplicates/" not in (
        signed_in("officer").get("/organisations/").content.decode()
    )


def test_the_secretariat_chooses_confirms_and_merges(personas: Personas) -> None:
    keep = personas.member
    other = organisation_create(name="Member Univ.", country="IT", city="Roma")
    AgreementFactory.create(title="Exchange", parties=[other, personas.other])
    client = signed_in("sec")
    chosen = client.get(
        f"/organisations/{keep.pk}/merge/", {"other": f"Member Univ. · IT · #{other.pk}"}
    )
    assert chosen.status_code == 200
    plan = chosen.context["plan"]
    assert plan.problems == []
    assert {line.label: line.count for line in plan.lines}["agreement parties"] == 1
    page = chosen.content.decode()
    assert "Agreement parties" in page and 'name="other"' in page
    assert Organisation.objects.get(pk=other.pk).status == "active"  # nothing written yet

    done = client.post(f"/organisations/{keep.pk}/merge/", {"other": str(other.pk)}, follow=True)
    assert done.redirect_chain == [(f"/organisations/{keep.pk}/", 302)]
    assert "was merged into Member University" in done.content.decode()
    other.refresh_from_db()
    assert (other.status, other.merged_into) == ("merged", keep)
    assert latest_version(other).history_user == personas.admin


def test_a_refused_merge_says_why_and_offers_no_button(personas: Personas) -> None:
    keep, other = personas.member, personas.other
    AgreementFactory.create(title="Shared agreement", parties=[keep, other])
    client = signed_in("sec")
    page = client.get(f"/organisations/{keep.pk}/merge/", {"other": str(other.pk)})
    assert "“Shared agreement”" in page.content.decode()
    assert "Merge Unrelated University into Member University</button>" not in page.content.decode()
    before = snapshot()
    posted = client.post(f"/organisations/{keep.pk}/merge/", {"other": str(other.pk)})
    assert posted.status_code == 400
    assert "“Shared agreement”" in posted.content.decode()
    assert snapshot() == before


def test_choosing_an_unknown_organisation_or_itself_is_refused_beside_the_field(
    personas: Personas,
) -> None:
    client = signed_in("sec")
    url = f"/organisations/{personas.member.pk}/merge/"
    unknown = client.get(url, {"other": "Atlantis University"})
    assert unknown.status_code == 400
    assert "No organisation in the registry is called" in unknown.content.decode()
    itself = client.get(url, {"other": str(personas.member.pk)})
    assert itself.status_code == 400
    assert "another organisation than this one" in itself.content.decode()


def test_the_duplicates_page_lists_likely_pairs_with_a_merge_link(personas: Personas) -> None:
    ror = organisation_create(
        name="Politecnico di Milano", country="IT", identifiers=[("ror", "01nffqt88")]
    )
    typed_again = organisation_create(name="The Politecnico di Milano", country="IT")
    client = signed_in("sec")
    page = client.get("/organisations/duplicates/")
    pairs = [(p.keep_id, p.other_id) for p in page.context["page"].items]
    assert pairs == [(ror.pk, typed_again.pk)]
    link = f"/organisations/{ror.pk}/merge/?other={typed_again.pk}"
    assert link in page.content.decode()
    # after the merge, the pair is gone (the pairs found are forgotten)
    organisation_merge(keep=ror, other=typed_again, actor=personas.admin)
    cache.clear()  # what the merge's on_commit does; the test's transaction never commits
    assert client.get("/organisations/duplicates/").context["page"].items == []


def test_a_pair_merged_in_the_meantime_offers_no_merge(personas: Personas) -> None:
    ror = organisation_create(
        name="Politecnico di Milano", country="IT", identifiers=[("ror", "01nffqt88")]
    )
    typed_again = organisation_create(name="The Politecnico di Milano", country="IT")
    client = signed_in("sec")
    client.get("/organisations/duplicates/")  # found, and remembered
    organisation_merge(keep=ror, other=typed_again, actor=personas.admin)
    (shown,) = client.get("/organisations/duplicates/").context["page"].items
    assert shown.merged
    looked_again = client.post("/organisations/duplicates/", follow=True)
    assert looked_again.context["page"].items == []


# -- the command


def test_the_command_shows_the_plan_and_writes_nothing_without_yes(pair: dict[str, Any]) -> None:
    keep, other = pair["keep"], pair["other"]
    before = snapshot()
    out = io.StringIO()
    call_command("merge_organisations", str(keep.pk), str(other.pk), stdout=out)
    text = out.getvalue()
    assert "Would move" in text and "agreement parties" in text
    assert "Nothing written: run again with --yes" in text
    assert snapshot() == before


def test_the_command_merges_with_yes(pair: dict[str, Any]) -> None:
    keep, other = pair["keep"], pair["other"]
    out = io.StringIO()
    call_command("merge_organisations", str(keep.pk), str(other.pk), "--yes", stdout=out)
    assert f"Merged #{other.pk} into #{keep.pk}." in out.getvalue()
    assert referring_to(other) == {}


def test_the_command_refuses_with_the_reason(pair: dict[str, Any]) -> None:
    with pytest.raises(CommandError, match="into itself"):
        call_command("merge_organisations", str(pair["keep"].pk), str(pair["keep"].pk))
    with pytest.raises(CommandError, match="no organisation #999999"):
        call_command("merge_organisations", str(pair["keep"].pk), "999999")


def test_history_tables_are_not_counted_as_relations() -> None:
    # historical models hold plain ids, not foreign keys: nothing to move there
    historical = [m for m in apps.get_models() if issubclass(m, HistoricalChanges)]
    assert historical
    assert not any(r.related_model in historical for r in Organisation._meta.related_objects)
