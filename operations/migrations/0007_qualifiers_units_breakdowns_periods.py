"""What real sources say: qualifiers and kinds of activity as open catalogues, units in dimensions
with each statement's own unit, breakdowns that say what they are, dates with a precision at each
end, statements about activities. The data steps keep every stored value: codes stay codes (the
catalogues' keys), each metric's dimension is its unit's kind, each total's parts become one
breakdown, each statement takes its metric's unit, and an activity's value becomes a statement."""

import django.db.models.deletion
from decimal import Decimal

from django.db import migrations, models

# code, English, Serbian (Latin), bound, inclusive, reach in %, other spellings
QUALIFIERS = [
    ("exact", "exact", "tačno", "exact", True, "0", ""),
    ("more_than", "more than", "više od", "lower", False, "100", "more-than"),
    ("over", "over", "preko", "lower", False, "100", "above"),
    ("at_least", "at least", "najmanje", "lower", True, "100", "no fewer than; not less than"),
    ("almost", "almost", "gotovo", "upper", False, "10", "close to"),
    ("nearly", "nearly", "skoro", "upper", False, "10", ""),
    ("up_to", "up to", "do", "upper", True, "50", ""),
    ("less_than", "less than", "manje od", "upper", False, "50", "fewer than; under; below"),
    ("approximately", "approximately", "približno", "approximate", True, "5", "approximatively; approx."),
    ("around", "around", "oko", "approximate", True, "10", "about; circa; ca."),
    ("some", "some", "nekih", "approximate", True, "10", ""),
    ("estimated", "estimated", "procenjeno", "approximate", True, "20", "an estimated; est."),
]

# code, English, Serbian (Latin): the kinds the register had, then those new material needs
ACTIVITY_KINDS = [
    ("training", "Training", "Obuka"),
    ("workshop", "Workshop", "Radionica"),
    ("meeting", "Meeting", "Sastanak"),
    ("network_meeting", "Network meeting", "Sastanak mreže"),
    ("equipment_delivery", "Equipment delivery", "Isporuka opreme"),
    ("assessment", "Needs assessment or audit", "Procena potreba ili revizija"),
    ("sop", "Standard operating procedure", "Standardna operativna procedura"),
    ("manual", "Manual or guidelines", "Priručnik ili smernice"),
    ("feasibility_study", "Feasibility study", "Studija izvodljivosti"),
    ("stockpile_upgrade", "Stockpile upgrade", "Unapređenje skladišta"),
    ("destruction", "Destruction", "Uništavanje"),
    ("knowledge_product", "Knowledge product", "Stručna publikacija"),
    ("software_upgrade", "Software upgrade", "Nadogradnja softvera"),
    ("operational_support", "Operational support", "Operativna podrška"),
    ("project", "Project", "Projekat"),
]


def seed_catalogues(apps, schema_editor):
    Qualifier, ActivityKind = apps.get_model("operations", "Qualifier"), apps.get_model("operations", "ActivityKind")
    for position, (code, name, regional, bound, inclusive, reach, aliases) in enumerate(QUALIFIERS):
        Qualifier.objects.update_or_create(
            code=code,
            defaults=dict(
                name=name,
                name_sr_latn=regional,
                bound=bound,
                inclusive=inclusive,
                reach=Decimal(reach),
                aliases=aliases,
                position=position,
            ),
        )
    for position, (code, name, regional) in enumerate(ACTIVITY_KINDS):
        ActivityKind.objects.update_or_create(
            code=code, defaults=dict(name=name, name_sr_latn=regional, position=position)
        )


