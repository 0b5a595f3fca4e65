"""Agreement status, derived in SQL, at every boundary — and kept current day by day."""

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.activities.services import activity_delete, activity_update
from accord.agreements.models import Agreement
from accord.agreements.selectors import (
    SYSTEM,
    agreement_counts_by_status,
    agreement_filter,
    agreement_status,
    agreements_dormant,
    agreements_expiring,
)
from accord.agreements.services import agreement_renew, agreement_sign, agreement_terminate
from accord.agreements.status import (
    ALL_STATUSES,
    Status,
    StatusClock,
    status_condition,
    statuses_refresh,
)
from accord.demo.factories import ActivityFactory, AgreementFactory
from accord.demo.scale import scale_seed

pytestmark = pytest.mark.django_db

TODAY = date(2026, 1, 1)
day = timedelta(days=1)


@pytest.fixture(autouse=True)
def _today(settings: Any) -> None:
    settings.ACCORD_TODAY = TODAY
    settings.ACCORD_EXPIRING_DAYS = 180
    settings.ACCORD_DORMANT_DAYS = 365


def signed(**kwargs: object) -> Agreement:
    """Signed a month ago, ending in three years, unless told otherwise."""
    kwargs.setdefault("signed_on", TODAY - 30 * day)
    kwargs.setdefault("in_force_until", TODAY + 1000 * day)
    agreement: Agreement = AgreementFactory.create(**kwargs)
    return agreement


status = agreement_status


def test_a_fresh_agreement_is_in_force() -> None:
    agreement = signed()
    assert agreement.status == Status.IN_FORCE  # the saved instance knows it too
    assert status(agreement) == Status.IN_FORCE


def test_the_recorded_states_come_first() -> None:
    draft = AgreementFactory.create(
        state=Agreement.State.DRAFT, signed_on=None, in_force_until=None
    )
    review = AgreementFactory.create(
        state=Agreement.State.UNDER_REVIEW, signed_on=None, in_force_until=None
    )
    terminated = agreement_terminate(agreement=signed(), terminated_on=TODAY - day)
    assert (status(draft), status(review), status(terminated)) == (
        Status.DRAFT,
        Status.UNDER_REVIEW,
        Status.TERMINATED,
    )


def test_it_is_signed_but_not_in_force_until_its_start_day() -> None:
    assert status(signed(signed_on=TODAY - day, in_force_from=TODAY + day)) == Status.SIGNED
    assert status(signed(signed_on=TODAY - day, in_force_from=TODAY)) == Status.IN_FORCE


def test_it_expires_the_day_after_its_last_day() -> None:
    assert status(signed(signed_on=TODAY - 900 * day, in_force_until=TODAY)) == Status.EXPIRING
    assert status(signed(signed_on=TODAY - 900 * day, in_force_until=TODAY - day)) == Status.EXPIRED


def test_it_is_expiring_exactly_within_the_window() -> None:
    assert status(signed(in_force_until=TODAY + 180 * day)) == Status.EXPIRING
    assert status(signed(in_force_until=TODAY + 181 * day)) == Status.IN_FORCE


def test_the_expiring_window_follows_the_setting(settings: Any) -> None:
    agreement = signed(in_force_until=TODAY + 200 * day)
    assert status(agreement) == Status.IN_FORCE
    settings.ACCORD_EXPIRING_DAYS = 250
    assert status(agreement) == Status.EXPIRING


def test_an_automatically_renewing_agreement_neither_expires_nor_warns() -> None:
    lapsed = signed(signed_on=TODAY - 900 * day, in_force_until=TODAY - day, auto_renewal=True)
    ActivityFactory.create(agreement=lapsed, starts_on=TODAY - 10 * day)
    assert status(lapsed) == Status.IN_FORCE
    assert status(signed(in_force_until=TODAY + 10 * day, auto_renewal=True)) == Status.IN_FORCE


def test_an_open_ended_agreement_never_expires() -> None:
    assert status(signed(in_force_until=None)) == Status.IN_FORCE


