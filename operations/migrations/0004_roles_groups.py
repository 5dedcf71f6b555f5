"""Create the two staff groups with the permissions they need and no more."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REGISTER_MODELS = {
    "participants": ["participant", "institution"],
    "operations": [
        "series",
        "crimearea",
        "role",
        "operation",
        "coordinationcentre",
        "participation",
        "source",
        "unit",
        "metric",
        "result",
        "activity",
        "correction",
    ],
}
# Editors remove wrong rows on an operation's page; deleting a published operation is refused in the admin.
EDITOR_DELETABLE = {"operation", "coordinationcentre", "participation", "result"}

EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; groups need them now.
    for app_label in REGISTER_MODELS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    editor_permissions, coordinator_permissions = [], []
    for app_label, models in REGISTER_MODELS.items():
        for model in models:
            for action in ("add", "change", "view"):
                editor_permissions.append(permission(app_label, f"{action}_{model}"))
            if model in EDITOR_DELETABLE:
                editor_permissions.append(permission(app_label, f"delete_{model}"))
            coordinator_permissions.append(permission(app_label, f"view_{model}"))
    editor_permissions.append(permission("operations", "publish_operation"))
    editors.permissions.set(editor_permissions)
    coordinators.permissions.set(coordinator_permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, COORDINATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("participants", "0001_initial"),
        ("operations", "0003_publish_permission"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
