"""Who a user is in Accord: a role, and for officers the organisation they act for."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Profile(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Secretariat admin")
        OFFICER = "officer", _("Officer of an organisation")
        VIEWER = "viewer", _("Viewer (read-only)")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="accord_profile"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    organisation = models.ForeignKey(
        "registry.Organisation",
        verbose_name=_("acts for"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officers",
    )
    language = models.CharField(_("interface language"), max_length=10, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(role="officer") | models.Q(organisation__isnull=False),
                name="profile_officer_has_organisation",
                violation_error_message=_("An officer must act for an organisation."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"

    def clean(self) -> None:
        if self.role == self.Role.OFFICER and self.organisation_id is None:
            raise ValidationError({"organisation": _("An officer must act for an organisation.")})
