"""Issue 17, big files in the background: the parts of an uploaded file kept until its import has
run (ImportUpload); editors and coordinators may see the imports (who imported which file, how far
it is, what it did), as they see every record of the register."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"


def imports_permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return list(Permission.objects.filter(content_type__app_label="operations", codename="view_importrecord"))


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs this one now.
    app_config = apps.get_app_config("operations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.add(*imports_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.remove(*imports_permission(apps))


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("operations", "0012_import_records"),
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
        migrations.RunPython(grant, revoke),
    ]
