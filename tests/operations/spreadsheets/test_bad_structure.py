"""A file that would make the catalogue or the operations say something impossible is refused with
the model's message, and changes nothing: a part in another dimension than its total, an
operation part of its own part."""

import pytest
import tablib

from operations.models import Dimension, Metric, Operation, Unit
from operations.spreadsheets.catalogues import MetricResource
from operations.spreadsheets.resources import OperationResource
from tests.operations.fixtures import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def row_errors(result):
    return {row.number: row.error.message_dict for row in result.invalid_rows}


def test_a_part_of_another_dimension_than_its_total_is_refused(world):
    Unit.objects.create(code="kg", name="kilograms", symbol="kg", dimension=Dimension.MASS, factor=1)
    dataset = tablib.Dataset(
        headers=["code", "name", "dimension", "parent", "breakdown_along", "breakdown_kind", "unit"]
    )
    dataset.append(["drugs-total", "Drugs seized (kg)", "mass", "", "", "", "kg"])
    dataset.append(["drugs-plants", "Marijuana plants", "count", "drugs-total", "substance", "partial", "persons"])

    result = MetricResource().import_data(dataset, rollback_on_validation_errors=True)

    assert row_errors(result) == {
        2: {
            "parent": [
                "A part is a quantity of the same kind as its total: Marijuana plants is a count figure, "
                "Drugs seized (kg) a mass figure. Make it a metric of its own."
            ]
        }
    }
    assert not Metric.objects.filter(code__startswith="drugs-").exists()


def test_an_operation_made_part_of_its_own_part_is_refused(world):
    whole = world.operation
    part = Operation.objects.create(
        name="A part", short_name="A part", slug="a-part", start_date=whole.start_date, part_of=whole
    )
    dataset = OperationResource().export(queryset=Operation.objects.filter(pk=whole.pk))
    dataset[0] = tuple(
        part.short_name if header == "part_of" else cell
        for header, cell in zip(dataset.headers, dataset[0], strict=True)
    )

    result = OperationResource().import_data(dataset, rollback_on_validation_errors=True)

    assert row_errors(result) == {
        1: {"part_of": [f"{part} is already part of {whole.short_name}: one cannot be part of the other both ways."]}
    }
    whole.refresh_from_db()
    assert whole.part_of is None
