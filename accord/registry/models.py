"""Organisations and everything that identifies them: names, identifiers, units, relations,
contacts."""

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accord.core.countries import validate_country
from accord.core.text import fold


class Organisation(models.Model):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University")
        RESEARCH_INSTITUTE = "research_institute", _("Research institute")
        COMPANY = "company", _("Company")
        GOVERNMENT = "government", _("Government body")
        HOSPITAL = "hospital", _("Hospital")
        NONPROFIT = "nonprofit", _("Non-profit")
        ALLIANCE_BODY = "alliance_body", _("Alliance body")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        MERGED = "merged", _("Merged into another")

    name = models.CharField(_("display name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UNIVERSITY)
    country = models.CharField(
        _("country"), max_length=2, blank=True, validators=[validate_country]
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_from",
    )
    established = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)
    # Made by a registry import (ROR) and not yet referred to by anything in Accord: lists
    # leave these out unless asked (search finds them). Cleared for good by the first
    # party, membership, event, visit, activity, unit, officer or alliance that names it
    # (registry/signals.py).
    registry_only = models.BooleanField(default=False, db_default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["registry_only"])

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["country", "kind"]),
            models.Index(fields=["name"]),
            # the list filtered by country or kind walks these in its name order, and stops
            # when the page is full
            models.Index(fields=["country", "name", "id"]),
            models.Index(fields=["kind", "name", "id"]),
            # the default list: the organisations in use, in name order
            models.Index(fields=["registry_only", "name", "id"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status="merged") & Q(merged_into__isnull=False))
                | (~Q(status="merged") & Q(merged_into__isnull=True)),
                name="organisation_merged_iff_merged_into",
                violation_error_message=_("A merged organisation must say what it merged into."),
            ),
            models.CheckConstraint(
                condition=~Q(merged_into=models.F("pk")),
                name="organisation_not_merged_into_itself",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.status == self.Status.MERGED and self.merged_into_id is None:
            raise ValidationError(
                {"merged_into": _("A merged organisation must say what it merged into.")}
            )
        if self.merged_into_id is not None and self.status != self.Status.MERGED:
            raise ValidationError({"status": _("Set the status to merged, or clear merged into.")})
        if self.pk is not None and self.merged_into_id == self.pk:
            raise ValidationError({"merged_into": _("An organisation cannot merge into itself.")})


# Decomposition can lengthen a name (a ligature, a compatibility character), so the key has
# room beyond the 300 characters of a name, and is cut there in the rare case it needs more.
FOLDED_MAX_LENGTH = 600


def folded_name(value: str) -> str:
    """An organisation name's search key (see `accord.core.text.fold`)."""
    return fold(value)[:FOLDED_MAX_LENGTH]


class OrgName(models.Model):
    class Type(models.TextChoices):
        OFFICIAL = "official", _("Official")
        LABEL = "label", _("Label (official name in another language)")
        ALIAS = "alias", _("Alias")
        ACRONYM = "acronym", _("Acronym")
        FORMER = "former", _("Former name")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="names")
    value = models.CharField(_("name"), max_length=300)
    language = models.CharField(
        _("language"), max_length=12, blank=True, help_text=_("BCP 47 code, e.g. en, zh, it")
    )
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.ALIAS)
    # `fold(value)`, set by save(): what search compares, so "universite" finds "Université"
    # on every database without an extension or a custom collation. Writes that bypass save()
    # (seed_scale's executemany, QuerySet.update of `value`) must set it themselves.
    folded = models.CharField(max_length=FOLDED_MAX_LENGTH, blank=True, default="", editable=False)
    history = HistoricalRecords(excluded_fields=["folded"])

    class Meta:
        verbose_name = _("organisation name")
        verbose_name_plural = _("organisation names")
        ordering = ["type", "value"]
        indexes = [models.Index(fields=["value"]), models.Index(fields=["folded"])]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "value", "language", "type"],
                name="orgname_unique_per_organisation",
                violation_error_message=_("This organisation already has that name."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.value} ({self.get_type_display()})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.folded = folded_name(self.value)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "value" in update_fields:
            kwargs["update_fields"] = {*update_fields, "folded"}
        super().save(*args, **kwargs)