def fill_dimensions_and_breakdowns(apps, schema_editor):
    Unit, Metric, Breakdown = (apps.get_model("operations", name) for name in ("Unit", "Metric", "Breakdown"))
    Unit.objects.exclude(dimension="money").update(factor=Decimal(1))
    for metric in Metric.objects.select_related("unit"):
        metric.dimension = metric.unit.dimension
        metric.save(update_fields=["dimension"])
    # A part of another dimension than its total (plants, counted, under kilograms of drugs) becomes a
    # metric of its own: its figures cannot add up into the total's.
    for part in Metric.objects.filter(parent__isnull=False).select_related("parent"):
        if part.dimension != part.parent.dimension:
            part.parent = None
            part.save(update_fields=["parent"])
    for total in Metric.objects.filter(pk__in=Metric.objects.values("parent")):
        parts = Metric.objects.filter(parent=total)
        along = "crime_area" if parts.filter(crime_area__isnull=False).exists() else "type"
        breakdown, _created = Breakdown.objects.get_or_create(total=total, along=along, defaults={"kind": "exhaustive"})
        parts.update(breakdown=breakdown)


def fill_statement_units(apps, schema_editor):
    Result = apps.get_model("operations", "Result")
    for metric_id, unit_id in Result.objects.values_list("metric_id", "metric__unit_id").distinct():
        Result.objects.filter(metric_id=metric_id).update(unit_id=unit_id)


def fill_periods(apps, schema_editor):
    for name in ("Operation", "Activity"):
        model = apps.get_model("operations", name)
        for precision in ("day", "month", "year"):
            model.objects.filter(start_precision=precision).update(end_precision=precision)
    # Capacity building was public without a review; what was there stays published.
    apps.get_model("operations", "Activity").objects.update(status="published")


