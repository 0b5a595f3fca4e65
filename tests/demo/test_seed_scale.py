"""seed_scale writes valid, realistic data quickly and leaves the database usable."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accord.agreements.models import Agreement, Party
from accord.agreements.selectors import agreement_counts_by_status
from accord.demo.factories import AgreementFactory, OrganisationFactory
from accord.registry.models import Organisation

pytestmark = pytest.mark.django_db


def test_it_adds_agreements_with_parties_areas_and_activities_in_every_status() -> None:
    out = StringIO()
    call_command(
        "seed_scale", "--organisations", "300", "--agreements", "3000", "--no-progress", stdout=out
    )
    assert "Added 300 organisations, 3,000 agreements" in out.getvalue()
    assert Organisation.objects.count() == 300
    assert Agreement.objects.count() == 3000
    assert not Agreement.objects.filter(state="signed").exclude(parties__isnull=False).exists()
    assert (
        Party.objects.filter(agreement__state="signed").count()
        >= 2 * Agreement.objects.filter(state="signed").count()
    )
    counts = agreement_counts_by_status()
    assert all(n > 0 for n in counts.values()), counts
    for agreement in Agreement.objects.order_by("?")[:50]:
        agreement.full_clean()  # every generated row is one the services would accept


def test_the_database_stays_writable_through_the_services_afterwards() -> None:
    call_command(
        "seed_scale",
        "--organisations",
        "20",
        "--agreements",
        "50",
        "--no-progress",
        stdout=StringIO(),
    )
    # explicit ids were written: the id sequences must have moved past them (PostgreSQL)
    org = OrganisationFactory.create(name="Created after the seed")
    assert AgreementFactory.create(parties=[org, Organisation.objects.first()]).pk > 50


def test_it_refuses_impossible_sizes() -> None:
    with pytest.raises(CommandError, match="at least 2"):
        call_command("seed_scale", "--organisations", "1", "--agreements", "5", "--no-progress")
