"""Builds the demo alliance: the UANSR founding as the news item of 2015-05-25 reports it
(see `facts.py`), then clearly labelled illustrative records so every agreement status and
every kind of record appears.

How the item's vaguer statements are represented (docs/demo.md says the same):

- "Over 20 membership universities signed with XJTU 17 MOUs": one *aggregate* agreement
  (`is_aggregate=True`, `instrument_count=17`) with XJTU as party and every named member as a
  *possible* party. The item never says which member signed which MOU, so no bilateral
  pairing is invented.
- The four XJTU signatories "signed agreements with membership universities" without saying
  which: their signatures are recorded on that aggregate record, for XJTU.
- Members are recorded without a join date: the item shows them as members at the signing
  (2015-05-23) but does not say when they joined.
- Counterpart pairs are recorded only where the item ties a member to an XJTU unit (the
  Health Science Center agreement; the School of Management's specialised sub-alliance).
- The School of Management's sub-alliance "comprising 6 universities" names none of them;
  its record says so and lists only the lead. The specialised sub-alliance lists the three
  universities the item names out of five.

Illustrative records carry `ILLUSTRATIVE` in their source and "(illustrative)" in their
titles; their dates are relative to the day the demo is loaded, so each status stays visible.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction

from accord.activities.models import Activity, Event, EventParticipant
from accord.activities.services import visit_add
from accord.agreements.models import Agreement, Area, Party
from accord.agreements.services import (
    PartySpec,
    agreement_renew,
    agreement_terminate,
    areas_sync,
    signature_add,
)
from accord.alliances.models import Alliance, Membership
from accord.alliances.services import counterpart_create
from accord.core.models import Profile
from accord.demo import facts
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
from accord.registry.models import Identifier, Organisation, OrgName, OrgRelation, Unit
from accord.registry.services import relation_add

SOURCE = (
    "XJTU news, 2015-05-25: “XJTU signed cooperation agreements with a number of UANSR"
    " membership universities”"
)
ILLUSTRATIVE = "ILLUSTRATIVE demo data, invented to show Accord's features; not from any source."
DEMO_PASSWORD = "accord-demo"
DEMO_USERS = (
    ("admin", Profile.Role.ADMIN, None, "secretariat admin"),
    ("xjtu", Profile.Role.OFFICER, "xjtu", "officer of Xi'an Jiaotong University"),
    ("polimi", Profile.Role.OFFICER, "polimi", "officer of Politecnico di Milano"),
    ("viewer", Profile.Role.VIEWER, None, "read-only viewer"),
)
ALLIANCE_SLUG = "uansr"


@dataclass
class Demo:
    orgs: dict[str, Organisation] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    alliances: dict[str, Alliance] = field(default_factory=dict)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)


def demo_loaded() -> bool:
    return Alliance.objects.filter(slug=ALLIANCE_SLUG).exists()


def _areas(*codes: str) -> list[Area]:
    found = {a.code: a for a in Area.objects.filter(code__in=codes)}
    return [found[c] for c in codes]


def _institution(item: facts.Institution) -> Organisation:
    names: list[tuple[str, str, str]] = [(a, "", OrgName.Type.ACRONYM) for a in item.acronyms]
    names += [(a, "en", OrgName.Type.ALIAS) for a in item.aliases]
    names += [(value, lang, OrgName.Type.LABEL) for lang, value in item.local_names]
    if item.as_written not in item.acronyms and item.as_written != item.name:
        names.append((item.as_written, "en", OrgName.Type.ALIAS))
    identifiers = [
        (scheme, value)
        for scheme, value in (
            (Identifier.Scheme.ROR, item.ror),
            (Identifier.Scheme.GRID, item.grid),
            (Identifier.Scheme.WIKIDATA, item.wikidata),
            (Identifier.Scheme.ISNI, item.isni),
            (Identifier.Scheme.DOMAIN, item.domain),
        )
        if value
    ]
    organisation: Organisation = OrganisationFactory.create(
        name=item.name,
        kind=item.kind,
        country=item.country,
        city=item.city,
        website=item.website,
        names=names,
        identifiers=identifiers,
    )
    return organisation


@transaction.atomic
def demo_load(today: date | None = None) -> Demo:
    """Load the whole demo in one transaction: all of it or nothing."""
    today = today or date.today()
    demo = Demo()
    areas_sync()  # the taxonomy the demo's agreements use, should the database lack it
    _load_facts(demo)
    _load_illustrative(demo, today)
    _load_users(demo)
    return demo


def _load_facts(demo: Demo) -> None:
    for item in facts.INSTITUTIONS:
        demo.orgs[item.key] = _institution(item)
    for key, ror, name in facts.ROR_SUCCESSORS:
        old = demo.orgs[key]
        successor = OrganisationFactory.create(
            name=name,
            country=old.country,
            city=old.city,
            identifiers=[(Identifier.Scheme.ROR, ror)],
        )
        old.status = Organisation.Status.INACTIVE
        old.save(update_fields=["status"])
        relation_add(source=old, target=successor, type=OrgRelation.Type.SUCCESSOR)
        relation_add(source=successor, target=old, type=OrgRelation.Type.PREDECESSOR)

    xjtu = demo.orgs["xjtu"]
    for key, name, kind in facts.XJTU_UNITS:
        demo.units[key] = UnitFactory.create(organisation=xjtu, name=name, kind=kind)
    signatories = [
        ContactFactory.create(organisation=xjtu, name=name, title=title)
        for name, title in facts.SIGNATORIES
    ]

    uansr = AllianceFactory.create(
        name=facts.ALLIANCE_NAME,
        acronym=facts.ALLIANCE_ACRONYM,
        slug=ALLIANCE_SLUG,
        founded_on=facts.ALLIANCE_FOUNDED,
        founded_place=facts.ALLIANCE_FOUNDED_PLACE,
        lead_organisation=xjtu,
        secretariat=xjtu,
        description=(
            "An alliance of universities along the Silk Road, founded in Xi'an with its"
            " secretariat at Xi'an Jiaotong University."
        ),
        source=SOURCE,
    )
    demo.alliances["uansr"] = uansr
    MembershipFactory.create(
        alliance=uansr,
        organisation=xjtu,
        role=Membership.Role.SECRETARIAT,
        joined_on=facts.ALLIANCE_FOUNDED,
        note="Host of the secretariat since the founding.",
    )
    for key in facts.MEMBER_KEYS:
        MembershipFactory.create(
            alliance=uansr,
            organisation=demo.orgs[key],
            note=(
                "Named as a membership university at the signing of 2015-05-23; the source"
                " does not give the join date."
            ),
        )

    som, hsc = demo.units["xjtu-som"], demo.units["xjtu-hsc"]
    som_sub = AllianceFactory.create(
        name="UANSR sub-alliance of the XJTU School of Management",
        slug="uansr-som",
        parent=uansr,
        founded_on=facts.CEREMONY_DATE,
        lead_organisation=xjtu,
        lead_unit=som,
        description=(
            f"Established by the XJTU School of Management with {facts.SOM_SUB_ALLIANCE_SIZE}"
            " universities; the source does not name them."
        ),
        source=SOURCE,
    )
    demo.alliances["som"] = som_sub
    MembershipFactory.create(
        alliance=som_sub,
        organisation=xjtu,
        role=Membership.Role.LEAD,
        joined_on=facts.CEREMONY_DATE,
    )
    specialised = AllianceFactory.create(
        name="Specialised sub-alliance of the XJTU School of Management (planned)",
        slug="uansr-som-specialised",
        parent=uansr,
        lead_organisation=xjtu,
        lead_unit=som,
        description=(
            f"The School of Management and {facts.SPECIALISED_SUB_ALLIANCE_SIZE} universities"
            " vowed on 2015-05-23 to build it; the source names three of the five."
        ),
        source=SOURCE,
    )
    demo.alliances["specialised"] = specialised
    MembershipFactory.create(alliance=specialised, organisation=xjtu, role=Membership.Role.LEAD)
    for key in facts.SPECIALISED_SUB_ALLIANCE_KEYS:
        MembershipFactory.create(alliance=specialised, organisation=demo.orgs[key])
        counterpart_create(
            alliance=specialised,
            organisation=demo.orgs[key],
            host_unit=som,
            note="The School of Management leads the sub-alliance with this university.",
        )

    ceremony = EventFactory.create(
        kind=Event.Kind.SIGNING_CEREMONY,
        title="UANSR agreement signing ceremony",
        starts_on=facts.CEREMONY_DATE,
        place="Xi'an Jiaotong University",
        city="Xi'an",
        country="CN",
        host=xjtu,
        alliance=uansr,
        description=(
            f"At 3pm ({facts.CEREMONY_TIME}), following the opening ceremony of UANSR: over"
            f" {facts.SIGNING_MEMBERS_AT_LEAST} membership universities signed"
            f" {facts.MOU_COUNT} MOUs and further agreements with XJTU."
        ),
        source=SOURCE,
        participants=[(demo.orgs[k], EventParticipant.Role.PARTICIPANT) for k in facts.MEMBER_KEYS]
        + [(demo.orgs["lge"], EventParticipant.Role.SIGNATORY)],
    )
    demo.events["ceremony"] = ceremony
    EventFactory.create(
        kind=Event.Kind.LAUNCH,
        title="Founding of the University Alliance of the Silk Road",
        starts_on=facts.ALLIANCE_FOUNDED,
        city=facts.ALLIANCE_FOUNDED_PLACE,
        country="CN",
        host=xjtu,
        alliance=uansr,
        source="The alliance's public founding record (Xi'an, 2015-05-22).",
    )
    visits = EventFactory.create(
        kind=Event.Kind.VISIT,
        title="Visits to XJTU schools after the signing ceremony",
        starts_on=facts.CEREMONY_DATE,
        place="Xi'an Jiaotong University",
        city="Xi'an",
        country="CN",
        host=xjtu,
        alliance=uansr,
        description="Delegations visited different schools at XJTU to explore further cooperation.",
        source=SOURCE,
    )
    demo.events["visits"] = visits
    for key in facts.VISITOR_KEYS:
        visit_add(
            event=visits,
            visitor=demo.orgs[key],
            purpose="Exploring further opportunities (the source does not name the school).",
        )

    common = {
        "signed_on": facts.CEREMONY_DATE,
        "alliance": uansr,
        "signing_event": ceremony,
        "source": SOURCE,
    }
    mous = AgreementFactory.create(
        title=f"{facts.MOU_COUNT} MOUs between XJTU and UANSR membership universities",
        kind=Agreement.Kind.MOU,
        summary=(
            f"Over {facts.SIGNING_MEMBERS_AT_LEAST} membership universities signed"
            f" {facts.MOU_COUNT} MOUs with XJTU. The source does not say which member signed"
            " which MOU: the members below are possible parties, not pairings. XJTU intends"
            " joint research, lab building, joint undergraduate, graduate and PhD education,"
            " faculty and student exchanges and shared educational resources with them."
        ),
        instrument_count=facts.MOU_COUNT,
        is_aggregate=True,
        in_force_until=None,
        parties=[PartySpec(xjtu)]
        + [PartySpec(demo.orgs[k], role=Party.Role.POSSIBLE) for k in facts.MEMBER_KEYS],
        areas=_areas(
            "joint-research",
            "lab-building",
            "joint-undergraduate",
            "joint-master",
            "joint-phd",
            "staff-exchange",
            "student-exchange",
            "resource-sharing",
        ),
        **common,
    )
    demo.agreements["mous"] = mous
    xjtu_party = mous.parties.get(organisation=xjtu)
    for contact in signatories:
        signature_add(agreement=mous, party=xjtu_party, contact=contact)

    demo.agreements["polimi"] = AgreementFactory.create(
        title="Cooperation agreement XJTU – Politecnico di Milano: joint school of industrial"
        " design and innovation center",
        kind=Agreement.Kind.COOPERATION,
        summary=(
            "Broadens and deepens practical collaboration: the two sides establish the joint"
            " school of industrial design and the innovation center in alignment with the"
            " masterplan and principles of the Western China Science and Technology Innovation"
            " Harbor, and facilitate industry-academia-research transfer on the basis of joint"
            " talent education."
        ),
        in_force_until=None,
        parties=[xjtu, demo.orgs["polimi"]],
        areas=_areas(
            "joint-school", "design", "innovation-centre", "industry-transfer", "talent-education"
        ),
        **common,
    )
    demo.agreements["lge"] = AgreementFactory.create(
        title="Three-party agreement XJTU – Pusan National University – LGE",
        kind=Agreement.Kind.COOPERATION,
        summary="Promotes collaboration with business entities.",
        in_force_until=None,
        confidentiality=Agreement.Confidentiality.PARTIES,
        parties=[xjtu, demo.orgs["pnu"], demo.orgs["lge"]],
        areas=_areas("industry-transfer"),
        **common,
    )
    demo.agreements["hsc"] = AgreementFactory.create(
        title="Medical collaboration agreement: XJTU Health Science Center – NUST – Chiang Mai"
        " University",
        kind=Agreement.Kind.COOPERATION,
        summary=(
            "Talent education, joint research, and prevalent issues on public health: epidemic"
            " control, medical big data and medical policy reform."
        ),
        in_force_until=None,
        parties=[
            PartySpec(xjtu, unit=hsc),
            PartySpec(demo.orgs["nust"]),
            PartySpec(demo.orgs["cmu"]),
        ],
        areas=_areas(
            "talent-education",
            "joint-research",
            "public-health",
            "epidemic-control",
            "medical-data",
            "health-policy",
        ),
        **common,
    )
    for key in facts.HSC_AGREEMENT_PARTNER_KEYS:
        counterpart_create(
            alliance=uansr,
            organisation=demo.orgs[key],
            host_unit=hsc,
            since=facts.CEREMONY_DATE,
            note="Partner of the Health Science Center's medical collaboration agreement.",
        )


def _load_illustrative(demo: Demo, today: date) -> None:
    o, uansr, xjtu = demo.orgs, demo.alliances["uansr"], demo.orgs["xjtu"]
    years = lambda n: timedelta(days=round(365.25 * n))  # noqa: E731
    days = lambda n: timedelta(days=n)  # noqa: E731
    common = {"alliance": uansr, "source": ILLUSTRATIVE}

    # Polimi's joint school is busy: in force.
    ActivityFactory.create(
        kind=Activity.Kind.PROGRAMME,
        title="Joint school of industrial design: new cohort (illustrative)",
        agreement=demo.agreements["polimi"],
        starts_on=today - days(40),
        participants=32,
        outcome="32 students enrolled in the joint master's track.",
        source=ILLUSTRATIVE,
    )
    ActivityFactory.create(
        kind=Activity.Kind.JOINT_RESEARCH,
        title="Medical big data pilot with NUST (illustrative)",
        agreement=demo.agreements["hsc"],
        starts_on=today - years(3),
        ends_on=today - years(2),
        outputs=4,
        outcome="Four joint papers; nothing recorded since.",
        source=ILLUSTRATIVE,
    )

    # Expiring within the warning window.
    expiring = AgreementFactory.create(
        title="Student exchange agreement XJTU – University of Liverpool (illustrative)",
        kind=Agreement.Kind.EXCHANGE,
        signed_on=today - years(5) + days(90),
        in_force_until=today + days(90),
        parties=[xjtu, o["liverpool"]],
        areas=_areas("student-exchange"),
        **common,
    )
    demo.agreements["expiring"] = expiring
    ActivityFactory.create(
        title="Liverpool – XJTU exchange cohort (illustrative)",
        agreement=expiring,
        starts_on=today - days(120),
        participants=12,
        source=ILLUSTRATIVE,
    )

    # Expired without renewal.
    demo.agreements["expired"] = AgreementFactory.create(
        title="Summer school agreement XJTU – Hanyang University (illustrative)",
        kind=Agreement.Kind.EXCHANGE,
        signed_on=today - years(4),
        in_force_until=today - days(200),
        parties=[xjtu, o["hanyang"]],
        areas=_areas("summer-school"),
        **common,
    )

    # A renewal chain: the first agreement is superseded, its successor in force.
    first = AgreementFactory.create(
        title="Exchange agreement XJTU – University of Turin (illustrative)",
        kind=Agreement.Kind.EXCHANGE,
        reference="DEMO-UNITO-2018",
        signed_on=today - years(7),
        in_force_until=today - years(2),
        parties=[xjtu, o["unito"]],
        areas=_areas("student-exchange", "staff-exchange"),
        **common,
    )
    renewal = agreement_renew(
        agreement=first,
        signed_on=today - years(2) - days(30),
        in_force_from=today - years(2),
        in_force_until=today + years(3),
        title="Exchange agreement XJTU – University of Turin, renewed (illustrative)",
        source=ILLUSTRATIVE,
    )
    demo.agreements["renewed_from"], demo.agreements["renewal"] = first, renewal
    ActivityFactory.create(
        kind=Activity.Kind.STAFF_MOBILITY,
        title="Turin staff week at XJTU (illustrative)",
        agreement=renewal,
        starts_on=today - days(75),
        ends_on=today - days(70),
        participants=6,
        source=ILLUSTRATIVE,
    )

    # Terminated early.
    lab = AgreementFactory.create(
        title="Joint lab agreement XJTU – Bauman Moscow State Technical University (illustrative)",
        kind=Agreement.Kind.RESEARCH,
        signed_on=today - years(6),
        in_force_until=today + years(1),
        parties=[xjtu, o["bmstu"]],
        areas=_areas("lab-building"),
        **common,
    )
    demo.agreements["terminated"] = agreement_terminate(
        agreement=lab, terminated_on=today - days(100), reason="Lab funding ended (illustrative)."
    )

    # In the pipeline.
    demo.agreements["draft"] = AgreementFactory.create(
        title="Draft MOU XJTU – SKEMA Business School (illustrative)",
        state=Agreement.State.DRAFT,
        signed_on=None,
        in_force_until=None,
        parties=[xjtu, o["skema"]],
        areas=_areas("management"),
        **common,
    )
    demo.agreements["review"] = AgreementFactory.create(
        title="Framework agreement XJTU – National University of Singapore (illustrative)",
        kind=Agreement.Kind.FRAMEWORK,
        state=Agreement.State.UNDER_REVIEW,
        signed_on=None,
        in_force_until=None,
        parties=[xjtu, o["nus"]],
        areas=_areas("joint-research", "joint-phd"),
        **common,
    )
    demo.agreements["pending"] = AgreementFactory.create(
        title="Dual master's degree XJTU – UNSW Sydney (illustrative)",
        kind=Agreement.Kind.JOINT_PROGRAMME,
        signed_on=today - days(10),
        in_force_from=today + days(60),
        in_force_until=today + years(5),
        parties=[xjtu, o["unsw"]],
        areas=_areas("joint-master"),
        **common,
    )
    # Visible to alliance members only; automatically renewing.
    demo.agreements["alliance_only"] = AgreementFactory.create(
        title="UANSR council agreement on shared course credits (illustrative)",
        kind=Agreement.Kind.FRAMEWORK,
        signed_on=today - years(3),
        in_force_until=today - days(30),
        auto_renewal=True,
        confidentiality=Agreement.Confidentiality.ALLIANCE,
        parties=[xjtu, o["polimi"], o["kaznu"], o["polyu"]],
        areas=_areas("resource-sharing"),
        **common,
    )
    ActivityFactory.create(
        kind=Activity.Kind.PROGRAMME,
        title="Shared online courses, spring term (illustrative)",
        agreement=demo.agreements["alliance_only"],
        starts_on=today - days(150),
        ends_on=today - days(20),
        participants=480,
        source=ILLUSTRATIVE,
    )
    forum = EventFactory.create(
        kind=Event.Kind.FORUM,
        title="UANSR annual forum (illustrative)",
        starts_on=today - days(200),
        ends_on=today - days(199),
        place="Xi'an Jiaotong University",
        city="Xi'an",
        country="CN",
        host=xjtu,
        alliance=uansr,
        source=ILLUSTRATIVE,
        participants=[
            (o[k], EventParticipant.Role.PARTICIPANT) for k in ("polimi", "nust", "kaznu", "polyu")
        ],
    )
    demo.events["forum"] = forum
    ActivityFactory.create(
        kind=Activity.Kind.WORKSHOP,
        title="Silk Road public-health workshop (illustrative)",
        starts_on=today - days(300),
        organisations=[xjtu, o["nust"], o["cmu"]],
        participants=60,
        source=ILLUSTRATIVE,
    )


def _load_users(demo: Demo) -> None:
    for username, role, org_key, _label in DEMO_USERS:
        UserFactory.create(
            username=username,
            password=DEMO_PASSWORD,
            role=role,
            organisation=demo.orgs[org_key] if org_key else None,
        )
