from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accord.registry.merge import MergePlan, organisation_merge, organisation_merge_plan
from accord.registry.models import Organisation


class Command(BaseCommand):
    help = (
        "Merge organisation OTHER_ID into KEEP_ID: move its names, identifiers, units, contacts,"
        " memberships, agreement parties, activities and events to KEEP_ID and mark it merged"
        " into it. Without --yes, only print what would move."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("keep_id", type=int, help="the organisation kept")
        parser.add_argument("other_id", type=int, help="the organisation merged into it")
        parser.add_argument("--yes", action="store_true", help="merge (else: only show the plan)")

    def handle(self, *args: Any, **options: Any) -> None:
        keep, other = (self._organisation(options[k]) for k in ("keep_id", "other_id"))
        if not options["yes"]:
            plan = organisation_merge_plan(keep=keep, other=other)
            if plan.problems:
                raise CommandError(self._refusal(plan.problems))
            self._show(plan, "Would move")
            self.stdout.write("Nothing written: run again with --yes to merge.")
            return
        # the merge reads its own plan, with both rows locked, and refuses as the plan would
        try:
            plan = organisation_merge(keep=keep, other=other, actor=None)
        except ValidationError as error:
            raise CommandError(self._refusal(error.messages)) from error
        self._show(plan, "Moved")
        self.stdout.write(f"Merged #{other.pk} into #{keep.pk}.")

    def _organisation(self, pk: int) -> Organisation:
        found = Organisation.objects.filter(pk=pk).first()
        if found is None:
            raise CommandError(f"There is no organisation #{pk}.")
        return found

    def _refusal(self, problems: list[str]) -> str:
        return "Not merged, nothing written:\n" + "\n".join(f"  - {p}" for p in problems)

    def _show(self, plan: MergePlan, verb: str) -> None:
        self.stdout.write(
            f"{plan.other.name} (#{plan.other.pk}) into {plan.keep.name} (#{plan.keep.pk}). {verb}:"
        )
        for line in plan.lines:
            self.stdout.write(f"  {line.count:>6,}  {line.label}")
        for note in plan.notes:
            self.stdout.write(f"  - {note}")
