"""Keep stored statuses and last-activity dates right however a row is written (services,
the admin, or a queryset delete)."""

from typing import Any

from django.db.models import Max
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from accord.activities.models import Activity
from accord.agreements.models import Agreement
from accord.agreements.status import counts_move, statuses_recompute


@receiver(pre_save, sender=Agreement)
def _agreement_saving(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    # What the row is counted as before this save (its confidentiality may change with it).
    instance._counted_as = (  # type: ignore[attr-defined]
        Agreement.objects.filter(pk=instance.pk).values_list("status", "confidentiality").first()
        if instance.pk is not None
        else None
    )


@receiver(post_save, sender=Agreement)
def _agreement_saved(sender: Any, instance: Agreement, **kwargs: Any) -> None:
    # A renewal's state decides whether the agreement it renews is superseded.
    statuses_recompute(
        [instance.pk, instance.supersedes_id],
        counted_as={instance.pk: getattr(instance, "_counted_as", None)},
    )
    instance.status = Agreement.objects.values_list("status", flat=True).get(pk=instance.pk)


@receiver(post_delete, sender=Agreement)
def _agreement_deleted(sender: Any, instance: Agreement, **kwargs: Any) -> None:
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
