"""Name mappings (issue 17, the mapping assistant): the names files write for what the register knows
under another name, per organisation or template, with their history. Editors add, change, view
and delete them (a wrong mapping is removed, not kept); coordinators view them."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"
EDITOR_CODENAMES = [f"{action}_namemapping" for action in ("add", "change", "view", "delete")]
COORDINATOR_CODENAMES = ["view_namemapping"]


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
        ('operations', '0012_import_records'),
        ('participants', '0002_catalogues_and_history'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalNameMapping',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('scope', models.CharField(blank=True, help_text='Whose files write the name so, as given on upload; empty: every upload.', max_length=100, verbose_name='organisation or template')),
                ('kind', models.CharField(choices=[('metric', 'metric'), ('unit', 'unit'), ('qualifier', 'qualifier'), ('participant', 'participant'), ('source', 'source'), ('series', 'series'), ('activity_kind', 'kind of activity')], max_length=20, verbose_name='kind')),
                ('written', models.CharField(help_text='As the files write it.', max_length=300, verbose_name='name as written')),
                ('folded', models.CharField(editable=False, max_length=600, verbose_name='name as compared')),
                ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='created')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('activity_kind', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.activitykind', verbose_name='kind of activity')),
                ('created_by', models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('metric', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.metric', verbose_name='metric')),
                ('participant', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='participants.participant', verbose_name='participant')),
                ('qualifier', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.qualifier', verbose_name='qualifier')),
                ('series', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.series', verbose_name='series')),
                ('source', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.source', verbose_name='source')),
                ('unit', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='operations.unit', verbose_name='unit')),
            ],
            options={
                'verbose_name': 'historical name mapping',
                'verbose_name_plural': 'historical name mappings',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='NameMapping',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('scope', models.CharField(blank=True, help_text='Whose files write the name so, as given on upload; empty: every upload.', max_length=100, verbose_name='organisation or template')),
                ('kind', models.CharField(choices=[('metric', 'metric'), ('unit', 'unit'), ('qualifier', 'qualifier'), ('participant', 'participant'), ('source', 'source'), ('series', 'series'), ('activity_kind', 'kind of activity')], max_length=20, verbose_name='kind')),
                ('written', models.CharField(help_text='As the files write it.', max_length=300, verbose_name='name as written')),
                ('folded', models.CharField(editable=False, max_length=600, verbose_name='name as compared')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('activity_kind', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.activitykind', verbose_name='kind of activity')),
                ('created_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by')),
                ('metric', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.metric', verbose_name='metric')),
                ('participant', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='participants.participant', verbose_name='participant')),
                ('qualifier', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.qualifier', verbose_name='qualifier')),
                ('series', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.series', verbose_name='series')),
                ('source', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.source', verbose_name='source')),
                ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, to='operations.unit', verbose_name='unit')),
            ],
            options={
                'verbose_name': 'name mapping',
                'verbose_name_plural': 'name mappings',
                'ordering': ['scope', 'kind', 'folded'],
                'constraints': [models.UniqueConstraint(fields=('scope', 'kind', 'folded'), name='namemapping_one_per_scope_kind_and_name', violation_error_message='This name already has a mapping of this kind for this scope.'), models.CheckConstraint(condition=models.Q(models.Q(('activity_kind__isnull', True), ('kind', 'metric'), ('metric__isnull', False), ('participant__isnull', True), ('qualifier__isnull', True), ('series__isnull', True), ('source__isnull', True), ('unit__isnull', True)), models.Q(('activity_kind__isnull', True), ('kind', 'unit'), ('metric__isnull', True), ('participant__isnull', True), ('qualifier__isnull', True), ('series__isnull', True), ('source__isnull', True), ('unit__isnull', False)), models.Q(('activity_kind__isnull', True), ('kind', 'qualifier'), ('metric__isnull', True), ('participant__isnull', True), ('qualifier__isnull', False), ('series__isnull', True), ('source__isnull', True), ('unit__isnull', True)), models.Q(('activity_kind__isnull', True), ('kind', 'participant'), ('metric__isnull', True), ('participant__isnull', False), ('qualifier__isnull', True), ('series__isnull', True), ('source__isnull', True), ('unit__isnull', True)), models.Q(('activity_kind__isnull', True), ('kind', 'source'), ('metric__isnull', True), ('participant__isnull', True), ('qualifier__isnull', True), ('series__isnull', True), ('source__isnull', False), ('unit__isnull', True)), models.Q(('activity_kind__isnull', True), ('kind', 'series'), ('metric__isnull', True), ('participant__isnull', True), ('qualifier__isnull', True), ('series__isnull', False), ('source__isnull', True), ('unit__isnull', True)), models.Q(('activity_kind__isnull', False), ('kind', 'activity_kind'), ('metric__isnull', True), ('participant__isnull', True), ('qualifier__isnull', True), ('series__isnull', True), ('source__isnull', True), ('unit__isnull', True)), _connector='OR'), name='namemapping_target_of_its_kind', violation_error_message='A mapping reads the name as one entry, of its own kind.')],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
