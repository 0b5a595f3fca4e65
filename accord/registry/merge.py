"""Merging two records of one organisation: the same body entered twice (under names in two
languages, with and without "The", an acronym entered as a name — `accord duplicates` and
/organisations/duplicates/ list the likely pairs).

`organisation_merge(keep=…, other=…, actor=…)` keeps one record and moves everything that
refers to the other to it, in one transaction; then the other is marked merged into the one
kept (status "merged", `merged_into`), so its page and old links lead there. Every row it
changes or removes gets a history version by `actor`, with the reason "merged #other into
#keep". What it settles itself:

- names: all move; one the kept record already has (same value and language) is dropped;
  the other's official names become aliases (the kept record keeps its own display name),
  and its display name stays findable as an alias even without a name row of its own;
- identifiers move (an identifier belongs to one organisation, so none can clash), and so
  does the other's ROR link (`RorRecord`): a later import then adds names and identifiers
  to the kept record and leaves its own fields as they are in Accord, as for a record made
  in Accord that carries a ROR id;
- units, contacts, officers, events hosted, alliances led or served as secretariat, and
  organisations merged into the other earlier move;
- relations move; one between the two, or one the kept record already has, is dropped;
- a membership of an alliance that overlaps one the kept record has of the same alliance,
  in the same role, is combined with it (earliest start, latest end, the note filled in);
  the others move;
- a counterpart pair the kept record also has (same alliance and host unit) is combined
  (its liaisons joined), an event both took part in keeps the kept record's participation
  (as host if either was), a visit both made (same event and host unit) keeps the kept
  record's (its purpose filled in); the rest move;
- activities name the kept record instead of the other;
- the kept record's empty country, city, website and year are filled in from the other's.

What it refuses, with a message saying what to do, writing nothing:

- an organisation into itself, one already merged, or into one that was merged;
- two records that both carry a ROR id: ROR counts them as two organisations (the duplicate
  list never pairs them either), and a record links to one ROR record only. If one took over
  from the other, that is a successor relation, not a merge;
- two parties to the same agreement (named): someone must decide which party stays, and with
  it the signatures;
- two units of the same name (the kept record's units have unique names);
- memberships of one alliance that overlap in different roles, or one of the other's that
  overlaps several of the kept record's, or combined memberships that would overlap;
- a counterpart pair that would pair the kept record with its own unit.

Rows move in bulk, with their history written in bulk (`bulk_update_with_history`): a hub
can be a party to thousands of agreements. The signals such a bulk write skips are done here
instead: search bodies (`search_refresh`) for the agreements of the kept record; facets follow
the kept record's save (`agreements/signals.py`); "registry only" (`registry/signals.py`)
is settled on the kept record directly. Everything ends with a check that nothing refers to
the other any more: a relation to `Organisation` added later without being handled here
rolls the merge back rather than leaving rows behind (and `tests/registry/test_merge.py`
fails first, comparing `HANDLED` with the model's relations)."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from simple_history.utils import bulk_update_with_history

from accord.activities.models import Activity, Event, EventParticipant, Visit
from accord.agreements.models import Party
from accord.agreements.search import organisation_agreement_ids, search_refresh
from accord.alliances.models import Alliance, Counterpart, Membership
from accord.core.models import Profile
from accord.core.services import Actor, acting_user, attribute, validated_delete, validated_save
from accord.intake.models import Proposal
from accord.registry.duplicates import duplicates_forget
from accord.registry.models import (
    Contact,
    Identifier,
    Organisation,
    OrgName,
    OrgRelation,
    RorRecord,
    Unit,
)

# Every relation to Organisation, as "app.Model.field": each is moved (or settled) below.
HANDLED = frozenset(
    {
        "core.Profile.organisation",
        "registry.Organisation.merged_into",
        "registry.OrgName.organisation",
        "registry.Identifier.organisation",
        "registry.Unit.organisation",
        "registry.OrgRelation.source",
        "registry.OrgRelation.target",
        "registry.Contact.organisation",
        "registry.RorRecord.organisation",
        "alliances.Alliance.lead_organisation",
        "alliances.Alliance.secretariat",
        "alliances.Membership.organisation",
        "alliances.Counterpart.organisation",
        "agreements.Party.organisation",
        "activities.Event.host",
        "activities.Event.participants",  # through EventParticipant
        "activities.EventParticipant.organisation",
        "activities.Visit.visitor",
        "activities.Activity.organisations",
        "intake.Proposal.organisation",
    }
)

# The kept record's fields that the other's fill in when empty.
FILLED_FIELDS = ("country", "city", "website", "established")


@dataclass(frozen=True)
class Line:
    """One kind of row and how many of the other's move (or are combined)."""

    label: str
    count: int