def test_it_flags_an_agreement_with_no_activity_for_a_year() -> None:
    assert status(signed(signed_on=TODAY - 366 * day)) == Status.DORMANT
    assert status(signed(signed_on=TODAY - 365 * day)) == Status.IN_FORCE


def test_an_activity_wakes_a_dormant_agreement_and_its_removal_puts_it_back() -> None:
    agreement = signed(signed_on=TODAY - 800 * day)
    assert status(agreement) == Status.DORMANT
    activity = ActivityFactory.create(agreement=agreement, starts_on=TODAY - 365 * day)
    assert status(agreement) == Status.IN_FORCE
    activity_delete(activity=activity)
    assert status(agreement) == Status.DORMANT


def test_moving_an_activity_to_another_agreement_updates_both() -> None:
    first, second = signed(signed_on=TODAY - 800 * day), signed(signed_on=TODAY - 800 * day)
    activity = ActivityFactory.create(agreement=first, starts_on=TODAY - 10 * day)
    activity_update(activity=activity, agreement=second)
    assert (status(first), status(second)) == (Status.DORMANT, Status.IN_FORCE)


def test_an_ongoing_activity_counts_until_it_ends() -> None:
    agreement = signed(signed_on=TODAY - 800 * day)
    ActivityFactory.create(
        agreement=agreement, starts_on=TODAY - 700 * day, ends_on=TODAY - 300 * day
    )
    assert status(agreement) == Status.IN_FORCE


def test_expiring_wins_over_dormant() -> None:
    assert (
        status(signed(signed_on=TODAY - 900 * day, in_force_until=TODAY + 10 * day))
        == Status.EXPIRING
    )


def test_the_dormant_threshold_follows_the_setting(settings: Any) -> None:
    agreement = signed(signed_on=TODAY - 100 * day)
    settings.ACCORD_DORMANT_DAYS = 90
    assert status(agreement) == Status.DORMANT


def test_a_signed_renewal_supersedes_but_a_draft_one_does_not() -> None:
    old = signed(signed_on=TODAY - 900 * day, in_force_until=TODAY + 30 * day)
    draft = agreement_renew(agreement=old, in_force_until=TODAY + 2000 * day)
    assert (status(old), status(draft)) == (Status.EXPIRING, Status.DRAFT)
    agreement_sign(agreement=draft, signed_on=TODAY - day)
    # renewed: the old one is superseded; the new one takes over when the old one ends
    assert (status(old), status(draft)) == (Status.SUPERSEDED, Status.SIGNED)
    assert draft.in_force_from == old.in_force_until
    assert draft.supersedes == old
    assert {p.organisation_id for p in draft.parties.all()} == {
        p.organisation_id for p in old.parties.all()
    }


def test_statuses_move_with_the_calendar(settings: Any) -> None:
    agreement = signed(in_force_until=TODAY + 200 * day)
    ActivityFactory.create(agreement=agreement, starts_on=TODAY)
    for offset, expected in [
        (0, Status.IN_FORCE),
        (19, Status.IN_FORCE),
        (20, Status.EXPIRING),
        (200, Status.EXPIRING),
        (201, Status.EXPIRED),
        (-5, Status.IN_FORCE),  # and back: a clock set back is honoured too
    ]:
        settings.ACCORD_TODAY = TODAY + offset * day
        assert status(agreement) == expected, offset


def reference_status(a: Agreement, today: date, expiring: int, dormant: int) -> str:
    """The rules as a person would read them, in Python: an independent check on the SQL."""
    if a.state != Agreement.State.SIGNED:
        return {"draft": "draft", "under_review": "under_review", "terminated": "terminated"}[
            a.state
        ]
    if Agreement.objects.filter(supersedes=a, state=Agreement.State.SIGNED).exists():
        return Status.SUPERSEDED
    lapses = not a.auto_renewal and a.in_force_until is not None
    if lapses and a.in_force_until < today:  # type: ignore[operator]
        return Status.EXPIRED
    if a.in_force_from and a.in_force_from > today:
        return Status.SIGNED
    if lapses and a.in_force_until <= today + timedelta(days=expiring):  # type: ignore[operator]
        return Status.EXPIRING
    last_sign_of_life = a.last_activity_on or a.in_force_from or a.signed_on
    if last_sign_of_life and last_sign_of_life < today - timedelta(days=dormant):
        return Status.DORMANT
    return Status.IN_FORCE


