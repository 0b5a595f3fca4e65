from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "accord.agreements"
    label = "agreements"
    verbose_name = _("Agreements")

    def ready(self) -> None:
        from accord.agreements import signals  # noqa: F401  (connects the receivers)
