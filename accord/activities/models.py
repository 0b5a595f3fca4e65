"""What was done: events (ceremonies, forums, visits) and activities under agreements."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accord.core.countries import validate_country
from accord.registry.models import Organisation, Unit


class Event(models.Model):
    class Kind(models.TextChoices):
        SIGNING_CEREMONY = "signing_ceremony", _("Signing ceremony")
        CEREMONY = "ceremony", _("Ceremony")
        FORUM = "forum", _("Forum / conference")
        VISIT = "visit", _("Visit")
        MEETING = "meeting", _("Meeting")
        LAUNCH = "launch", _("Launch")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(
        _("country"), max_length=2, blank=True, validators=[validate_country]
    )
    host = models.ForeignKey(
        Organisation,
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_events",
    )
    alliance = models.ForeignKey(
        "alliances.Alliance",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    description = models.TextField(_("description"), blank=True)
    source = models.TextField(_("source"), blank=True)
    participants: "models.ManyToManyField[Organisation, EventParticipant]" = models.ManyToManyField(
        Organisation, through="EventParticipant", related_name="events", blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_on", "-id"]
        indexes = [models.Index(fields=["starts_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="event_ends_after_it_starts",
                violation_error_message=_("An event cannot end before it starts."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_on})"

    def clean(self) -> None:
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("An event cannot end before it starts.")})


class EventParticipant(models.Model):
    class Role(models.TextChoices):
        HOST = "host", _("Host")
        PARTICIPANT = "participant", _("Participant")
        SIGNATORY = "signatory", _("Signed agreements")
        VISITOR = "visitor", _("Visitor")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="event_participations"
    )
    role = models.CharField(
        _("role"), max_length=12, choices=Role.choices, default=Role.PARTICIPANT
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("event participant")
        verbose_name_plural = _("event participants")
        constraints = [
            models.UniqueConstraint(fields=["event", "organisation"], name="event_participant_once")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class Visit(models.Model):
    """A delegation visiting the host, optionally a named host unit (school, centre)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="visits")
    visitor = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="visits")
    host_unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="visits_hosted"
    )
    purpose = models.TextField(_("purpose"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "visitor", "host_unit"], name="visit_once_per_unit"
            ),
            models.UniqueConstraint(
                fields=["event", "visitor"],
                condition=Q(host_unit__isnull=True),
                name="visit_once_without_unit",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.visitor} → {self.host_unit or self.event.host}"


class Activity(models.Model):
    class Kind(models.TextChoices):
        STUDENT_MOBILITY = "student_mobility", _("Student mobility")
        STAFF_MOBILITY = "staff_mobility", _("Staff mobility")
        JOINT_RESEARCH = "joint_research", _("Joint research project")
        JOINT_PUBLICATION = "joint_publication", _("Joint publication")
        LAB = "lab", _("Joint lab")
        PROGRAMME = "programme", _("Joint programme")
        VISIT = "visit", _("Visit")
        WORKSHOP = "workshop", _("Workshop / seminar")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("under agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), related_name="activities", blank=True
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, help_text=_("People taking part, if counted.")
    )
    outputs = models.PositiveIntegerField(
        _("outputs"), null=True, blank=True, help_text=_("Publications, courses, ... if counted.")
    )
    outcome = models.TextField(_("outcome"), blank=True)
    source = models.TextField(_("source"), blank=True)
    history = HistoricalRecords(m2m_fields=[organisations])

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-starts_on", "-id"]
        indexes = [
            models.Index(fields=["agreement", "starts_on"]),
            models.Index(fields=["starts_on", "id"]),  # the newest first, in every list
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="activity_ends_after_it_starts",
                violation_error_message=_("An activity cannot end before it starts."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("An activity cannot end before it starts.")})
