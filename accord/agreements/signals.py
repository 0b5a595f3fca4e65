"""Keep stored statuses, last-activity dates, facets and search bodies right however a row is
written (services, the admin, or a queryset delete)."""

import threading
from typing import Any

from django.db.models import Max
from django.db.models.functions import Coalesce
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from accord.activities.models import Activity
from accord.agreements.models import Agreement, Document, Party
from accord.agreements.search import organisation_agreement_ids, search_refresh
from accord.agreements.status import counts_move, statuses_recompute
from accord.registry.models import Organisation, OrgName

# What the search body is made of on the agreement's own row (search.py).
SEARCHED_FIELDS = ("title", "reference", "summary")


@receiver(pre_save, sender=Agreement)
def _agreement_saving(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    # What the row is counted as before this save (its confidentiality may change with it),
    # and the text its search body was made from, read in the same query.
    before = (
        Agreement.objects.filter(pk=instance.pk)
        .values_list("status", "confidentiality", *SEARCHED_FIELDS)
        .first()
        if instance.pk is not None
        else None
    )
    instance._counted_as = before[:2] if before else None  # type: ignore[attr-defined]
    instance._searched_as = before[2:] if before else None  # type: ignore[attr-defined]


@receiver(post_save, sender=Agreement)
def _agreement_saved(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    # A renewal's state decides whether the agreement it renews is superseded.
    now = statuses_recompute(
        [instance.pk, instance.supersedes_id],
        counted_as={instance.pk: getattr(instance, "_counted_as", None)},
    )
    instance.status = now[instance.pk][0]
    searched = tuple(getattr(instance, name) for name in SEARCHED_FIELDS)
    if getattr(instance, "_searched_as", None) != searched:  # new, or its words changed
        search_refresh([instance.pk])


# Agreements being deleted in this thread. Django sends every pre_delete of a deletion before
# it deletes anything, then deletes parties and documents before their agreement: their
# handlers must not write a search body for an agreement that is about to go.
_deleting = threading.local()


def _being_deleted() -> set[int]:
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    ids: set[int] = _deleting.ids
    return ids


@receiver(pre_delete, sender=Agreement)
def _agreement_deleting(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    _being_deleted().add(instance.pk)


@receiver(post_delete, sender=Agreement)
def _agreement_deleted(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    _being_deleted().discard(instance.pk)
    counts_move(removed=[(instance.status, instance.confidentiality)], added=[])
    if instance.supersedes_id is not None:
        statuses_recompute([instance.supersedes_id])


@receiver(pre_save, sender=Activity)
def _activity_moving(sender: Any, instance: Activity, **kwargs: Any) -> None:
    # An activity moved to another agreement changes the last activity of both.
    if instance.pk is not None:
        instance._previous_agreement_id = (  # type: ignore[attr-defined]
            Activity.objects.filter(pk=instance.pk).values_list("agreement_id", flat=True).first()
        )


@receiver(post_save, sender=Activity)
@receiver(post_delete, sender=Activity)
def _activity_changed(sender: Any, instance: Activity, **kwargs: Any) -> None:
    agreement_ids = {instance.agreement_id, getattr(instance, "_previous_agreement_id", None)}
    for agreement_id in agreement_ids - {None}:
        agreement_refresh_last_activity(agreement_id)  # type: ignore[arg-type]


def agreement_refresh_last_activity(agreement_id: int) -> None:
    """An ongoing activity counts until it ends, so an activity's date is its end (or start)."""
    latest = Activity.objects.filter(agreement_id=agreement_id).aggregate(
        latest=Max(Coalesce("ends_on", "starts_on"))
    )["latest"]
    Agreement.objects.filter(pk=agreement_id).update(last_activity_on=latest)
    statuses_recompute([agreement_id])


def facets_of(countries: list[str], area_codes: list[str]) -> str:
    tokens = {f"country:{c}" for c in countries if c} | {f"area:{a}" for a in area_codes}
    return f" {' '.join(sorted(tokens))} " if tokens else ""


def agreement_facets_refresh(agreement_ids: list[int]) -> None:
    """Recompute the facet tokens of these agreements from their parties and areas."""
    countries: dict[int, list[str]] = {pk: [] for pk in agreement_ids}
    areas: dict[int, list[str]] = {pk: [] for pk in agreement_ids}
    parties = Party.objects.filter(agreement_id__in=agreement_ids)
    for agreement_id, country in parties.values_list("agreement_id", "organisation__country"):
        countries[agreement_id].append(country)
    links = Agreement.areas.through.objects.filter(agreement_id__in=agreement_ids)
    for agreement_id, code in links.values_list("agreement_id", "area__code"):
        areas[agreement_id].append(code)
    Agreement.objects.bulk_update(
        [Agreement(pk=pk, facets=facets_of(countries[pk], areas[pk])) for pk in agreement_ids],
        ["facets"],
        batch_size=500,
    )


@receiver(post_save, sender=Party)
@receiver(post_delete, sender=Party)
def _party_changed(sender: Any, instance: Party, **kwargs: Any) -> None:
    if Agreement.objects.filter(pk=instance.agreement_id).exists():  # not mid-cascade
        agreement_facets_refresh([instance.agreement_id])
        _search_refresh([instance.agreement_id])


@receiver(post_save, sender=Document)
@receiver(post_delete, sender=Document)
def _document_changed(sender: Any, instance: Document, **kwargs: Any) -> None:
    _search_refresh([instance.agreement_id])


@receiver(post_save, sender=OrgName)
@receiver(post_delete, sender=OrgName)
def _name_changed(sender: Any, instance: OrgName, **kwargs: Any) -> None:
    # every agreement the organisation is party to is found by its names
    _search_refresh(organisation_agreement_ids(instance.organisation_id))


def _search_refresh(agreement_ids: list[int]) -> None:
    going = _being_deleted()
    search_refresh([pk for pk in agreement_ids if pk not in going])


@receiver(m2m_changed, sender=Agreement.areas.through)
def _areas_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if not action.startswith("post_"):
        return
    if isinstance(instance, Agreement):
        agreement_facets_refresh([instance.pk])
    else:  # changed from the area's side
        agreement_facets_refresh(list(instance.agreements.values_list("pk", flat=True)))


@receiver(post_save, sender=Organisation)
def _organisation_saved(sender: Any, instance: Organisation, created: bool, **kwargs: Any) -> None:
    if not created:  # its country may have changed: so have its agreements' facets
        ids = list(
            Party.objects.filter(organisation=instance).values_list("agreement_id", flat=True)
        )
        if ids:
            agreement_facets_refresh(ids)
