"""Every domain model keeps its change history: who, when, what changed."""

from datetime import date

import pytest
from django.apps import apps
from django.db.models import Model
from simple_history.models import HistoricalChanges

from accord.agreements.services import agreement_update
from accord.demo.factories import AgreementFactory, UserFactory

DOMAIN_APPS = ("core", "registry", "alliances", "agreements", "activities")
# Bookkeeping, not records anybody edits: the day stored statuses are for, their counts, and
# the search bodies (all derived from the records and rebuilt from them), and what the last
# ROR import saw of each record.
BOOKKEEPING = {"StatusRefresh", "StatusCount", "SearchDocument", "RorRecord"}


def domain_models() -> list[type[Model]]:
    return [
        model
        for label in DOMAIN_APPS
        for model in apps.get_app_config(label).get_models()
        if not issubclass(model, HistoricalChanges)
        and not model._meta.auto_created
        and model.__name__ not in BOOKKEEPING
    ]


@pytest.mark.parametrize("model", domain_models(), ids=lambda m: m.__name__)
def test_every_domain_model_is_audited(model: type) -> None:
    assert hasattr(model, "history"), f"{model.__name__} has no history"


@pytest.mark.django_db
def test_history_records_who_changed_what_and_the_previous_value() -> None:
    officer = UserFactory.create(username="officer")
    agreement = AgreementFactory.create(in_force_until=date(2030, 1, 1))
    agreement_update(agreement=agreement, in_force_until=date(2031, 6, 30), actor=officer)
    latest, previous = agreement.history.all()[:2]
    assert latest.history_user == officer
    assert latest.history_type == "~"
    delta = latest.diff_against(previous)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("in_force_until", date(2030, 1, 1), date(2031, 6, 30))
    ]


@pytest.mark.django_db
def test_an_earlier_version_can_be_restored() -> None:
    agreement = AgreementFactory.create(title="Original title")
    agreement_update(agreement=agreement, title="A mistaken edit")
    agreement.history.earliest().instance.save()
    agreement.refresh_from_db()
    assert agreement.title == "Original title"
    assert agreement.history.count() == 3
