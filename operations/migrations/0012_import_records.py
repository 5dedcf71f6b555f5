"""Every import recorded (who, when, which file, what it did), history rows that name the import
that wrote them (so it can be rolled back as one unit), and proposals: rows of imports onto
published operations waiting for review. Editors see imports and roll them back; proposals are
accepted or rejected by those who may publish; coordinators see both."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EDITORS, COORDINATORS = "Secretariat editors", "Coordinators"
EDITOR_CODENAMES = ["view_importrecord", "change_importrecord", "view_proposedchange"]
COORDINATOR_CODENAMES = ["view_importrecord", "view_proposedchange"]


def permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(Permission.objects.filter(content_type__app_label="operations", codename__in=codenames))


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    app_config = apps.get_app_config("operations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=EDITORS):
        group.permissions.add(*permissions(apps, EDITOR_CODENAMES))
    for group in Group.objects.filter(name=COORDINATORS):
        group.permissions.add(*permissions(apps, COORDINATOR_CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=[EDITORS, COORDINATORS]):
        group.permissions.remove(*permissions(apps, EDITOR_CODENAMES))


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('operations', '0011_qualifier_messages_escape_percent'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalactivity',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.AddField(
            model_name='historicalcoordinationcentre',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.AddField(
            model_name='historicaloperation',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.AddField(
            model_name='historicalparticipation',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.AddField(
            model_name='historicalresult',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.AddField(
            model_name='historicalsource',
            name='import_id',
            field=models.PositiveBigIntegerField(blank=True, db_index=True, editable=False, null=True, verbose_name='import'),
        ),
        migrations.CreateModel(
            name='ImportRecord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('what', models.CharField(help_text='What the file was imported as.', max_length=100, verbose_name='table')),
                ('file_name', models.CharField(max_length=255, verbose_name='file name')),
                ('sha256', models.CharField(db_index=True, max_length=64, verbose_name='SHA-256')),
                ('size', models.PositiveBigIntegerField(default=0, verbose_name='size in bytes')),
                ('scope', models.CharField(blank=True, help_text='Whose file it is: the name mappings of this organisation or template apply.', max_length=100, verbose_name='organisation or template')),
                ('erase_blank_cells', models.BooleanField(default=False, help_text='Off unless the editor asked for it: a blank cell then keeps what is stored.', verbose_name='blank cells erase stored values')),
                ('status', models.CharField(choices=[('queued', 'queued'), ('running', 'running'), ('imported', 'imported'), ('failed', 'failed: nothing saved'), ('rolled_back', 'rolled back')], default='queued', max_length=20, verbose_name='status')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='uploaded at')),
                ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished at')),
                ('rows', models.PositiveIntegerField(default=0, verbose_name='rows')),
                ('done', models.PositiveIntegerField(default=0, help_text='Progress while it runs.', verbose_name='rows done')),
                ('created', models.PositiveIntegerField(default=0, verbose_name='created')),
                ('changed', models.PositiveIntegerField(default=0, verbose_name='changed')),
                ('skipped', models.PositiveIntegerField(default=0, verbose_name='unchanged')),
                ('proposed', models.PositiveIntegerField(default=0, verbose_name='proposed for review')),
                ('message', models.TextField(blank=True, help_text='Why it failed, or what an editor should know.', verbose_name='message')),
                ('rolled_back_at', models.DateTimeField(blank=True, null=True, verbose_name='rolled back at')),
                ('rolled_back_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='rolled back by')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='imported by')),
            ],
            options={
                'verbose_name': 'import',
                'verbose_name_plural': 'imports',
                'ordering': ['-created_at', '-id'],
            },
        ),
        migrations.CreateModel(
            name='ProposedChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('row', models.PositiveIntegerField(verbose_name='spreadsheet row')),
                ('values', models.JSONField(help_text='Field name: value, as the statement would store it.', verbose_name='proposed values')),
                ('old_values', models.JSONField(blank=True, default=dict, verbose_name='stored values')),
                ('decision', models.CharField(choices=[('pending', 'waiting for review'), ('accepted', 'accepted'), ('rejected', 'rejected')], default='pending', max_length=10, verbose_name='decision')),
                ('decided_at', models.DateTimeField(blank=True, null=True)),
                ('reason', models.TextField(blank=True, help_text='Why a published figure changes, for readers.', verbose_name='reason')),
                ('activity', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='proposals', to='operations.activity')),
                ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('import_record', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='proposals', to='operations.importrecord', verbose_name='import')),
                ('operation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='proposals', to='operations.operation')),
                ('result', models.ForeignKey(blank=True, help_text='Empty for a new statement.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='proposals', to='operations.result', verbose_name='statement changed')),
            ],
            options={
                'verbose_name': 'proposed change',
                'verbose_name_plural': 'proposed changes',
                'ordering': ['import_record', 'row'],
            },
        ),
        migrations.AddConstraint(
            model_name='importrecord',
            constraint=models.CheckConstraint(condition=models.Q(('done__lte', models.F('rows'))), name='import_done_within_rows', violation_error_message='An import cannot have done more rows than it has.'),
        ),
        migrations.AddConstraint(
            model_name='proposedchange',
            constraint=models.CheckConstraint(condition=models.Q(('operation__isnull', False), ('activity__isnull', False), _connector='XOR'), name='proposal_about_operation_or_activity', violation_error_message='A proposed statement is about an operation or an activity.'),
        ),
        migrations.RunPython(grant, revoke),
    ]