def test_on_any_day_every_agreement_has_exactly_the_status_the_rules_give(settings: Any) -> None:
    scale_seed(organisations=60, agreements=700, seed=7, today=TODAY)
    statuses_refresh(full=True)
    seen: set[str] = set()
    for offset in (0, 1, 30, 180, 181, 365, 366, 500, 2, -40, 4000):
        settings.ACCORD_TODAY = TODAY + offset * day
        clock = StatusClock.now()
        stored = dict(agreement_filter(user=SYSTEM).values_list("pk", "status"))
        seen |= set(stored.values())
        for agreement in Agreement.objects.all():
            expected = reference_status(agreement, clock.today, 180, 365)
            assert stored[agreement.pk] == expected, (offset, agreement.pk)
        matches = [
            set(Agreement.objects.filter(status_condition(s, clock)).values_list("pk", flat=True))
            for s in ALL_STATUSES
        ]
        assert sum(len(m) for m in matches) == Agreement.objects.count()  # each in exactly one
    assert seen == set(ALL_STATUSES)


def test_counts_by_status_cover_every_status_in_one_query() -> None:
    signed(), signed(signed_on=TODAY - 500 * day)
    agreement_counts_by_status()  # the first read of the day refreshes; later ones just count
    with CaptureQueriesContext(connection) as queries:
        counts = agreement_counts_by_status()
    assert len(queries) == 1  # the refresh is known done: one grouped count
    assert set(counts) == set(ALL_STATUSES)
    assert (counts[Status.IN_FORCE], counts[Status.DORMANT]) == (1, 1)


def test_an_unknown_status_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="in_force"):
        agreement_filter(user=SYSTEM, status="active")


def test_expiring_and_dormant_lists() -> None:
    soon = signed(in_force_until=TODAY + 20 * day)
    sooner = signed(in_force_until=TODAY + 10 * day)
    later = signed(in_force_until=TODAY + 300 * day)
    quiet = signed(signed_on=TODAY - 500 * day)
    assert [a.pk for a in agreements_expiring(user=SYSTEM)] == [sooner.pk, soon.pk]
    assert [a.pk for a in agreements_expiring(user=SYSTEM, within=timedelta(days=15))] == [
        sooner.pk
    ]
    assert later.pk in [a.pk for a in agreements_expiring(user=SYSTEM, within=timedelta(days=400))]
    assert [a.pk for a in agreements_dormant(user=SYSTEM).items] == [quiet.pk]


def test_the_status_counters_stay_exact_through_every_kind_of_write(settings: Any) -> None:
    from accord.agreements.models import StatusCount
    from accord.agreements.services import agreement_update

    def live() -> dict[tuple[str, str], int]:
        rows = Agreement.objects.values_list("status", "confidentiality")
        counted: dict[tuple[str, str], int] = {}
        for key in rows:
            counted[key] = counted.get(key, 0) + 1
        return counted

    def counters() -> dict[tuple[str, str], int]:
        return {(c.status, c.confidentiality): c.n for c in StatusCount.objects.all() if c.n}

    agreement_counts_by_status()  # today's refresh: counters built
    a = signed()
    b = signed(in_force_until=TODAY + 10 * day, confidentiality=Agreement.Confidentiality.PARTIES)
    draft = agreement_renew(agreement=a, in_force_until=TODAY + 3000 * day)
    agreement_sign(agreement=draft, signed_on=TODAY)
    agreement_update(agreement=b, confidentiality=Agreement.Confidentiality.PUBLIC)
    activity = ActivityFactory.create(agreement=b, starts_on=TODAY)
    activity_delete(activity=activity)
    agreement_terminate(agreement=b, terminated_on=TODAY)
    assert counters() == live()
    draft.delete()  # as the back office would
    assert counters() == live()
    settings.ACCORD_TODAY = TODAY + 4000 * day  # a new day: refreshed and counted again
    assert agreement_counts_by_status()[Status.EXPIRED] >= 1
    assert counters() == live()
