"""Factories for tests, the demo and the scale seed.

Each factory creates through the service layer (`_create` calls the service), so anything
a factory makes has passed the same validation and written the same history as a person's
edit would.
"""

from datetime import date, timedelta
from typing import Any

import factory
from faker import Faker

from accord.activities.models import Activity, Event
from accord.activities.services import activity_create, event_create
from accord.agreements.models import Agreement
from accord.agreements.services import PartySpec, agreement_create
from accord.alliances.models import Alliance, Membership
from accord.alliances.services import alliance_create, membership_create
from accord.core.models import Profile
from accord.core.users import user_create
from accord.registry.models import Contact, Organisation, Unit
from accord.registry.services import contact_create, organisation_create, unit_create

fake = Faker()


class OrganisationFactory(factory.Factory[Organisation]):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"University of {fake.city()} {n}")
    kind = Organisation.Kind.UNIVERSITY
    country = "GB"
    city = factory.LazyFunction(fake.city)

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Organisation:
        return organisation_create(**kwargs)


class CompanyFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"{fake.company()} {n} Co., Ltd.")
    kind = Organisation.Kind.COMPANY


class UnitFactory(factory.Factory[Unit]):
    class Meta:
        model = Unit

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"School of {fake.word().title()} {n}")
    kind = Unit.Kind.SCHOOL

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Unit:
        return unit_create(**kwargs)


class ContactFactory(factory.Factory[Contact]):
    class Meta:
        model = Contact

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.LazyFunction(fake.name)
    title = "International Relations Officer"

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Contact:
        return contact_create(**kwargs)


class AllianceFactory(factory.Factory[Alliance]):
    class Meta:
        model = Alliance

    name = factory.Sequence(lambda n: f"Alliance {n}")
    slug = factory.Sequence(lambda n: f"alliance-{n}")

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Alliance:
        return alliance_create(**kwargs)


class MembershipFactory(factory.Factory[Membership]):
    class Meta:
        model = Membership

    alliance = factory.SubFactory(AllianceFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.MEMBER

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Membership:
        return membership_create(**kwargs)


class AgreementFactory(factory.Factory[Agreement]):
    """A signed bilateral agreement in force for five years from a year ago, by default.
    Pass `parties=[org, org, ...]` (organisations or PartySpecs) for other shapes."""

    class Meta:
        model = Agreement

    title = factory.Sequence(lambda n: f"Memorandum of understanding {n}")
    kind = Agreement.Kind.MOU
    state = Agreement.State.SIGNED
    signed_on = factory.LazyFunction(lambda: date.today() - timedelta(days=365))
    in_force_until = factory.LazyAttribute(
        lambda o: o.signed_on + timedelta(days=5 * 365) if o.signed_on else None
    )
    parties = factory.LazyFunction(
        lambda: [OrganisationFactory.create(), OrganisationFactory.create()]
    )

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Agreement:
        kwargs["parties"] = [
            p if isinstance(p, PartySpec) else PartySpec(organisation=p) for p in kwargs["parties"]
        ]
        return agreement_create(**kwargs)


class EventFactory(factory.Factory[Event]):
    class Meta:
        model = Event

    kind = Event.Kind.FORUM
    title = factory.Sequence(lambda n: f"Forum {n}")
    starts_on = factory.LazyFunction(date.today)

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Event:
        return event_create(**kwargs)


class ActivityFactory(factory.Factory[Activity]):
    class Meta:
        model = Activity

    kind = Activity.Kind.STUDENT_MOBILITY
    title = factory.Sequence(lambda n: f"Exchange cohort {n}")
    starts_on = factory.LazyFunction(date.today)

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Activity:
        return activity_create(**kwargs)


class UserFactory(factory.Factory[Any]):
    class Meta:
        model = Profile  # what the role lives on; `create` returns the user

    username = factory.Sequence(lambda n: f"user{n}")
    password = "accord-test"
    role = Profile.Role.VIEWER

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> Any:
        return user_create(**kwargs)
