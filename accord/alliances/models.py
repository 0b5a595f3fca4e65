"""Alliances, sub-alliances, memberships and counterpart pairs."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accord.registry.models import Contact, Organisation, Unit


class Alliance(models.Model):
    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("short name for links"), max_length=60, unique=True)
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    founded_place = models.CharField(_("founded in"), max_length=120, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent alliance"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sub_alliances",
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_alliances",
    )
    lead_unit = models.ForeignKey(
        Unit,
        verbose_name=_("lead unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_alliances",
    )
    secretariat = models.ForeignKey(
        Organisation,
        verbose_name=_("secretariat"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="secretariat_of",
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    source = models.TextField(_("source"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("alliance")
        verbose_name_plural = _("alliances")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def clean(self) -> None:
        if self.lead_unit_id and self.lead_organisation_id:
            assert self.lead_unit is not None
            if self.lead_unit.organisation_id != self.lead_organisation_id:
                raise ValidationError(
                    {"lead_unit": _("The lead unit belongs to another organisation.")}
                )
        node = self.parent
        while node is not None:
            if self.pk is not None and node.pk == self.pk:
                raise ValidationError({"parent": _("An alliance cannot be its own ancestor.")})
            node = node.parent


class Membership(models.Model):
    class Role(models.TextChoices):
        FOUNDER = "founder", _("Founding member")
        MEMBER = "member", _("Member")
        OBSERVER = "observer", _("Observer")
        LEAD = "lead", _("Lead")
        SECRETARIAT = "secretariat", _("Secretariat")
        COUNCIL = "council", _("Executive council member")

    alliance = models.ForeignKey(Alliance, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["alliance", "organisation__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(left_on__isnull=True)
                | Q(joined_on__isnull=True)
                | Q(left_on__gte=F("joined_on")),
                name="membership_leaves_after_joining",
                violation_error_message=_("A membership cannot end before it starts."),
            ),
            models.UniqueConstraint(
                fields=["alliance", "organisation"],
                condition=Q(left_on__isnull=True),
                name="membership_one_current_per_alliance",
                violation_error_message=_(
                    "This organisation already has a current membership of this alliance."
                ),
            ),
        ]
        indexes = [models.Index(fields=["organisation", "alliance"])]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.alliance} ({self.get_role_display()})"


class Counterpart(models.Model):
    """A member organisation paired with a unit of the host (e.g. an XJTU school) that carries
    the cooperation out, with a liaison on each side."""

    alliance = models.ForeignKey(Alliance, on_delete=models.CASCADE, related_name="counterparts")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("member organisation"),
        on_delete=models.PROTECT,
        related_name="counterparts",
    )
    host_unit = models.ForeignKey(
        Unit, verbose_name=_("host unit"), on_delete=models.PROTECT, related_name="counterparts"
    )
    liaisons = models.ManyToManyField(
        Contact, verbose_name=_("liaison contacts"), blank=True, related_name="counterparts"
    )
    since = models.DateField(_("paired since"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords(m2m_fields=[liaisons])

    class Meta:
        verbose_name = _("counterpart pair")
        verbose_name_plural = _("counterpart pairs")
        constraints = [
            models.UniqueConstraint(
                fields=["alliance", "organisation", "host_unit"],
                name="counterpart_unique_pair",
                violation_error_message=_("This pair already exists in this alliance."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ↔ {self.host_unit}"
