"""A record's history as a detail page shows it (who, when, what changed from what to what),
and restoring an earlier version — the secretariat's undo."""

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from accord.core.permissions import is_admin
from accord.core.services import Actor, validated_save

# Fields a person did not type: derived or bookkeeping, not worth a line in the history.
_HIDDEN = {"id", "history_id", "facets", "status", "last_activity_on", "created_at"}


@dataclass
class Change:
    field: str
    label: str
    old: str
    new: str


@dataclass
class Entry:
    history_id: int
    when: Any
    who: Any
    kind: str  # created / changed / deleted, translated
    reason: str
    changes: list[Change] = field(default_factory=list)
    restorable: bool = False


def history_entries(instance: Model, *, limit: int = 20) -> list[Entry]:
    """The newest `limit` versions of `instance`, each with what changed since the one
    before: two queries (the versions, and the one before the oldest shown)."""
    history: Any = getattr(instance, "history", None)
    if history is None:
        return []
    records = list(history.select_related("history_user").order_by("-history_id")[: limit + 1])
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        entries.append(
            Entry(
                history_id=record.history_id,
                when=record.history_date,
                who=record.history_user,
                kind=str(record.get_history_type_display()),
                reason=record.history_change_reason or "",
                changes=_changes(record, previous),
                restorable=index > 0 and record.history_type != "-",
            )
        )
    return entries


def _changes(record: Any, previous: Any) -> list[Change]:
    if previous is None:
        return []
    delta = record.diff_against(previous, foreign_keys_are_objs=False)
    meta = record.instance_type._meta
    changes = []
    for change in delta.changes:
        if change.field in _HIDDEN:
            continue
        model_field: Any = meta.get_field(change.field)
        label = capfirst(str(model_field.verbose_name))
        if model_field.many_to_many:
            old, new = _related(model_field, change.old), _related(model_field, change.new)
        else:
            old, new = _shown(change.old), _shown(change.new)
        changes.append(Change(change.field, label, old, new))
    return changes


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def _related(model_field: Any, rows: list[dict[str, Any]] | None) -> str:
    """A many-to-many version is a list of through rows: name the related records."""
    key = model_field.m2m_reverse_field_name()
    ids = [row[key] for row in rows or () if key in row]
    names = sorted(str(o) for o in model_field.related_model.objects.filter(pk__in=ids))
    return ", ".join(names) or "—"


# Records whose rules span more than their own row: an old version put back would skip them
# (a role and the Django superuser flag that goes with it, the last admin; memberships that
# must not overlap). Their pages show the history without a restore button.
CHANGED_ONLY_THROUGH_FORMS = {
    "core.Profile": _lazy("A user's role is changed on the user's page, not restored."),
    "alliances.Membership": _lazy(
        "A membership is changed through its own form (dates must not overlap), not restored."
    ),
}


@transaction.atomic
def history_restore(*, model_label: str, pk: int, history_id: int, actor: Actor) -> Model:
    """Put the record back as it was in version `history_id`: validated like any save, and
    itself a new version ("restored version N"), so the restore can be undone too."""
    model = apps.get_model(model_label)
    history: Any = getattr(model, "history", None)
    if history is None:
        raise ValidationError(_("This kind of record keeps no history."))
    if model._meta.label in CHANGED_ONLY_THROUGH_FORMS:
        raise ValidationError(CHANGED_ONLY_THROUGH_FORMS[model._meta.label])
    try:
        record = history.get(history_id=history_id, id=pk)
    except ObjectDoesNotExist as exc:
        raise ValidationError(_("There is no such version of this record.")) from exc
    restored = record.instance
    current = model.objects.filter(pk=pk).first()
    restored._state.adding = current is None  # an update of the row, unless it was deleted
    for name in _HIDDEN & {f.name for f in model._meta.concrete_fields}:
        if current is not None and name != "id":
            setattr(restored, name, getattr(current, name))  # derived columns stay current
    return validated_save(
        restored, actor=actor, reason=_("restored version %(id)s") % {"id": history_id}
    )


def history_context(request: Any, instance: Model, *, limit: int = 20) -> dict[str, Any]:
    """What `_history.html` needs for `instance` on a detail page."""
    return {
        "history": history_entries(instance, limit=limit),
        "model_label": instance._meta.label,
        "object_pk": instance.pk,
        "can_restore": is_admin(request.user)
        and instance._meta.label not in CHANGED_ONLY_THROUGH_FORMS,
    }
