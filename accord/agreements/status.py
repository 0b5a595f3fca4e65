"""The one place where an agreement's status is derived.

Status is a function of the stored columns and a day, never stored: it changes at midnight
without anybody saving anything. Each status is a SQL condition (a `Q`), tried in order; an
agreement has the first status whose condition holds. The same ordered list builds

- `status_expression()` — a `CASE` that annotates rows with their status, and
- `status_filter(status)` — a `WHERE` for one status (its condition and none of the earlier
  ones), so filtering happens in the database and can use its indexes.

Order, and why:

1. terminated, draft, under review — the recorded state says it all.
2. superseded — a signed renewal exists, whatever the old dates say.
3. expired — past its end date, unless it renews automatically.
4. signed — signed, but its in-force date is still ahead.
5. expiring — ends within `ACCORD_EXPIRING_DAYS`; more urgent than dormancy.
6. dormant — in force but nothing recorded under it (activity, or the start itself) for
   `ACCORD_DORMANT_DAYS`.
7. in force — everything else that is signed.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Case, CharField, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from accord.agreements.models import Agreement

State = Agreement.State


class Status:
    DRAFT = "draft"
    UNDER_REVIEW = "under_review"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    DORMANT = "dormant"
    TERMINATED = "terminated"
    SUPERSEDED = "superseded"


STATUS_LABELS = {
    Status.DRAFT: _("Draft"),
    Status.UNDER_REVIEW: _("Under review"),
    Status.SIGNED: pgettext_lazy("agreement status", "Signed, not yet in force"),
    Status.IN_FORCE: _("In force"),
    Status.EXPIRING: _("Expiring"),
    Status.EXPIRED: _("Expired"),
    Status.DORMANT: _("Dormant"),
    Status.TERMINATED: _("Terminated"),
    Status.SUPERSEDED: _("Superseded (renewed)"),
}
STATUS_CHOICES = list(STATUS_LABELS.items())
ALL_STATUSES = tuple(STATUS_LABELS)


@dataclass(frozen=True)
class StatusClock:
    """Today and the two thresholds; one object so a whole page derives status consistently."""

    today: date
    expiring_days: int
    dormant_days: int

    @classmethod
    def now(cls) -> "StatusClock":
        return cls(
            today=timezone.localdate(),
            expiring_days=settings.ACCORD_EXPIRING_DAYS,
            dormant_days=settings.ACCORD_DORMANT_DAYS,
        )


def _superseded() -> Q:
    signed_successor = Agreement.objects.filter(supersedes=OuterRef("pk"), state=State.SIGNED)
    return Q(Exists(signed_successor))


def _conditions(clock: StatusClock) -> list[tuple[str, Q]]:
    today = clock.today
    expiring_cut = today + timedelta(days=clock.expiring_days)
    dormant_cut = today - timedelta(days=clock.dormant_days)
    signed = Q(state=State.SIGNED)
    ends = Q(auto_renewal=False, in_force_until__isnull=False)
    # With nothing recorded yet, the clock starts when the agreement came into force.
    quiet_since_cut = (
        Q(last_activity_on__lt=dormant_cut)
        | Q(last_activity_on__isnull=True, in_force_from__lt=dormant_cut)
        | Q(last_activity_on__isnull=True, in_force_from__isnull=True, signed_on__lt=dormant_cut)
    )
    return [
        (Status.TERMINATED, Q(state=State.TERMINATED)),
        (Status.DRAFT, Q(state=State.DRAFT)),
        (Status.UNDER_REVIEW, Q(state=State.UNDER_REVIEW)),
        (Status.SUPERSEDED, signed & _superseded()),
        (Status.EXPIRED, signed & ends & Q(in_force_until__lt=today)),
        (Status.SIGNED, signed & Q(in_force_from__gt=today)),
        (Status.EXPIRING, signed & ends & Q(in_force_until__lte=expiring_cut)),
        (Status.DORMANT, signed & quiet_since_cut),
        (Status.IN_FORCE, signed),
    ]


def status_expression(clock: StatusClock | None = None) -> Case:
    clock = clock or StatusClock.now()
    return Case(
        *(When(condition, then=Value(name)) for name, condition in _conditions(clock)),
        default=Value(Status.DRAFT),
        output_field=CharField(),
    )


def status_filter(status: str, clock: StatusClock | None = None) -> Q:
    """A WHERE clause true exactly for agreements whose derived status is `status`."""
    if status not in STATUS_LABELS:
        raise ValueError(
            f"Unknown agreement status {status!r}; expected one of {', '.join(ALL_STATUSES)}."
        )
    clock = clock or StatusClock.now()
    condition = Q()
    for name, q in _conditions(clock):
        if name == status:
            return condition & q
        condition &= ~q
    raise AssertionError("unreachable")  # every status is in _conditions


def statuses_filter(statuses: list[str], clock: StatusClock | None = None) -> Q:
    combined = Q(pk__in=[])
    for status in statuses:
        combined |= status_filter(status, clock)
    return combined