def activity_values_to_statements(apps, schema_editor):
    """An activity's value (with its qualifier and currency) becomes a statement of the metric
    'Value', in a unit of its currency, citing the activity's source and its words."""
    Activity, Metric, Unit, Result = (
        apps.get_model("operations", name) for name in ("Activity", "Metric", "Unit", "Result")
    )
    valued = Activity.objects.exclude(value__isnull=True)
    if not valued.exists():
        return
    units = {}
    for currency in valued.values_list("currency", flat=True).distinct():
        units[currency], _created = Unit.objects.get_or_create(
            code=currency.lower(),
            defaults=dict(name=currency, symbol=currency, dimension="money", currency=currency),
        )
    value, _created = Metric.objects.get_or_create(
        code="value",
        defaults=dict(
            name="Value",
            dimension="money",
            unit=next(iter(units.values())),
            description="What capacity building was worth (equipment, works, a project), in its own currency.",
        ),
    )
    for activity in valued:
        Result.objects.get_or_create(
            activity=activity,
            metric=value,
            country=None,
            source_id=activity.source_id,
            qualifier_id=activity.value_qualifier,
            defaults=dict(
                value=activity.value,
                unit=units[activity.currency],
                quote=activity.quote or f"{activity.value} {activity.currency}",
            ),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0006_register_revision"),
        ("participants", "0001_initial"),
    ]

    operations = [
        # The catalogues of qualifiers and kinds of activity; their codes are the values already stored.
        migrations.CreateModel(
            name="Qualifier",
            fields=[
                ("code", models.SlugField(max_length=30, primary_key=True, serialize=False, verbose_name="code")),
                ("name", models.CharField(max_length=60, unique=True, verbose_name="name")),
                (
                    "name_sr_latn",
                    models.CharField(blank=True, max_length=60, verbose_name="name in the regional language"),
                ),
                ("bound", models.CharField(max_length=12, verbose_name="what it says of the figure")),
                ("inclusive", models.BooleanField(default=True, verbose_name="the figure itself is possible")),
                (
                    "reach",
                    models.DecimalField(
                        decimal_places=1, default=Decimal(0), max_digits=5, verbose_name="plausible reach (%)"
                    ),
                ),
                ("aliases", models.CharField(blank=True, max_length=300, verbose_name="other spellings")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
            ],
            options={
                "ordering": ["position", "name"],
                "verbose_name": "qualifier",
                "verbose_name_plural": "qualifiers",
            },
        ),
        migrations.CreateModel(
            name="ActivityKind",
            fields=[
                ("code", models.SlugField(max_length=40, primary_key=True, serialize=False, verbose_name="code")),
                ("name", models.CharField(max_length=80, unique=True, verbose_name="name")),
                (
                    "name_sr_latn",
                    models.CharField(blank=True, max_length=80, verbose_name="name in the regional language"),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
            ],
            options={
                "ordering": ["position", "name"],
                "verbose_name": "kind of activity",
                "verbose_name_plural": "kinds of activity",
            },
        ),
        migrations.RunPython(seed_catalogues, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="result",
            name="qualifier",
            field=models.ForeignKey(
                db_column="qualifier",
                default="exact",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="results",
                to="operations.qualifier",
                verbose_name="qualifier",
            ),
        ),
        migrations.AlterField(
            model_name="correction",
            name="old_qualifier",
            field=models.ForeignKey(
                db_column="old_qualifier",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="operations.qualifier",
                verbose_name="old qualifier",
            ),
        ),
        migrations.AlterField(
            model_name="correction",
            name="new_qualifier",
            field=models.ForeignKey(
                db_column="new_qualifier",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="operations.qualifier",
                verbose_name="new qualifier",
            ),
        ),
        migrations.AlterField(
            model_name="activity",
            name="kind",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="activities",
                to="operations.activitykind",
                verbose_name="kind",
            ),
        ),
        # Units in dimensions, metrics of a dimension, breakdowns.
        migrations.RemoveConstraint(model_name="unit", name="unit_currency_iff_money"),
        migrations.RenameField(model_name="unit", old_name="kind", new_name="dimension"),
        migrations.AddField(
            model_name="unit",
            name="factor",
            field=models.DecimalField(
                blank=True, decimal_places=12, max_digits=24, null=True, verbose_name="in base units"
            ),
        ),
        migrations.AddField(
            model_name="metric",
            name="dimension",
            field=models.CharField(default="count", max_length=10, verbose_name="dimension"),
            preserve_default=False,
        ),
        migrations.CreateModel(
            name="Breakdown",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("along", models.CharField(default="type", max_length=20, verbose_name="along")),
                ("kind", models.CharField(default="exhaustive", max_length=12, verbose_name="kind")),
                (
                    "total",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="breakdowns",
                        to="operations.metric",
                        verbose_name="total",
                    ),
                ),
            ],
            options={"ordering": ["total", "along"], "verbose_name": "breakdown", "verbose_name_plural": "breakdowns"},
        ),
        migrations.AddField(
            model_name="metric",
            name="breakdown",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="parts",
                to="operations.breakdown",
                verbose_name="in the breakdown",
            ),
        ),
        migrations.RunPython(fill_dimensions_and_breakdowns, migrations.RunPython.noop),
        # Each statement's own unit; statements about activities.
        migrations.AddField(
            model_name="result",
            name="unit",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="results",
                to="operations.unit",
                verbose_name="unit",
            ),
        ),
        migrations.RunPython(fill_statement_units, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="result",
            name="unit",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="results",
                to="operations.unit",
                verbose_name="unit",
            ),
        ),
        migrations.AddField(
            model_name="result",
            name="activity",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="results",
                to="operations.activity",
                verbose_name="capacity-building activity",
            ),
        ),
        migrations.AlterField(
            model_name="result",
            name="operation",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="results",
                to="operations.operation",
                verbose_name="operation",
            ),
        ),
        # Periods: a precision at each end; activities reviewed like operations.
        migrations.RenameField(model_name="operation", old_name="date_precision", new_name="start_precision"),
        migrations.RenameField(model_name="historicaloperation", old_name="date_precision", new_name="start_precision"),
        migrations.RenameField(model_name="activity", old_name="date_precision", new_name="start_precision"),
        migrations.RenameField(model_name="historicalactivity", old_name="date_precision", new_name="start_precision"),
        migrations.AddField(
            model_name="operation",
            name="end_precision",
            field=models.CharField(default="day", max_length=5, verbose_name="end precision"),
        ),
        migrations.AddField(
            model_name="activity",
            name="end_precision",
            field=models.CharField(default="day", max_length=5, verbose_name="end precision"),
        ),
        migrations.AddField(
            model_name="activity",
            name="status",
            field=models.CharField(db_index=True, default="draft", max_length=20, verbose_name="publication status"),
        ),
        migrations.RunPython(fill_periods, migrations.RunPython.noop),
        migrations.RunPython(activity_values_to_statements, migrations.RunPython.noop),
    ]
