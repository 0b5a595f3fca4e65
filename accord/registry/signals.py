"""An organisation imported from a registry stops being "registry only" as soon as anything
in Accord refers to it, however the reference is written (services, the admin, the demo)."""

from typing import Any

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.agreements.models import Party
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.core.models import Profile
from accord.registry.models import Organisation, Unit

# model → the fields on it that name an organisation
REFERENCES: dict[type[Any], tuple[str, ...]] = {
    Party: ("organisation_id",),
    Membership: ("organisation_id",),
    Counterpart: ("organisation_id",),
    EventParticipant: ("organisation_id",),
    Visit: ("visitor_id",),
    Event: ("host_id",),
    Unit: ("organisation_id",),
    Profile: ("organisation_id",),
    Alliance: ("lead_organisation_id", "secretariat_id"),
}


def organisations_in_use(ids: Any) -> None:
    wanted = {pk for pk in ids if pk is not None}
    if wanted:
        Organisation.objects.filter(pk__in=wanted, registry_only=True).update(registry_only=False)


def _referenced(sender: Any, instance: Any, **kwargs: Any) -> None:
    organisations_in_use(getattr(instance, name, None) for name in REFERENCES[sender])


for _model in REFERENCES:
    post_save.connect(_referenced, sender=_model, dispatch_uid=f"registry-in-use-{_model.__name__}")


@receiver(m2m_changed, sender=Activity.organisations.through)
def _activity_organisations(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if action != "post_add":
        return
    if isinstance(instance, Activity):
        organisations_in_use(kwargs.get("pk_set") or ())
    else:  # added from the organisation's side
        organisations_in_use([instance.pk])
