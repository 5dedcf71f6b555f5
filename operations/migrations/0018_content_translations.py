"""The content in the region's languages (django-modeltranslation): a column per stored language for
the catalogues' names and operations' summaries. The English words move into `*_en`; the regional
words editors gave in the ad-hoc `name_sr_latn` of qualifiers and kinds of activity stay in the
column of that name, which becomes modeltranslation's (an empty one becomes NULL, "none given")."""

from django.db import migrations, models

TRANSLATED = {
    "activitykind": "name",
    "metric": "name",
    "operation": "description",
    "historicaloperation": "description",
    "qualifier": "name",
    "series": "name",
    "unit": "name",
}


def english_into_its_column(apps, schema_editor):
    for model_name, field in TRANSLATED.items():
        model = apps.get_model("operations", model_name)
        model.objects.update(**{f"{field}_en": models.F(field)})
    for model_name in ("activitykind", "qualifier"):
        apps.get_model("operations", model_name).objects.filter(name_sr_latn="").update(name_sr_latn=None)


def english_back(apps, schema_editor):
    for model_name in ("activitykind", "qualifier"):
        apps.get_model("operations", model_name).objects.filter(name_sr_latn=None).update(name_sr_latn="")


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0017_quote_search"),
    ]

    operations = [
        # The ad-hoc regional columns may hold NULL before their empty words become NULL.
        migrations.AlterField(
            model_name="activitykind", name="name_sr_latn", field=models.CharField(max_length=80, null=True, blank=True)
        ),
        migrations.AlterField(
            model_name="qualifier", name="name_sr_latn", field=models.CharField(max_length=60, null=True, blank=True)
        ),
        migrations.AddField(
            model_name="activitykind",
            name="name_en",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="activitykind",
            name="name_mk",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="activitykind",
            name="name_sq",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="metric",
            name="name_en",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="metric",
            name="name_mk",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="metric",
            name="name_sq",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="metric",
            name="name_sr_latn",
            field=models.CharField(max_length=200, null=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="operation",
            name="description_en",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="operation",
            name="description_mk",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="operation",
            name="description_sq",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="operation",
            name="description_sr_latn",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="qualifier",
            name="name_en",
            field=models.CharField(
                help_text="In English: more than, almost; in each regional language where it has one (više od, gotovo).",
                max_length=60,
                null=True,
                unique=True,
                verbose_name="name",
            ),
        ),
        migrations.AddField(
            model_name="qualifier",
            name="name_mk",
            field=models.CharField(
                help_text="In English: more than, almost; in each regional language where it has one (više od, gotovo).",
                max_length=60,
                null=True,
                unique=True,
                verbose_name="name",
            ),
        ),
        migrations.AddField(
            model_name="qualifier",
            name="name_sq",
            field=models.CharField(
                help_text="In English: more than, almost; in each regional language where it has one (više od, gotovo).",
                max_length=60,
                null=True,
                unique=True,
                verbose_name="name",
            ),
        ),
        migrations.AddField(
            model_name="series",
            name="name_en",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="series",
            name="name_mk",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="series",
            name="name_sq",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="series",
            name="name_sr_latn",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="unit",
            name="name_en",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="unit",
            name="name_mk",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="unit",
            name="name_sq",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="unit",
            name="name_sr_latn",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="historicaloperation",
            name="description_en",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="historicaloperation",
            name="description_mk",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="historicaloperation",
            name="description_sq",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.AddField(
            model_name="historicaloperation",
            name="description_sr_latn",
            field=models.TextField(blank=True, null=True, verbose_name="description"),
        ),
        migrations.RunPython(english_into_its_column, english_back),
        migrations.AlterField(
            model_name="activitykind",
            name="name_sr_latn",
            field=models.CharField(max_length=80, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="qualifier",
            name="name",
            field=models.CharField(
                help_text="In English: more than, almost; in each regional language where it has one (više od, gotovo).",
                max_length=60,
                unique=True,
                verbose_name="name",
            ),
        ),
        migrations.AlterField(
            model_name="qualifier",
            name="name_sr_latn",
            field=models.CharField(
                help_text="In English: more than, almost; in each regional language where it has one (više od, gotovo).",
                max_length=60,
                null=True,
                unique=True,
                verbose_name="name",
            ),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(fields=("parent", "name_en"), name="metric_unique_name_per_parent-en"),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(
                fields=("parent", "name_sr_latn"), name="metric_unique_name_per_parent-sr-latn"
            ),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(fields=("parent", "name_mk"), name="metric_unique_name_per_parent-mk"),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(fields=("parent", "name_sq"), name="metric_unique_name_per_parent-sq"),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(
                condition=models.Q(("parent__isnull", True)), fields=("name_en",), name="metric_unique_root_name-en"
            ),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(
                condition=models.Q(("parent__isnull", True)),
                fields=("name_sr_latn",),
                name="metric_unique_root_name-sr-latn",
            ),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(
                condition=models.Q(("parent__isnull", True)), fields=("name_mk",), name="metric_unique_root_name-mk"
            ),
        ),
        migrations.AddConstraint(
            model_name="metric",
            constraint=models.UniqueConstraint(
                condition=models.Q(("parent__isnull", True)), fields=("name_sq",), name="metric_unique_root_name-sq"
            ),
        ),
    ]