@dataclass
class MergePlan:
    """What a merge moves (`lines`), how it settles what both have (`notes`), and why it is
    refused (`problems`; empty when it may go ahead)."""

    keep: Organisation
    other: Organisation
    lines: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The lines with something to move, for a message: "names 3, parties 2"."""
        return ", ".join(f"{line.label} {line.count}" for line in self.lines if line.count)


def organisation_merge_plan(*, keep: Organisation, other: Organisation) -> MergePlan:
    """What merging `other` into `keep` would do, read without writing (the confirm page,
    `accord merge_organisations` without --yes)."""
    return _Merge(keep, other).plan


@transaction.atomic
def organisation_merge(*, keep: Organisation, other: Organisation, actor: Actor) -> MergePlan:
    """Merge `other` into `keep` (see the module's docstring for the rules); the plan it
    followed says what moved. A refusal raises ValidationError with every problem."""
    keep, other = _locked(keep, other)
    merge = _Merge(keep, other)
    if merge.plan.problems:
        raise ValidationError(merge.plan.problems)
    merge.apply(actor=actor)
    _check_nothing_left(other)
    transaction.on_commit(duplicates_forget)
    return merge.plan


def _locked(keep: Organisation, other: Organisation) -> tuple[Organisation, Organisation]:
    """Both rows, locked in id order (two merges of the same pair cannot deadlock), and read
    again: the plan must see them as they are now."""
    if keep.pk == other.pk:
        return keep, other  # refused by the plan
    rows = {
        o.pk: o
        for o in Organisation.objects.select_for_update()
        .filter(pk__in=[keep.pk, other.pk])
        .order_by("pk")
    }
    if len(rows) < 2:
        raise ValidationError(_("One of the two organisations no longer exists."))
    return rows[keep.pk], rows[other.pk]


def _check_nothing_left(other: Organisation) -> None:
    """A programming error, not a refusal: a relation `_Merge` does not know about."""
    for relation in Organisation._meta.related_objects:
        model: Any = relation.related_model
        if model._base_manager.filter(**{relation.field.name: other}).exists():
            raise RuntimeError(
                f"{model._meta.label}.{relation.field.name} still refers to organisation "
                f"{other.pk} after the merge: organisation_merge must handle it"
            )


Span = tuple[date | None, date | None]


def _overlap(a: Span, b: Span) -> bool:
    """Closed intervals; a missing start is "always was", a missing end is "still is"."""
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and (
        b[0] is None or a[1] is None or b[0] <= a[1]
    )


def _union(a: Span, b: Span) -> Span:
    start = None if a[0] is None or b[0] is None else min(a[0], b[0])
    end = None if a[1] is None or b[1] is None else max(a[1], b[1])
    return start, end


def _span(membership: Membership) -> Span:
    return membership.joined_on, membership.left_on


def _ror_ids(identifiers: Iterable[Identifier], record: RorRecord | None) -> set[str]:
    """The ROR ids of an organisation: its ROR identifiers, and its ROR record's."""
    ids = {i.value for i in identifiers if i.scheme == Identifier.Scheme.ROR}
    if record is not None:
        ids.add(record.ror_id)
    return ids


class _Merge:
    """Reads everything of `other` once, decides each row's fate (the plan), and writes it."""

    def __init__(self, keep: Organisation, other: Organisation) -> None:
        self.keep, self.other = keep, other
        self.plan = MergePlan(keep=keep, other=other)
        # (model, rows with their new values set, the fields that changed)
        self.moves: list[tuple[type[Model], list[Any], list[str]]] = []
        self.drops: list[Model] = []  # the other's rows that the kept record already has
        self.saves: list[Model] = []  # rows saved one by one, after the drops
        self.liaisons: list[tuple[Counterpart, list[int]]] = []
        self.activities: list[tuple[Activity, bool]] = []  # (activity, keep already in it)
        self.ror_record: RorRecord | None = None
        self.alias: str = ""  # the other's display name, when no name row carries it
        self.fields: dict[str, Any] = {}
        if not self._refused():
            self._read()

    # -- refusals that make reading pointless

    def _refused(self) -> bool:
        keep, other, problems = self.keep, self.other, self.plan.problems
        if keep.pk == other.pk:
            problems.append(_("An organisation cannot be merged into itself."))
        elif other.status == Organisation.Status.MERGED:
            problems.append(
                _("%(other)s was already merged into another organisation (#%(into)s).")
                % {"other": other, "into": other.merged_into_id}
            )
        elif keep.status == Organisation.Status.MERGED:
            problems.append(
                _(
                    "%(keep)s was itself merged into another organisation (#%(into)s): merge "
                    "into that one instead."
                )
                % {"keep": keep, "into": keep.merged_into_id}
            )
        return bool(problems)

    # -- reading: each part adds its lines, notes, problems and writes

    def _read(self) -> None:
        self._names()
        self._identifiers()
        self._units()
        self._move(_("contacts"), Contact, Contact.objects.filter(organisation=self.other))
        self._relations()
        self._memberships()
        self._counterparts()
        self._parties()
        self._activities()
        self._move(_("events hosted"), Event, Event.objects.filter(host=self.other), "host")
        self._participations()
        self._visits()
        self._move(_("officers"), Profile, Profile.objects.filter(organisation=self.other))
        self._move(
            _("accepted news proposals"), Proposal, Proposal.objects.filter(organisation=self.other)
        )
        self._alliances()
        self._move(
            _("organisations merged into it earlier"),
            Organisation,
            Organisation.objects.filter(merged_into=self.other),
            "merged_into",
        )
        self._fields()

    def _line(self, label: str, count: int) -> None:
        self.plan.lines.append(Line(label, count))

    def _move(
        self,
        label: str,
        model: type[Model],
        rows: Iterable[Any],
        field_name: str = "organisation",
        *,
        line: bool = True,
    ) -> list[Any]:
        """Point `field_name` of these rows at the kept record."""
        moved = list(rows)
        for row in moved:
            setattr(row, f"{field_name}_id", self.keep.pk)
        if moved:
            self.moves.append((model, moved, [field_name]))
        if line:
            self._line(label, len(moved))
        return moved

    def _names(self) -> None:
        seen = set(self.keep.names.values_list("value", "language"))
        moved, dropped, official = [], 0, []
        # aliases and the rest before official names: of two rows with the same value and
        # language, the one already of another kind stays
        rows = sorted(self.other.names.all(), key=lambda n: (n.type == OrgName.Type.OFFICIAL, n.pk))
        for name in rows:
            if (name.value, name.language) in seen:
                self.drops.append(name)
                dropped += 1
                continue
            seen.add((name.value, name.language))
            name.organisation_id = self.keep.pk
            if name.type == OrgName.Type.OFFICIAL:
                name.type = OrgName.Type.ALIAS
                official.append(name.value)
            moved.append(name)
        if moved:
            self.moves.append((OrgName, moved, ["organisation", "type"]))
        if self.other.name not in {value for value, _language in seen}:
            self.alias = self.other.name
        self._line(_("names"), len(moved) + bool(self.alias))
        if dropped:
            self.plan.notes.append(
                ngettext(
                    "%(n)s name %(keep)s already has is not copied.",
                    "%(n)s names %(keep)s already has are not copied.",
                    dropped,
                )
                % {"n": dropped, "keep": self.keep}
            )
        if official or self.alias:
            shown = ", ".join(f"“{v}”" for v in [*official, *([self.alias] if self.alias else [])])
            self.plan.notes.append(
                _("The official name of %(other)s becomes an alias: %(names)s.")
                % {"other": self.other, "names": shown}
            )

    def _identifiers(self) -> None:
        identifiers = self._move(_("identifiers"), Identifier, self.other.identifiers.all())
        self.ror_record = RorRecord.objects.filter(organisation=self.other).first()
        self._line(_("ROR record link"), int(self.ror_record is not None))
        other_ror = _ror_ids(identifiers, self.ror_record)
        keep_ror = _ror_ids(
            self.keep.identifiers.filter(scheme=Identifier.Scheme.ROR),
            RorRecord.objects.filter(organisation=self.keep).first(),
        )
        if keep_ror and other_ror:
            self.plan.problems.append(
                _(
                    "Both carry a ROR id (%(keep)s: %(keep_ror)s; %(other)s: %(other_ror)s), so "
                    "ROR counts them as two organisations. If one took over from the other, "
                    "record it as the other's successor instead of merging."
                )
                % {
                    "keep": self.keep,
                    "keep_ror": ", ".join(sorted(keep_ror)),
                    "other": self.other,
                    "other_ror": ", ".join(sorted(other_ror)),
                }
            )
        if self.ror_record is not None:
            self.plan.notes.append(
                _(
                    "%(keep)s becomes the organisation of ROR record %(ror)s: later imports "
                    "add its names and identifiers, and leave the fields of %(keep)s as they "
                    "are in Accord."
                )
                % {"keep": self.keep, "ror": self.ror_record.ror_id}
            )

    def _units(self) -> None:
        units = list(self.other.units.all())
        taken = set(self.keep.units.values_list("name", flat=True))
        for name in sorted({u.name for u in units} & taken):
            self.plan.problems.append(
                _(
                    "Both have a unit called “%(unit)s”: rename or remove one of them first "
                    "(in the back office)."
                )
                % {"unit": name}
            )
        self._move(_("units"), Unit, units)

    def _relations(self) -> None:
        keep, other = self.keep.pk, self.other.pk
        have = set(
            OrgRelation.objects.filter(Q(source_id=keep) | Q(target_id=keep)).values_list(
                "source_id", "target_id", "type"
            )
        )
        moved, dropped = [], 0
        for relation in OrgRelation.objects.filter(Q(source_id=other) | Q(target_id=other)):
            source = keep if relation.source_id == other else relation.source_id
            target = keep if relation.target_id == other else relation.target_id
            if source == target or (source, target, relation.type) in have:
                self.drops.append(relation)
                dropped += 1
                continue
            relation.source_id, relation.target_id = source, target
            moved.append(relation)
        if moved:
            self.moves.append((OrgRelation, moved, ["source", "target"]))
        self._line(_("relations"), len(moved))
        if dropped:
            self.plan.notes.append(
                ngettext(
                    "%(n)s relation between the two, or that %(keep)s already has, is dropped.",
                    "%(n)s relations between the two, or that %(keep)s already has, are dropped.",
                    dropped,
                )
                % {"n": dropped, "keep": self.keep}
            )

    def _memberships(self) -> None:
        theirs = list(self.other.memberships.select_related("alliance").order_by("pk"))
        alliances = {m.alliance_id for m in theirs}
        ours: dict[int, list[Membership]] = {}
        for m in self.keep.memberships.filter(alliance_id__in=alliances).order_by("pk"):
            ours.setdefault(m.alliance_id, []).append(m)
        moved: list[Membership] = []
        widened: dict[int, Membership] = {}
        spans: dict[int, dict[int, Span]] = {
            a: {m.pk: _span(m) for m in ms} for a, ms in ours.items()
        }
        for membership in theirs:
            alliance = membership.alliance
            hits = [k for k in ours.get(alliance.pk, []) if _overlap(_span(k), _span(membership))]
            if not hits:
                moved.append(membership)
                spans.setdefault(alliance.pk, {})[membership.pk] = _span(membership)
                continue
            kept = hits[0]
            if len(hits) > 1:
                self.plan.problems.append(
                    _(
                        "A membership of %(alliance)s of %(other)s overlaps several of "
                        "%(keep)s's: correct their dates first."
                    )
                    % {"alliance": alliance, "other": self.other, "keep": self.keep}
                )
                continue
            if kept.role != membership.role:
                self.plan.problems.append(
                    _(
                        "Both are members of %(alliance)s at the same time, as %(keep_role)s "
                        "and %(other_role)s: give the memberships the same role, or end one, "
                        "first."
                    )
                    % {
                        "alliance": alliance,
                        "keep_role": kept.get_role_display(),
                        "other_role": membership.get_role_display(),
                    }
                )
                continue
            spans[alliance.pk][kept.pk] = _union(spans[alliance.pk][kept.pk], _span(membership))
            kept.joined_on, kept.left_on = spans[alliance.pk][kept.pk]
            kept.note = kept.note or membership.note
            widened[kept.pk] = kept
            self.drops.append(membership)
            self.plan.notes.append(
                _("The membership of %(alliance)s is combined with that of %(keep)s.")
                % {"alliance": alliance, "keep": self.keep}
            )
        for alliance_id, in_alliance in spans.items():
            periods = list(in_alliance.values())
            if any(_overlap(a, b) for i, a in enumerate(periods) for b in periods[i + 1 :]):
                alliance = next(m.alliance for m in theirs if m.alliance_id == alliance_id)
                self.plan.problems.append(
                    _(
                        "Combined, the memberships of %(alliance)s would overlap: correct "
                        "their dates first."
                    )
                    % {"alliance": alliance}
                )
        self.saves.extend(widened.values())
        self._move(_("alliance memberships"), Membership, moved, line=False)
        self._line(_("alliance memberships"), len(theirs))

    def _counterparts(self) -> None:
        both = [self.keep.pk, self.other.pk]
        for pair in Counterpart.objects.filter(
            Q(organisation=self.other, host_unit__organisation_id__in=both)
            | Q(organisation=self.keep, host_unit__organisation=self.other)
        ).select_related("alliance", "host_unit"):
            self.plan.problems.append(
                _(
                    "The counterpart pair in %(alliance)s would pair %(keep)s with its own "
                    "unit %(unit)s: remove the pair first."
                )
                % {"alliance": pair.alliance, "keep": self.keep, "unit": pair.host_unit.name}
            )
        ours = {
            (p.alliance_id, p.host_unit_id): p
            for p in Counterpart.objects.filter(organisation=self.keep)
        }
        theirs = list(self.other.counterparts.prefetch_related("liaisons"))
        combined = 0
        for pair in theirs:
            kept = ours.get((pair.alliance_id, pair.host_unit_id))
            if kept is None:
                pair.organisation_id = self.keep.pk
                self.saves.append(pair)  # one by one: their history keeps the liaisons
                continue
            dates = [d for d in (kept.since, pair.since) if d is not None]
            kept.since = min(dates) if dates else None
            kept.note = kept.note or pair.note
            self.saves.append(kept)
            self.liaisons.append((kept, [c.pk for c in pair.liaisons.all()]))
            self.drops.append(pair)
            combined += 1
        self._line(_("counterpart pairs"), len(theirs))
        if combined:
            self.plan.notes.append(
                ngettext(
                    "%(n)s counterpart pair %(keep)s also has is combined with it.",
                    "%(n)s counterpart pairs %(keep)s also has are combined with them.",
                    combined,
                )
                % {"n": combined, "keep": self.keep}
            )

    def _parties(self) -> None:
        shared = (
            Party.objects.filter(
                organisation=self.other, agreement__parties__organisation=self.keep
            )
            .select_related("agreement")
            .order_by("agreement_id")
        )
        for party in shared:
            agreement = party.agreement
            self.plan.problems.append(
                _(
                    "Both are parties to the agreement “%(agreement)s” (#%(id)s): remove one "
                    "of them from it first."
                )
                % {"agreement": agreement.title, "id": agreement.pk}
            )
        self._move(_("agreement parties"), Party, Party.objects.filter(organisation=self.other))

    def _activities(self) -> None:
        with_keep = set(
            Activity.objects.filter(organisations=self.keep).values_list("pk", flat=True)
        )
        self.activities = [
            (activity, activity.pk in with_keep)
            for activity in Activity.objects.filter(organisations=self.other).order_by("pk")
        ]
        self._line(_("activities"), len(self.activities))

    def _participations(self) -> None:
        ours = {p.event_id: p for p in EventParticipant.objects.filter(organisation=self.keep)}
        theirs = list(EventParticipant.objects.filter(organisation=self.other))
        moved, combined = [], 0
        for participation in theirs:
            kept = ours.get(participation.event_id)
            if kept is None:
                moved.append(participation)
                continue
            host = EventParticipant.Role.HOST
            if participation.role == host and kept.role != host:
                kept.role = host
                self.saves.append(kept)
            self.drops.append(participation)
            combined += 1
        self._move(_("event participations"), EventParticipant, moved, line=False)
        self._line(_("event participations"), len(theirs))
        if combined:
            self.plan.notes.append(
                ngettext(
                    "At %(n)s event both took part in, the participation of %(keep)s stays.",
                    "At %(n)s events both took part in, the participations of %(keep)s stay.",
                    combined,
                )
                % {"n": combined, "keep": self.keep}
            )

    def _visits(self) -> None:
        ours = {(v.event_id, v.host_unit_id): v for v in Visit.objects.filter(visitor=self.keep)}
        theirs = list(Visit.objects.filter(visitor=self.other))
        moved, combined = [], 0
        for visit in theirs:
            kept = ours.get((visit.event_id, visit.host_unit_id))
            if kept is None:
                moved.append(visit)
                continue
            if not kept.purpose and visit.purpose:
                kept.purpose = visit.purpose
                self.saves.append(kept)
            self.drops.append(visit)
            combined += 1
        self._move(_("visits"), Visit, moved, "visitor", line=False)
        self._line(_("visits"), len(theirs))
        if combined:
            self.plan.notes.append(
                ngettext(
                    "%(n)s visit %(keep)s also made is combined with it.",
                    "%(n)s visits %(keep)s also made are combined with them.",
                    combined,
                )
                % {"n": combined, "keep": self.keep}
            )

    def _alliances(self) -> None:
        rows = list(
            Alliance.objects.filter(Q(lead_organisation=self.other) | Q(secretariat=self.other))
        )
        for alliance in rows:
            if alliance.lead_organisation_id == self.other.pk:
                alliance.lead_organisation_id = self.keep.pk
            if alliance.secretariat_id == self.other.pk:
                alliance.secretariat_id = self.keep.pk
        if rows:
            self.moves.append((Alliance, rows, ["lead_organisation", "secretariat"]))
        self._line(_("alliances led or served as secretariat"), len(rows))

    def _fields(self) -> None:
        keep, other = self.keep, self.other
        self.fields = {
            name: getattr(other, name)
            for name in FILLED_FIELDS
            if getattr(keep, name) in ("", None) and getattr(other, name) not in ("", None)
        }
        if self.fields:
            labels = [
                str(getattr(Organisation._meta.get_field(n), "verbose_name", n))
                for n in self.fields
            ]
            self.plan.notes.append(
                _("Filled in from %(other)s: %(fields)s.")
                % {"other": other, "fields": ", ".join(labels)}
            )
        if keep.country and other.country and keep.country != other.country:
            self.plan.notes.append(
                _(
                    "They are recorded in different countries (%(keep_country)s, "
                    "%(other_country)s): the country of %(keep)s stays."
                )
                % {"keep_country": keep.country, "other_country": other.country, "keep": keep}
            )

    # -- writing

    def apply(self, *, actor: Actor) -> None:
        keep, other = self.keep, self.other
        reason = _("merged #%(other)s into #%(keep)s") % {"other": other.pk, "keep": keep.pk}
        user = acting_user(actor)
        # The other's rows that the kept record has already go first, so that nothing moved
        # meets its twin in a unique constraint; the combined rows are saved next.
        for row in self.drops:
            validated_delete(row, actor=actor, reason=reason)
        for row in self.saves:
            validated_save(row, actor=actor, reason=reason)
        for pair, liaisons in self.liaisons:
            if liaisons:
                attribute(pair, actor=actor, reason=reason)
                pair.liaisons.add(*liaisons)
        for model, rows, fields in self.moves:
            bulk_update_with_history(
                rows, model, fields, default_user=user, default_change_reason=reason
            )
        for activity, keep_in_it in self.activities:
            attribute(activity, actor=actor, reason=reason)
            if not keep_in_it:
                # one version for the swap: none for the removal, one for the addition
                activity.skip_history_when_saving = True  # type: ignore[attr-defined]
            activity.organisations.remove(other)
            if not keep_in_it:
                del activity.skip_history_when_saving  # type: ignore[attr-defined]
                activity.organisations.add(keep)
        if self.ror_record is not None:
            # Accord's values are the kept record's now: the import must not overwrite them.
            RorRecord.objects.filter(pk=self.ror_record.pk).update(
                organisation=keep, fields_digest=""
            )
        if self.alias:
            validated_save(
                OrgName(organisation=keep, value=self.alias, type=OrgName.Type.ALIAS),
                actor=actor,
                reason=reason,
            )
        # in use if either was (the signals that clear the flag do not see bulk writes)
        keep.registry_only = keep.registry_only and other.registry_only
        for name, value in self.fields.items():
            setattr(keep, name, value)
        # Saved even when no field changes: its history says what was merged into it, and an
        # edit form opened before the merge is refused as stale. Its agreements' facets follow
        # (agreements/signals.py).
        validated_save(keep, actor=actor, reason=reason)
        other.status, other.merged_into = Organisation.Status.MERGED, keep
        validated_save(other, actor=actor, reason=reason)
        search_refresh(organisation_agreement_ids(keep.pk))
