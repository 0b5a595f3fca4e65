from django.db import migrations


def seed_areas(apps, schema_editor):
    from accord.agreements.taxonomy import sync

    sync(apps.get_model("agreements", "Area"))


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]
    operations = [migrations.RunPython(seed_areas, migrations.RunPython.noop)]
