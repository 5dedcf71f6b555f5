"""Participants' names in the region's languages (django-modeltranslation): the English name moves
into `name_en`; the others are entered in the admin (or, for a country, read from its code)."""

from django.db import migrations, models


def english_into_its_column(apps, schema_editor):
    apps.get_model("participants", "Participant").objects.update(name_en=models.F("name"))


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0002_catalogues_and_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="name_en",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="participant",
            name="name_mk",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="participant",
            name="name_sq",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.AddField(
            model_name="participant",
            name="name_sr_latn",
            field=models.CharField(max_length=200, null=True, unique=True, verbose_name="name"),
        ),
        migrations.RunPython(english_into_its_column, migrations.RunPython.noop),
    ]
