"""Agreements between any number of parties, their signatures, areas and documents.

What an agreement *is* right now (in force, expiring, dormant, ...) is derived from these
columns and today's date by one SQL expression in `status.py`. The `status` column holds
that expression's value for the day in `StatusRefresh`, kept current on every save and at the
first read of each new day, so that filtering and counting by status can use an index.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from accord.registry.models import Contact, Organisation, Unit


class Area(models.Model):
    """A cooperation area from a fixed, seeded taxonomy (see the 0002 data migration)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cooperation area")
        verbose_name_plural = _("cooperation areas")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agreement(models.Model):
    class Kind(models.TextChoices):
        MOU = "mou", _("Memorandum of understanding")
        FRAMEWORK = "framework", _("Framework agreement")
        COOPERATION = "cooperation", _("Cooperation agreement")
        EXCHANGE = "exchange", _("Exchange agreement")
        JOINT_PROGRAMME = "joint_programme", _("Joint programme / joint school")
        RESEARCH = "research", _("Research agreement")
        MEMBERSHIP = "membership", _("Membership agreement")
        OTHER = "other", _("Other")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        UNDER_REVIEW = "under_review", _("Under review")
        SIGNED = "signed", _("Signed")
        TERMINATED = "terminated", _("Terminated")

    class Status(models.TextChoices):
        """Derived, never set by hand: see status.py for the rules and their order."""

        DRAFT = "draft", _("Draft")
        UNDER_REVIEW = "under_review", _("Under review")
        SIGNED = "signed", pgettext_lazy("agreement status", "Signed, not yet in force")
        IN_FORCE = "in_force", _("In force")
        EXPIRING = "expiring", _("Expiring")
        EXPIRED = "expired", _("Expired")
        DORMANT = "dormant", _("Dormant")
        TERMINATED = "terminated", _("Terminated")
        SUPERSEDED = "superseded", _("Superseded (renewed)")

    class Confidentiality(models.TextChoices):
        PUBLIC = "public", _("Public")
        ALLIANCE = "alliance", _("Alliance members")
        PARTIES = "parties", _("Parties only")
        RESTRICTED = "restricted", _("Restricted (secretariat)")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.MOU)
    title = models.CharField(_("title"), max_length=400)
    reference = models.CharField(_("reference"), max_length=80, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DRAFT)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    in_force_from = models.DateField(_("in force from"), null=True, blank=True)
    in_force_until = models.DateField(
        _("in force until"), null=True, blank=True, help_text=_("Empty for open-ended.")
    )
    auto_renewal = models.BooleanField(
        _("renews automatically"),
        default=False,
        help_text=_("Stays in force past its end date until it is terminated."),
    )
    terminated_on = models.DateField(_("terminated on"), null=True, blank=True)
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("renews / supersedes"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    confidentiality = models.CharField(
        _("confidentiality"),
        max_length=10,
        choices=Confidentiality.choices,
        default=Confidentiality.PUBLIC,
    )
    alliance = models.ForeignKey(
        "alliances.Alliance",
        verbose_name=_("alliance"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreements",
    )
    signing_event = models.ForeignKey(
        "activities.Event",
        verbose_name=_("signed at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements_signed",
    )
    instrument_count = models.PositiveIntegerField(
        _("number of instruments"),
        default=1,
        help_text=_("More than one when this record stands for several signed documents."),
    )
    is_aggregate = models.BooleanField(
        _("aggregate"),
        default=False,
        help_text=_(
            "The source reports several agreements together without saying which party signed"
            " which; the parties listed are the possible ones, not pairings."
        ),
    )
    areas = models.ManyToManyField(
        Area, verbose_name=_("cooperation areas"), blank=True, related_name="agreements"
    )
    source = models.TextField(_("source"), blank=True, help_text=_("Where this record came from."))
    # Kept by the activity services so "dormant" is a column comparison, not a MAX() per row.
    last_activity_on = models.DateField(
        _("last activity on"), null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    # " area:joint-research country:CN country:KR " — the parties' countries and the areas
    # as tokens, kept by signals.py, so a filter on status + country + area reads one index.
    facets = models.TextField(default="", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(
        m2m_fields=[areas], excluded_fields=["last_activity_on", "status", "facets"]
    )

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "-id"]
        indexes = [
            models.Index(fields=["status", "in_force_until"]),
            models.Index(fields=["status", "last_activity_on", "in_force_from"]),
            # a list of one status walks its sort order here (id included, so no sort step);
            # facets ride along so a filtered one can skip rows without reading them
            models.Index(fields=["status", "signed_on", "id", "facets"]),
            models.Index(fields=["status", "facets"]),
            # the day-to-day status refresh looks rows up by each date that crosses a threshold
            models.Index(fields=["in_force_until"]),
            models.Index(fields=["in_force_from"]),
            models.Index(fields=["last_activity_on"]),
            models.Index(fields=["signed_on", "id"]),
            models.Index(fields=["kind"]),
            # an officer's confidential counts: the alliance ones of their alliances
            models.Index(fields=["confidentiality", "alliance", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(in_force_until__isnull=True)
                | Q(in_force_from__isnull=True)
                | Q(in_force_until__gte=F("in_force_from")),
                name="agreement_ends_after_it_starts",
                violation_error_message=_("An agreement cannot end before it comes into force."),
            ),
            models.CheckConstraint(
                condition=~Q(state="signed") | Q(signed_on__isnull=False),
                name="agreement_signed_has_date",
                violation_error_message=_("A signed agreement needs its signing date."),
            ),
            models.CheckConstraint(
                condition=Q(state="terminated") | Q(terminated_on__isnull=True),
                name="agreement_terminated_on_only_when_terminated",
            ),
            models.CheckConstraint(
                condition=~Q(supersedes=F("pk")),
                name="agreement_not_superseding_itself",
            ),
            models.UniqueConstraint(
                fields=["reference"],
                condition=~Q(reference=""),
                name="agreement_unique_reference",
                violation_error_message=_("Another agreement already has this reference."),
            ),
            models.CheckConstraint(
                condition=Q(instrument_count__gte=1), name="agreement_at_least_one_instrument"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.in_force_from and self.in_force_until and self.in_force_until < self.in_force_from:
            errors["in_force_until"] = _(
                "In force until (%(until)s) is before in force from (%(start)s)."
            ) % {"until": self.in_force_until, "start": self.in_force_from}
        if self.state == self.State.SIGNED and not self.signed_on:
            errors["signed_on"] = _("A signed agreement needs its signing date.")
        if self.state != self.State.TERMINATED and self.terminated_on:
            errors["terminated_on"] = _("Only a terminated agreement has a termination date.")
        if self.supersedes_id is not None and self.supersedes_id == self.pk:
            errors["supersedes"] = _("An agreement cannot supersede itself.")
        if errors:
            raise ValidationError(errors)


class StatusRefresh(models.Model):
    """Bookkeeping, one row: the day and thresholds the stored statuses are correct for."""

    day = models.DateField()
    expiring_days = models.PositiveIntegerField()
    dormant_days = models.PositiveIntegerField()
    refreshed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("status refresh")

    def __str__(self) -> str:
        return f"statuses as of {self.day}"


class StatusCount(models.Model):
    """Bookkeeping: how many agreements have each (status, confidentiality), kept exact by
    the same code that keeps `Agreement.status`, so the dashboard reads a few rows instead of
    counting every agreement. Rebuilt from the agreements at every daily refresh."""

    status = models.CharField(max_length=12)
    confidentiality = models.CharField(max_length=10)
    n = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("status count")
        constraints = [
            models.UniqueConstraint(fields=["status", "confidentiality"], name="statuscount_once")
        ]

    def __str__(self) -> str:
        return f"{self.status}/{self.confidentiality}: {self.n}"


class Party(models.Model):
    class Role(models.TextChoices):
        PARTY = "party", _("Party")
        LEAD = "lead", _("Lead party")
        COORDINATOR = "coordinator", _("Coordinator")
        ASSOCIATE = "associate", _("Associate")
        POSSIBLE = "possible", _("Possible party (pairing not known)")

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="parties")
    unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="parties"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PARTY)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "organisation"],
                name="party_once_per_agreement",
                violation_error_message=_("This organisation is already a party."),
            )
        ]
        indexes = [models.Index(fields=["organisation", "agreement"])]

    def __str__(self) -> str:
        return f"{self.unit}" if self.unit_id else str(self.organisation)

    def clean(self) -> None:
        if self.unit_id and self.unit and self.unit.organisation_id != self.organisation_id:
            raise ValidationError(
                {"unit": _("The unit belongs to another organisation than the party.")}
            )


class Signature(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="signatures")
    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="signatures")
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="signatures")
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    capacity = models.CharField(
        _("signed as"), max_length=200, blank=True, help_text=_("Title at the time of signing.")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "contact"],
                name="signature_once_per_person",
                violation_error_message=_("This person already signed this agreement."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.contact} for {self.party}"

    def clean(self) -> None:
        if self.party_id and self.agreement_id and self.party.agreement_id != self.agreement_id:
            raise ValidationError({"party": _("The party belongs to another agreement.")})
        if (
            self.party_id
            and self.contact_id
            and self.contact.organisation_id != self.party.organisation_id
        ):
            raise ValidationError(
                {"contact": _("The signatory works for another organisation than the party.")}
            )


class Document(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), upload_to="agreements/%Y/")
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    text = models.TextField(_("extracted text"), blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-uploaded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "sha256"],
                name="document_once_per_agreement",
                violation_error_message=_("This file is already attached to the agreement."),
            )
        ]

    def __str__(self) -> str:
        return self.filename


class SearchDocument(models.Model):
    """What full-text search reads for one agreement: its title, reference, summary, parties'
    names and documents' text as search tokens (search.py writes it and indexes it)."""

    agreement = models.OneToOneField(
        Agreement, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    body = models.TextField(default="")

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"search document of agreement {self.agreement_id}"
