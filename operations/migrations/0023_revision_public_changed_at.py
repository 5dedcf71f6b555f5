"""The register's "last updated" moment, kept with its revision tag: from now on every change that
may alter what visitors see moves it (operations.review.signals). A register that already holds
published data starts from the latest moment its public records were written."""

from django.db import migrations, models
from django.db.models import Max

PUBLISHED = "published"


def latest_public_write(apps, schema_editor):
    Operation = apps.get_model("operations", "Operation")
    Activity = apps.get_model("operations", "Activity")
    Result = apps.get_model("operations", "Result")
    Correction = apps.get_model("operations", "Correction")
    Revision = apps.get_model("operations", "Revision")
    moments = [
        Operation.objects.filter(status__in=[PUBLISHED, "withdrawn"]).aggregate(latest=Max("updated_at"))["latest"],
        Activity.objects.filter(status=PUBLISHED).aggregate(latest=Max("published_at"))["latest"],
        Result.objects.filter(operation__status=PUBLISHED).aggregate(latest=Max("updated_at"))["latest"],
        Result.objects.filter(activity__status=PUBLISHED).aggregate(latest=Max("updated_at"))["latest"],
        Correction.objects.aggregate(latest=Max("corrected_at"))["latest"],
    ]
    moments = [moment for moment in moments if moment is not None]
    if moments:
        Revision.objects.filter(pk=1).update(public_changed_at=max(moments))


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0022_result_country_operation_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="revision",
            name="public_changed_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When a change last altered what visitors see (a publication, a withdrawal, a correction, "
                "an edit of published data); changes to drafts leave it.",
                null=True,
            ),
        ),
        migrations.RunPython(latest_public_write, migrations.RunPython.noop),
    ]