class Identifier(models.Model):
    class Scheme(models.TextChoices):
        ROR = "ror", "ROR"
        GRID = "grid", "GRID"
        WIKIDATA = "wikidata", "Wikidata"
        ISNI = "isni", "ISNI"
        FUNDREF = "fundref", "Crossref Funder ID"
        SCHAC = "schac", "SCHAC home organisation"
        ERASMUS = "erasmus", "Erasmus code"
        DOMAIN = "domain", _("Web domain")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="identifiers"
    )
    scheme = models.CharField(_("scheme"), max_length=10, choices=Scheme.choices)
    value = models.CharField(_("value"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("identifier")
        verbose_name_plural = _("identifiers")
        ordering = ["scheme", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "value"],
                name="identifier_unique_per_scheme",
                violation_error_message=_(
                    "Another organisation already has this identifier in this scheme."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}"

    def clean(self) -> None:
        self.value = normalise_identifier(self.scheme, self.value)
        pattern = IDENTIFIER_PATTERNS.get(self.scheme)
        if pattern and not pattern.fullmatch(self.value):
            raise ValidationError(
                {
                    "value": _("%(value)r is not a valid %(scheme)s identifier (expected %(ex)s).")
                    % {
                        "value": self.value,
                        "scheme": self.get_scheme_display(),
                        "ex": IDENTIFIER_EXAMPLES[self.scheme],
                    }
                }
            )


IDENTIFIER_PATTERNS = {
    "ror": re.compile(r"https://ror\.org/0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}"),
    "grid": re.compile(r"grid\.\d+\.[0-9a-f]+"),
    "wikidata": re.compile(r"Q[1-9]\d*"),
    "isni": re.compile(r"\d{15}[\dX]"),
    "fundref": re.compile(r"\d{6,}"),
    "schac": re.compile(r"[a-z0-9.-]+\.[a-z]{2,}"),
    "erasmus": re.compile(r"[A-Z]{1,3} {1,3}[A-Z][A-Z-]*[0-9]{2}"),
    "domain": re.compile(r"[a-z0-9.-]+\.[a-z]{2,}"),
}
IDENTIFIER_EXAMPLES = {
    "ror": "https://ror.org/017zhmm22",
    "grid": "grid.43169.39",
    "wikidata": "Q696969",
    "isni": "0000000121955233",
    "fundref": "501100002338",
    "schac": "polimi.it",
    "erasmus": "I  MILANO02",
    "domain": "xjtu.edu.cn",
}


def normalise_identifier(scheme: str, value: str) -> str:
    """One spelling per identifier, so uniqueness means what it says."""
    value = (value or "").strip()
    if scheme == "ror":
        value = value.lower()
        value = re.sub(r"^(https?://)?(www\.)?ror\.org/", "", value)
        return f"https://ror.org/{value}"
    if scheme == "isni":
        return re.sub(r"[\s-]", "", value).upper()
    if scheme == "wikidata":
        return value.upper()
    if scheme in ("domain", "schac"):
        return re.sub(r"^(https?://)?(www\.)?", "", value.lower()).rstrip("/")
    if scheme == "grid":
        return value.lower()
    if scheme == "erasmus":
        return value.upper()
    return value


class Unit(models.Model):
    class Kind(models.TextChoices):
        SCHOOL = "school", _("School")
        FACULTY = "faculty", _("Faculty")
        DEPARTMENT = "department", _("Department")
        CENTRE = "centre", _("Centre")
        INSTITUTE = "institute", _("Institute")
        OFFICE = "office", _("Office")
        OTHER = "other", _("Other")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="units")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.SCHOOL)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"],
                name="unit_unique_name_per_organisation",
                violation_error_message=_("This organisation already has a unit of that name."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.organisation}" if self.organisation_id else self.name

    def clean(self) -> None:
        if self.parent_id is None:
            return
        parent = self.parent
        assert parent is not None
        if parent.organisation_id != self.organisation_id:
            raise ValidationError({"parent": _("The parent unit belongs to another organisation.")})
        seen = {self.pk} if self.pk else set()
        node: Unit | None = parent
        while node is not None:
            if node.pk in seen:
                raise ValidationError({"parent": _("A unit cannot be its own ancestor.")})
            seen.add(node.pk)
            node = node.parent


class OrgRelation(models.Model):
    class Type(models.TextChoices):
        PARENT = "parent", _("Parent")
        CHILD = "child", _("Child")
        RELATED = "related", _("Related")
        SUCCESSOR = "successor", _("Successor")
        PREDECESSOR = "predecessor", _("Predecessor")

    source = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="relations_in")
    type = models.CharField(_("type"), max_length=12, choices=Type.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "type"], name="orgrelation_unique"),
            models.CheckConstraint(
                condition=~Q(source=models.F("target")),
                name="orgrelation_not_to_itself",
                violation_error_message=_("An organisation cannot be related to itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.get_type_display()} → {self.target}"


class Contact(models.Model):
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title / position"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts"
    )
    unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.title})" if self.title else self.name

    def clean(self) -> None:
        if self.unit_id and self.unit and self.unit.organisation_id != self.organisation_id:
            raise ValidationError({"unit": _("The unit belongs to another organisation.")})


class RorRecord(models.Model):
    """An organisation's link to its ROR record, as the last import saw it: what tells the next
    import what changed in ROR (`record_digest`) and whether someone changed the organisation in
    Accord since (`fields_digest`, of its own columns as the import left them; empty when the
    organisation was made in Accord, whose values then always stay)."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="ror_record"
    )
    ror_id = models.CharField(max_length=40, unique=True)
    last_modified = models.CharField(max_length=20, blank=True)
    record_digest = models.CharField(max_length=64)
    fields_digest = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("ROR record")
        verbose_name_plural = _("ROR records")

    def __str__(self) -> str:
        return self.ror_id
