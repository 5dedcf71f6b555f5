"""The results export reads the driver's values (database_rows), not Django's converted ones: the
numbers and dates it writes must be those Django would have read."""

from decimal import Decimal

import pytest

from operations.models import Result
from operations.spreadsheets.exports import as_date, decimal_value, native_number, plain_number
from tests import public_fixtures
from tests.public_fixtures import read_csv, read_xlsx

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

VALUES = ["0", "1.5", "2.675", "0.001", "22488", "999999.999", "123456789012.345", "9999999999.999"]


def django_text(value):
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@pytest.mark.parametrize("value", VALUES)
def test_export_numbers_are_what_django_reads(client, world, value):
    Result.objects.filter(pk=world.injected.pk).update(value=Decimal(value))
    read = Result.objects.get(pk=world.injected.pk).value  # through Django's converters
    (row,) = read_csv(client.get("/results/?metric=cannabis&_export=csv"))[1:]
    assert row[4] == django_text(read)
    sheet = read_xlsx(client.get("/results/?metric=cannabis&_export=xlsx"))
    assert sheet.cell(row=2, column=5).value == (int(read) if read == read.to_integral_value() else float(read))


@pytest.mark.parametrize("raw", [0, 7, 10**15 + 1, 1.5, 2.675, 0.1, 12345.6789, Decimal("3.250")])
def test_number_helpers_take_what_either_database_returns(raw):
    as_decimal = decimal_value(raw)
    assert isinstance(as_decimal, Decimal)
    assert plain_number(raw) == django_text(as_decimal)
    assert native_number(raw) == native_number(as_decimal)


def test_dates_from_text_or_date(world):
    assert as_date("2024-11-25") == world.europol_release.published_on == as_date(world.europol_release.published_on)
    assert as_date(None) is None


def test_xlsx_dates_keep_their_format_without_cells_of_their_own(client, world):
    sheet = read_xlsx(client.get("/results/?metric=cannabis&_export=xlsx"))
    header = [cell.value for cell in sheet[1]]
    date_cell = sheet.cell(row=2, column=header.index("Source date") + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
