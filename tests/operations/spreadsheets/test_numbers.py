"""The numbers the exports write: in CSV, the value as the database writes it in text, which must
be what Django reads; in XLSX, native numbers; dates as dates."""

from decimal import Decimal

import pytest

from operations.models import Result
from operations.spreadsheets.exports import native_number, plain_number, plain_text_number
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
    header, row = read_csv(client.get("/results/?metric=cannabis&_export=csv"))
    assert row[header.index("Value")] == django_text(read)
    sheet = read_xlsx(client.get("/results/?metric=cannabis&_export=xlsx"))
    column = header.index("Value") + 1
    assert sheet.cell(row=2, column=column).value == (int(read) if read == read.to_integral_value() else float(read))


@pytest.mark.parametrize(
    "text, written",
    [
        ("784", "784"),
        ("784.000", "784"),  # PostgreSQL's numeric(20, 3)
        ("1.500", "1.5"),
        ("0.001", "0.001"),
        ("0", "0"),
        ("100", "100"),
        ("1.23456789012346e+16", "12345678901234600"),  # SQLite writes very large fractions with an exponent
    ],
)
def test_a_value_the_database_wrote_as_text_is_written_plainly(text, written):
    assert plain_text_number(text) == written


@pytest.mark.parametrize("value", [Decimal("0"), Decimal("22488.000"), Decimal("1.500"), Decimal("0.001")])
def test_decimals_are_written_plainly_and_natively(value):
    assert plain_number(value) == django_text(value)
    assert native_number(value) == (int(value) if value == value.to_integral_value() else float(value))
    assert plain_number(None) is native_number(None) is None


def test_xlsx_dates_keep_their_format_without_cells_of_their_own(client, world):
    sheet = read_xlsx(client.get("/results/?metric=cannabis&_export=xlsx"))
    header = [cell.value for cell in sheet[1]]
    date_cell = sheet.cell(row=2, column=header.index("Source date") + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
