"""News items read into Accord (sources) and what the extractor proposes from each
(proposals), waiting for a person to accept, edit or reject them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """A news item, press release or document as read: its text (what spans point into),
    title, publication date and where it came from. One per text: reading the same text again
    finds this one."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        HTML = "html", _("Web page")
        PDF = "pdf", _("PDF")
        DOCX = "docx", _("Word document")

    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"))
    published = models.DateField(_("published"), null=True, blank=True)
    origin = models.CharField(_("origin"), max_length=1000, blank=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.TEXT)
    checksum = models.CharField(_("checksum"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("read at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("read by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title or f"#{self.pk}"


class Proposal(models.Model):
    """One thing the extractor proposes from a source — an organisation, an agreement, a unit
    or an event — with the spans of the text it comes from and how sure it is."""

    class Kind(models.TextChoices):
        INSTITUTION = "institution", _("Organisation")
        AGREEMENT = "agreement", _("Agreement")
        UNIT = "unit", _("Unit")
        EVENT = "event", _("Event")

    class Status(models.TextChoices):
        PENDING = "pending", _("To review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        # an organisation the text names that the extractor judged the story is not about:
        # kept so that a reviewer can still accept it
        ASIDE = "aside", _("Set aside")

    # what a reviewer may still accept
    UNDECIDED = (Status.PENDING, Status.ASIDE)

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    position = models.PositiveIntegerField(_("position"))  # its order among the source's
    data = models.JSONField(_("data"))  # the extractor's item, as `accord extract --json` has it
    spans = models.JSONField(_("spans"), default=list)  # [[start, end], …] into the source text
    confidence = models.FloatField(_("confidence"), default=0.0)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # the record an accepted proposal became (or was matched to)
    organisation = models.ForeignKey(
        "registry.Organisation", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="proposals",
    )  # fmt: skip
    agreement = models.ForeignKey(
        "agreements.Agreement", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="proposals",
    )  # fmt: skip
    event = models.ForeignKey(
        "activities.Event", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="proposals",
    )  # fmt: skip
    unit = models.ForeignKey(
        "registry.Unit", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="proposals",
    )  # fmt: skip
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["source", "position"]
        constraints = [
            models.UniqueConstraint(fields=["source", "position"], name="proposal_position"),
        ]
        indexes = [models.Index(fields=["status", "source"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.position} of {self.source}"
