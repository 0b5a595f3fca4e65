"""The one place where an agreement's status is derived.

Status is a function of an agreement's columns and a day. Each status has one SQL condition
(a `Q`); the conditions are written so that they exclude each other and together cover every
agreement, which the tests check against an independent reading of these rules:

1. draft, under review, terminated — the recorded state says it all;
2. superseded — signed, and a signed renewal exists, whatever the old dates say;
3. expired — past its last day, unless it renews automatically;
4. signed — signed, but its in-force date is still ahead;
5. expiring — its last day falls within `ACCORD_EXPIRING_DAYS` (more urgent than dormancy);
6. dormant — in force, but nothing recorded under it (an activity, or the start itself)
   for `ACCORD_DORMANT_DAYS`;
7. in force — everything else that is signed.

From the conditions come `status_expression()` (a CASE) and the stored `Agreement.status`:
every save recomputes the saved row (and the agreement it renews), and the first read of a
new day recomputes only the rows whose dates crossed a threshold since the last refresh —
an index range per date column — so selectors filter and count on an indexed column.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone

from accord.agreements.models import Agreement, StatusCount, StatusRefresh

Status = Agreement.Status
State = Agreement.State
STATUS_LABELS = dict(Status.choices)
STATUS_CHOICES = Status.choices
ALL_STATUSES: tuple[str, ...] = tuple(Status.values)

# A gap longer than this since the last refresh recomputes every row instead of the windows.
FULL_REFRESH_AFTER_DAYS = 90


@dataclass(frozen=True)
class StatusClock:
    """Today and the two thresholds: one object, so a whole page derives status consistently."""

    today: date
    expiring_days: int
    dormant_days: int

    @classmethod
    def now(cls) -> "StatusClock":
        return cls(
            today=_today(),
            expiring_days=settings.ACCORD_EXPIRING_DAYS,
            dormant_days=settings.ACCORD_DORMANT_DAYS,
        )


def _today() -> date:
    """`ACCORD_TODAY` (a date, for demos and tests) or the local date."""
    fixed: Any = getattr(settings, "ACCORD_TODAY", None)
    if isinstance(fixed, date):
        return fixed
    if fixed:
        return date.fromisoformat(str(fixed))
    return timezone.localdate()


def _conditions(clock: StatusClock) -> list[tuple[str, Q]]:
    today = clock.today
    soon = today + timedelta(days=clock.expiring_days)
    quiet_since = today - timedelta(days=clock.dormant_days)
    signed = Q(state=State.SIGNED)
    renewed = Q(Exists(Agreement.objects.filter(supersedes=OuterRef("pk"), state=State.SIGNED)))
    current = signed & ~renewed
    keeps_going = Q(auto_renewal=True) | Q(in_force_until__isnull=True)
    lapses = Q(auto_renewal=False, in_force_until__isnull=False)
    started = Q(in_force_from__isnull=True) | Q(in_force_from__lte=today)
    # The last sign of life: the latest activity, else the start, else the signing.
    quiet = (
        Q(last_activity_on__lt=quiet_since)
        | Q(last_activity_on__isnull=True, in_force_from__lt=quiet_since)
        | Q(last_activity_on__isnull=True, in_force_from__isnull=True, signed_on__lt=quiet_since)
    )
    lively = (
        Q(last_activity_on__gte=quiet_since)
        | Q(last_activity_on__isnull=True, in_force_from__gte=quiet_since)
        | Q(last_activity_on__isnull=True, in_force_from__isnull=True, signed_on__gte=quiet_since)
        | Q(last_activity_on__isnull=True, in_force_from__isnull=True, signed_on__isnull=True)
    )
    not_ending_soon = keeps_going | Q(in_force_until__gt=soon)
    return [
        (Status.DRAFT, Q(state=State.DRAFT)),
        (Status.UNDER_REVIEW, Q(state=State.UNDER_REVIEW)),
        (Status.TERMINATED, Q(state=State.TERMINATED)),
        (Status.SUPERSEDED, signed & renewed),
        (Status.EXPIRED, current & lapses & Q(in_force_until__lt=today)),
        (
            Status.SIGNED,
            current & (keeps_going | Q(in_force_until__gte=today)) & Q(in_force_from__gt=today),
        ),
        (Status.EXPIRING, current & started & lapses & Q(in_force_until__range=(today, soon))),
        (Status.DORMANT, current & started & not_ending_soon & quiet),
        (Status.IN_FORCE, current & started & not_ending_soon & lively),
    ]


def status_expression(clock: StatusClock | None = None) -> Case:
    """A CASE giving each row its status on `clock.today`."""
    clock = clock or StatusClock.now()
    return Case(
        *(When(condition, then=Value(name)) for name, condition in _conditions(clock)),
        default=Value(Status.DRAFT),
        output_field=CharField(),
    )


def _check_known(statuses: list[str]) -> None:
    for status in statuses:
        if status not in STATUS_LABELS:
            raise ValueError(
                f"Unknown agreement status {status!r}; expected one of {', '.join(ALL_STATUSES)}."
            )


def status_condition(status: str, clock: StatusClock | None = None) -> Q:
    """The condition itself (computed, not stored): for checks and for other days."""
    _check_known([status])
    return dict(_conditions(clock or StatusClock.now()))[status]


def status_filter(status: str | list[str]) -> Q:
    """A WHERE on the stored status; call `statuses_ensure_fresh()` first (selectors do)."""
    statuses = [status] if isinstance(status, str) else list(status)
    _check_known(statuses)
    return Q(status=statuses[0]) if len(statuses) == 1 else Q(status__in=statuses)


CountKey = tuple[str, str]  # (status, confidentiality)


def _keys(pks: list[int]) -> dict[int, CountKey]:
    rows = Agreement.objects.filter(pk__in=pks).values_list("pk", "status", "confidentiality")
    return {pk: (status, confidentiality) for pk, status, confidentiality in rows}


def statuses_recompute(
    pks: list[int | None],
    *,
    counted_as: dict[int, CountKey | None] | None = None,
    clock: StatusClock | None = None,
) -> dict[int, CountKey]:
    """Recompute the stored status of these rows (after a save, an activity, a renewal) and
    move them between the counters. `counted_as` gives what a just-saved row was counted as
    before the save (None: a new row, not counted yet). Returns each row's new
    (status, confidentiality)."""
    ids = [pk for pk in pks if pk is not None]
    if not ids:
        return {}
    before: dict[int, CountKey | None] = {**_keys(ids), **(counted_as or {})}
    Agreement.objects.filter(pk__in=ids).update(status=status_expression(clock))
    after = _keys(ids)
    counts_move(removed=[k for k in before.values() if k], added=list(after.values()))
    return after


def counts_move(*, removed: list[CountKey], added: list[CountKey]) -> None:
    delta: dict[CountKey, int] = {}
    for key in removed:
        delta[key] = delta.get(key, 0) - 1
    for key in added:
        delta[key] = delta.get(key, 0) + 1
    for (status, confidentiality), change in delta.items():
        if change == 0:
            continue
        bumped = StatusCount.objects.filter(status=status, confidentiality=confidentiality).update(
            n=F("n") + change
        )
        if not bumped:
            StatusCount.objects.create(status=status, confidentiality=confidentiality, n=change)


def counts_rebuild() -> None:
    """Count every agreement again (the daily refresh does; so does a full refresh)."""
    rows = (
        Agreement.objects.order_by()
        .values_list("status", "confidentiality")
        .annotate(n=Count("id"))
    )
    StatusCount.objects.all().delete()
    StatusCount.objects.bulk_create(
        [StatusCount(status=s, confidentiality=c, n=n) for s, c, n in rows]
    )


def counts_read() -> dict[CountKey, int]:
    return {(c.status, c.confidentiality): c.n for c in StatusCount.objects.all()}


@transaction.atomic
def statuses_refresh(*, clock: StatusClock | None = None, full: bool = False) -> int:
    """Bring every stored status up to `clock.today`; returns how many rows changed."""
    clock = clock or StatusClock.now()
    mark = StatusRefresh.objects.select_for_update().filter(pk=1).first()
    thresholds_same = mark is not None and (mark.expiring_days, mark.dormant_days) == (
        clock.expiring_days,
        clock.dormant_days,
    )
    if mark is not None and thresholds_same and mark.day == clock.today and not full:
        return 0
    expression = status_expression(clock)
    rows = Agreement.objects.all()
    if (
        mark is not None
        and thresholds_same
        and not full
        and abs((clock.today - mark.day).days) <= FULL_REFRESH_AFTER_DAYS
    ):
        rows = rows.filter(_crossed_between(mark.day, clock))
    changed = rows.filter(~Q(status=expression)).update(status=expression)
    counts_rebuild()
    StatusRefresh.objects.update_or_create(
        pk=1,
        defaults={
            "day": clock.today,
            "expiring_days": clock.expiring_days,
            "dormant_days": clock.dormant_days,
        },
    )
    return changed


def _crossed_between(last: date, clock: StatusClock) -> Q:
    """Rows whose status can differ between `last` and `clock.today`: a date column fell
    on the far side of a threshold in between (with a day of slack on each side)."""
    early, late = sorted((last, clock.today))
    expiring = timedelta(days=clock.expiring_days)
    dormant = timedelta(days=clock.dormant_days)
    day = timedelta(days=1)

    def window(offset: timedelta) -> tuple[date, date]:
        return (early + offset - day, late + offset + day)

    return (
        Q(in_force_until__range=window(timedelta(0)))
        | Q(in_force_until__range=window(expiring))
        | Q(in_force_from__range=window(timedelta(0)))
        | Q(in_force_from__range=window(-dormant))
        | Q(last_activity_on__range=window(-dormant))
        | Q(signed_on__range=window(-dormant))
    )


# (database, clock) this process last saw fresh. Once a day is fresh it stays fresh (every
# write recomputes its own rows), so a process asks the database once per day.
_seen_fresh: tuple[str, StatusClock] | None = None


def statuses_ensure_fresh(clock: StatusClock | None = None) -> None:
    """Free when this process already saw today's statuses fresh; otherwise one indexed read,
    and a refresh at the first read of a day."""
    global _seen_fresh
    clock = clock or StatusClock.now()
    key = (str(connection.settings_dict["NAME"]), clock)
    if _seen_fresh == key:
        return
    fresh = StatusRefresh.objects.filter(
        pk=1,
        day=clock.today,
        expiring_days=clock.expiring_days,
        dormant_days=clock.dormant_days,
    ).exists()
    if not fresh:
        statuses_refresh(clock=clock)
    _seen_fresh = key
