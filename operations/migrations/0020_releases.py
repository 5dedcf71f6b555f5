"""Releases (issue 20): numbered, frozen copies of the data package, kept in the database a megabyte
a row. Editors and coordinators may view them in the admin; publishing one takes the publish
permission (operations.publish_operation), which editors have."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"


def grant_view(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    app_config = apps.get_app_config("operations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.filter(content_type__app_label="operations", codename="view_release")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.add(*view)


def revoke_view(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.filter(content_type__app_label="operations", codename="view_release")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.remove(*view)


class Migration(migrations.Migration):

    dependencies = [
        ('operations', '0019_value_indexes_nulls_first'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalRelease',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('number', models.PositiveIntegerField(db_index=True, verbose_name='number')),
                ('published_at', models.DateTimeField(verbose_name='published at')),
                ('notes', models.TextField(help_text='What this release is: shown on the releases page.', verbose_name='notes')),
                ('revision', models.UUIDField(editable=False, help_text="The register's revision the package was built at.", verbose_name='register revision')),
                ('package_sha256', models.CharField(editable=False, max_length=64, verbose_name='SHA-256 of the package')),
                ('package_size', models.PositiveBigIntegerField(editable=False, verbose_name='size of the package in bytes')),
                ('changes', models.JSONField(default=dict, editable=False, help_text='Operations added and withdrawn, figures corrected: the two packages compared.', verbose_name='changes since the previous release')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('published_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by')),
            ],
            options={
                'verbose_name': 'historical release',
                'verbose_name_plural': 'historical releases',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='Release',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(unique=True, verbose_name='number')),
                ('published_at', models.DateTimeField(verbose_name='published at')),
                ('notes', models.TextField(help_text='What this release is: shown on the releases page.', verbose_name='notes')),
                ('revision', models.UUIDField(editable=False, help_text="The register's revision the package was built at.", verbose_name='register revision')),
                ('package_sha256', models.CharField(editable=False, max_length=64, verbose_name='SHA-256 of the package')),
                ('package_size', models.PositiveBigIntegerField(editable=False, verbose_name='size of the package in bytes')),
                ('changes', models.JSONField(default=dict, editable=False, help_text='Operations added and withdrawn, figures corrected: the two packages compared.', verbose_name='changes since the previous release')),
                ('published_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='published by')),
            ],
            options={
                'verbose_name': 'release',
                'verbose_name_plural': 'releases',
                'ordering': ['-number'],
            },
        ),
        migrations.CreateModel(
            name='ReleasePart',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveIntegerField()),
                ('data', models.BinaryField()),
                ('release', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='parts', to='operations.release')),
            ],
            options={
                'ordering': ['release', 'position'],
            },
        ),
        migrations.AddConstraint(
            model_name='release',
            constraint=models.CheckConstraint(condition=models.Q(('number__gte', 1)), name='release_number_from_one'),
        ),
        migrations.AddConstraint(
            model_name='release',
            constraint=models.CheckConstraint(condition=models.Q(('notes', ''), _negated=True), name='release_has_notes'),
        ),
        migrations.AddConstraint(
            model_name='release',
            constraint=models.CheckConstraint(condition=models.Q(('package_size__gt', 0)), name='release_package_not_empty'),
        ),
        migrations.AddConstraint(
            model_name='releasepart',
            constraint=models.UniqueConstraint(fields=('release', 'position'), name='release_part_unique_position'),
        ),
        migrations.RunPython(grant_view, revoke_view),
    ]
