"""What every downloaded file says about itself: a CSV stays a plain table and says it in its HTTP
headers (Link to the licence and the page, Last-Modified); an XLSX in its document properties and
on a last sheet, "About this file", after the data."""

import io

import pytest
from django.utils.http import http_date
from openpyxl import load_workbook

from operations.models import Revision
from tests import public_fixtures
from tests.public_fixtures import body, read_csv

pytestmark = pytest.mark.django_db

world = public_fixtures.world

TABLES = ["/operations/", "/results/", "/participants/", "/activities/", "/sources/"]
LICENCE = "https://creativecommons.org/licenses/by/4.0/"


def last_modified():
    return http_date(Revision.objects.state().public_changed_at.timestamp())


@pytest.mark.parametrize("url", TABLES)
def test_a_csv_is_a_plain_table_that_names_its_licence_page_and_moment_in_its_headers(client, world, url):
    response = client.get(f"{url}?_export=csv")
    assert response["Link"] == f'<{LICENCE}>; rel="license", <http://testserver{url}>; rel="describedby"'
    assert response["Last-Modified"] == last_modified()
    header, *rows = read_csv(response)
    assert header[0] in ("Operation", "Name", "Activity", "Title") and rows
    assert all(len(row) == len(header) for row in rows)  # one table, nothing before or after it
    assert not any("CC BY" in cell for row in rows for cell in row)


def test_the_described_page_keeps_the_filters_but_not_the_format(client, world):
    response = client.get("/results/?operation=jad-see-2024&_export=csv")
    assert '<http://testserver/results/?operation=jad-see-2024>; rel="describedby"' in response["Link"]


@pytest.mark.parametrize("url", TABLES)
def test_an_xlsx_has_its_data_first_and_says_where_it_came_from_last(client, world, url):
    response = client.get(f"{url}?operation=jad-see-2024&_export=xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert len(book.sheetnames) == 2 and book.sheetnames[1] == "About this file"
    assert book.active.title == book.sheetnames[0]
    about = dict(book["About this file"].iter_rows(values_only=True))
    assert about["Licence"] == f"CC BY 4.0 ({LICENCE})"
    assert about["Downloaded from"].startswith(f"http://testserver{url}")
    assert about["Release"] == "None: the register as it is now"
    assert about["How to cite it"].startswith("JAD Register. (")
    properties = {prop.name: prop.value for prop in book.custom_doc_props.props}
    assert properties["Licence"] == "CC BY 4.0" and properties["Licence address"] == LICENCE
    assert properties["Data last updated"] == Revision.objects.state().public_changed_at.isoformat()
    assert book.properties.creator == "JAD Register"
    assert response["Last-Modified"] == last_modified()


def test_the_operation_workbook_says_it_too(client, world):
    response = client.get("/operations/jad-see-2024/workbook.xlsx")
    assert response["Link"].startswith(f'<{LICENCE}>; rel="license"')
    book = load_workbook(io.BytesIO(body(response)))
    assert book.sheetnames[0] == "Summary" and book.sheetnames[-1] == "About this file"
    about = dict(book["About this file"].iter_rows(values_only=True))
    assert "JAD SEE 2024: EMPACT Joint Action Days JAD SEE 2024 [Data set]" in about["How to cite it"]
    assert {prop.name for prop in book.custom_doc_props.props} >= {"Licence", "Data last updated", "Address"}


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_comparison_says_it_too(client, world, export_format):
    response = client.get(f"/compare/?operations=jad-see-2023&operations=jad-see-2024&_export={export_format}")
    assert response["Link"].startswith(f'<{LICENCE}>; rel="license"')
    assert response["Last-Modified"] == last_modified()


def test_a_client_that_has_the_file_is_told_it_has_not_changed(client, world):
    first = client.get("/results/?_export=csv")
    body(first)
    again = client.get("/results/?_export=csv", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304
