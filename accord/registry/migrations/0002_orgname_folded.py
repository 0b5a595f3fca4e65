"""Every organisation name gets its folded search key (accents, case and punctuation
ignored), computed by the same function `OrgName.save` uses."""

from typing import Any

from django.db import migrations, models

from accord.core.text import fold

# The model's FOLDED_MAX_LENGTH when this migration was written.
FOLDED_MAX_LENGTH = 600
BATCH = 2000


def fill_folded(apps: Any, schema_editor: Any) -> None:
    OrgName = apps.get_model("registry", "OrgName")
    names = OrgName.objects.using(schema_editor.connection.alias)
    last = 0
    while batch := list(names.filter(id__gt=last).only("id", "value").order_by("id")[:BATCH]):
        for name in batch:
            name.folded = fold(name.value)[:FOLDED_MAX_LENGTH]
        names.bulk_update(batch, ["folded"])
        last = batch[-1].id


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="orgname",
            name="folded",
            field=models.CharField(blank=True, default="", editable=False, max_length=600),
        ),
        migrations.RunPython(fill_folded, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="orgname",
            index=models.Index(fields=["folded"], name="registry_or_folded_907a7c_idx"),
        ),
    ]
