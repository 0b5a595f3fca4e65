from django.db import migrations


def seed_areas(apps, schema_editor):
    from accord.agreements.taxonomy import AREAS

    Area = apps.get_model("agreements", "Area")
    by_code = {}
    for spec in AREAS:
        area, _ = Area.objects.update_or_create(
            code=spec.code,
            defaults={"name": spec.name, "parent": by_code.get(spec.parent)},
        )
        by_code[spec.code] = area


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]
    operations = [migrations.RunPython(seed_areas, migrations.RunPython.noop)]
