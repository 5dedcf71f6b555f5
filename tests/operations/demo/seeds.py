"""What the demo data tests share: the seed documents and how to find a statement of theirs."""

from pathlib import Path

from django.conf import settings

from operations.models import (
    Qualifier,
    Result,
    Source,
)

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
RESEARCH = Path(settings.BASE_DIR).parent / "shared" / "research" / "operations.json"
WESTERN_BALKANS = {"Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"}


def source(number):
    return Source.objects.get(seed_file__startswith=f"{number}_")


def statement(operation, metric, number, qualifier=Qualifier.EXACT, country=None):
    return Result.objects.get(
        operation__slug=operation,
        metric__code=metric,
        source=source(number),
        qualifier_id=qualifier,
        country__name=country,
    )


def value(operation, metric, number, qualifier=Qualifier.EXACT):
    return statement(operation, metric, number, qualifier).value


def parts_sum(operation, metric, number):
    parts = Result.objects.filter(operation__slug=operation, metric__parent__code=metric, source=source(number))
    return sum(part.value for part in parts if part.value is not None)
