"""Issue 17, big files in the background: the parts of an uploaded file kept until its import has
run (ImportUpload). Who may see imports was settled with the records (0012_import_records)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("operations", "0013_name_mappings"),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportUpload",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveIntegerField()),
                ("data", models.BinaryField()),
                (
                    "record",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="operations.importrecord"
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("record", "number"), name="import_upload_part_once")],
            },
        ),
    ]
