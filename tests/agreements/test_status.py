"""Agreement status, derived in SQL, at every boundary."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accord.activities.services import activity_delete
from accord.agreements.models import Agreement
from accord.agreements.selectors import (
    SYSTEM,
    agreement_counts_by_status,
    agreement_filter,
    agreement_status,
    agreements_dormant,
    agreements_expiring,
)
from accord.agreements.services import agreement_renew, agreement_terminate
from accord.agreements.status import ALL_STATUSES, Status, StatusClock, status_filter
from accord.demo.factories import ActivityFactory, AgreementFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 1, 1)
CLOCK = StatusClock(today=TODAY, expiring_days=180, dormant_days=365)
day = timedelta(days=1)


def signed(**kwargs: object) -> Agreement:
    """Signed a month ago, with something done last week, unless told otherwise."""
    kwargs.setdefault("signed_on", TODAY - 30 * day)
    kwargs.setdefault("in_force_until", TODAY + 1000 * day)
    agreement: Agreement = AgreementFactory.create(**kwargs)
    return agreement


def status(agreement: Agreement) -> str:
    return agreement_status(agreement, clock=CLOCK)


def test_a_fresh_agreement_is_in_force() -> None:
    assert status(signed()) == Status.IN_FORCE


def test_the_recorded_states_come_first() -> None:
    assert (
        status(
            AgreementFactory.create(
                state=Agreement.State.DRAFT, signed_on=None, in_force_until=None
            )
        )
        == Status.DRAFT
    )
    assert (
        status(
            AgreementFactory.create(
                state=Agreement.State.UNDER_REVIEW, signed_on=None, in_force_until=None
            )
        )
        == Status.UNDER_REVIEW
    )
    terminated = agreement_terminate(agreement=signed(), terminated_on=TODAY - day)
    assert status(terminated) == Status.TERMINATED


def test_it_is_signed_but_not_in_force_until_its_start_day() -> None:
    assert status(signed(signed_on=TODAY - day, in_force_from=TODAY + day)) == Status.SIGNED
    assert status(signed(signed_on=TODAY - day, in_force_from=TODAY)) == Status.IN_FORCE


def test_it_expires_the_day_after_its_last_day() -> None:
    assert status(signed(signed_on=TODAY - 900 * day, in_force_until=TODAY)) == Status.EXPIRING
    assert status(signed(signed_on=TODAY - 900 * day, in_force_until=TODAY - day)) == Status.EXPIRED


def test_it_is_expiring_exactly_within_the_window() -> None:
    assert status(signed(in_force_until=TODAY + 180 * day)) == Status.EXPIRING
    assert status(signed(in_force_until=TODAY + 181 * day)) == Status.IN_FORCE


def test_the_expiring_window_follows_the_setting(settings: object) -> None:
    agreement = signed(in_force_until=TODAY + 200 * day)
    assert agreement_status(agreement, clock=StatusClock(TODAY, 250, 365)) == Status.EXPIRING
    assert agreement_status(agreement, clock=StatusClock(TODAY, 150, 365)) == Status.IN_FORCE


def test_an_automatically_renewing_agreement_neither_expires_nor_warns() -> None:
    lapsed = signed(signed_on=TODAY - 900 * day, in_force_until=TODAY - day, auto_renewal=True)
    ActivityFactory.create(agreement=lapsed, starts_on=TODAY - 10 * day)
    assert status(lapsed) == Status.IN_FORCE
    assert status(signed(in_force_until=TODAY + 10 * day, auto_renewal=True)) == Status.IN_FORCE


def test_an_open_ended_agreement_never_expires() -> None:
    assert status(signed(in_force_until=None)) == Status.IN_FORCE


def test_it_flags_an_agreement_with_no_activity_for_a_year() -> None:
    quiet = signed(signed_on=TODAY - 366 * day)
    just_in = signed(signed_on=TODAY - 365 * day)
    assert status(quiet) == Status.DORMANT
    assert status(just_in) == Status.IN_FORCE


def test_an_activity_wakes_a_dormant_agreement_and_its_removal_puts_it_back() -> None:
    agreement = signed(signed_on=TODAY - 800 * day)
    assert status(agreement) == Status.DORMANT
    activity = ActivityFactory.create(agreement=agreement, starts_on=TODAY - 365 * day)
    assert status(agreement) == Status.IN_FORCE
    activity_delete(activity=activity)
    assert status(agreement) == Status.DORMANT


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


def test_the_dormant_threshold_follows_the_setting() -> None:
    agreement = signed(signed_on=TODAY - 100 * day)
    assert agreement_status(agreement, clock=StatusClock(TODAY, 180, 90)) == Status.DORMANT


def test_a_signed_renewal_supersedes_but_a_draft_one_does_not() -> None:
    old = signed(signed_on=TODAY - 900 * day, in_force_until=TODAY + 30 * day)
    draft = agreement_renew(agreement=old, in_force_until=TODAY + 2000 * day)
    assert status(old) == Status.EXPIRING
    assert status(draft) == Status.DRAFT
    other = signed(signed_on=TODAY - 900 * day, in_force_until=TODAY + 30 * day)
    renewal = agreement_renew(
        agreement=other, signed_on=TODAY - day, in_force_until=TODAY + 2000 * day
    )
    assert status(other) == Status.SUPERSEDED
    assert status(renewal) == Status.IN_FORCE
    assert renewal.supersedes == other
    assert {p.organisation_id for p in renewal.parties.all()} == {
        p.organisation_id for p in other.parties.all()
    }


def _one_of_each() -> dict[str, Agreement]:
    made = {
        Status.DRAFT: AgreementFactory.create(
            state=Agreement.State.DRAFT, signed_on=None, in_force_until=None
        ),
        Status.UNDER_REVIEW: AgreementFactory.create(
            state=Agreement.State.UNDER_REVIEW, signed_on=None, in_force_until=None
        ),
        Status.SIGNED: signed(in_force_from=TODAY + 5 * day),
        Status.IN_FORCE: signed(),
        Status.EXPIRING: signed(in_force_until=TODAY + 5 * day),
        Status.EXPIRED: signed(signed_on=TODAY - 900 * day, in_force_until=TODAY - 5 * day),
        Status.DORMANT: signed(signed_on=TODAY - 500 * day),
        Status.TERMINATED: agreement_terminate(agreement=signed(), terminated_on=TODAY),
    }
    old = signed(signed_on=TODAY - 900 * day)
    agreement_renew(agreement=old, signed_on=TODAY - day, in_force_until=TODAY + 900 * day)
    made[Status.SUPERSEDED] = old
    return made


def test_filtering_by_status_in_sql_agrees_with_the_annotation() -> None:
    made = _one_of_each()
    for name in ALL_STATUSES:
        found = set(
            Agreement.objects.filter(status_filter(name, CLOCK)).values_list("pk", flat=True)
        )
        expected = {
            a.pk for a in Agreement.objects.all() if agreement_status(a, clock=CLOCK) == name
        }
        assert found == expected, name
        assert made[name].pk in found, name


def test_counts_by_status_cover_every_status_in_one_query() -> None:
    _one_of_each()
    with CaptureQueriesContext(connection) as queries:
        counts = agreement_counts_by_status(clock=CLOCK)
    assert len(queries) == 1
    assert set(counts) == set(ALL_STATUSES)
    assert counts[Status.IN_FORCE] == 2  # the one made in force, and the renewal
    assert sum(counts.values()) == Agreement.objects.count()


def test_the_status_filter_is_sql_not_python() -> None:
    sql = str(agreement_filter(status=Status.DORMANT, user=SYSTEM, clock=CLOCK).query)
    assert "last_activity_on" in sql


def test_an_unknown_status_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="in_force"):
        status_filter("active", CLOCK)


def test_expiring_and_dormant_lists() -> None:
    soon = signed(in_force_until=TODAY + 20 * day)
    sooner = signed(in_force_until=TODAY + 10 * day)
    quiet = signed(signed_on=TODAY - 500 * day)
    assert [a.pk for a in agreements_expiring(user=SYSTEM, clock=CLOCK)] == [sooner.pk, soon.pk]
    assert [
        a.pk for a in agreements_expiring(user=SYSTEM, within=timedelta(days=15), clock=CLOCK)
    ] == [sooner.pk]
    assert [a.pk for a in agreements_dormant(user=SYSTEM, clock=CLOCK).items] == [quiet.pk]
