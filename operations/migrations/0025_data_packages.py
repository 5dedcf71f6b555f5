"""The data package of the register as it is now, kept in the database once the background worker
has built it (operations.opendata.current), instead of on each server's disk."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0024_result_source_subject_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataPackage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "revision",
                    models.UUIDField(
                        help_text="The register's revision the package shows (None: never changed).",
                        null=True,
                        unique=True,
                    ),
                ),
                (
                    "created",
                    models.DateTimeField(
                        help_text='When the view of the register it was built from was taken (datapackage.json\'s "created").'
                    ),
                ),
                (
                    "updated",
                    models.DateTimeField(
                        help_text='The register\'s "last updated" moment at that revision (None: unknown).', null=True
                    ),
                ),
                (
                    "stored_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, help_text="When the finished file was kept."
                    ),
                ),
                ("sha256", models.CharField(max_length=64)),
                ("size", models.PositiveBigIntegerField()),
            ],
            options={
                "verbose_name": "kept data package",
                "constraints": [
                    models.CheckConstraint(condition=models.Q(("size__gt", 0)), name="data_package_not_empty")
                ],
            },
        ),
        migrations.CreateModel(
            name="DataPackagePart",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveIntegerField()),
                ("data", models.BinaryField()),
                (
                    "package",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="parts", to="operations.datapackage"
                    ),
                ),
            ],
            options={
                "ordering": ["package", "position"],
                "constraints": [
                    models.UniqueConstraint(fields=("package", "position"), name="data_package_part_unique_position")
                ],
            },
        ),
    ]
