"""The staff groups (0004_roles_groups) get the catalogues issue 16 added: editors add, change and
view qualifiers, kinds of activity and breakdowns (edited on a total metric's page); coordinators
view them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NEW_MODELS = ["qualifier", "activitykind", "breakdown"]
EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"


def permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(Permission.objects.filter(content_type__app_label="operations", codename__in=codenames))


def editor_codenames():
    return [f"{action}_{model}" for model in NEW_MODELS for action in ("add", "change", "view")]


def coordinator_codenames():
    return [f"view_{model}" for model in NEW_MODELS]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    app_config = apps.get_app_config("operations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=EDITORS):
        group.permissions.add(*permissions(apps, editor_codenames()))
    for group in Group.objects.filter(name=COORDINATORS):
        group.permissions.add(*permissions(apps, coordinator_codenames()))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.remove(*permissions(apps, editor_codenames()))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("operations", "0009_unit_factor_not_null_unless_money"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
