"""The operation workbook: one XLSX per published operation (a draft is a 404 publicly; staff get
any operation from the admin), its six sheets, read back with openpyxl."""

import datetime
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from openpyxl import load_workbook

from operations.models import Operation
from operations.spreadsheets.workbook import operation_workbook
from tests import public_fixtures
from tests.operations.fixtures import admin_url
from tests.public_fixtures import INJECTION, KOSOVO_FOOTNOTE, SECRET

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

SHEETS = ["Summary", "Results", "Participants", "Activities", "Sources", "Data quality"]


def open_workbook(content):
    return load_workbook(io.BytesIO(content))


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def table(sheet):
    """The header and the data rows of a tabular sheet, footnotes left out."""
    header, *body = rows(sheet)
    data = []
    for row in body:
        if all(cell is None for cell in row):
            break
        data.append(dict(zip(header, row, strict=True)))
    return data


def all_text(workbook):
    return " ".join(str(cell) for sheet in workbook for row in rows(sheet) for cell in row if cell is not None)


@pytest.fixture
def workbook(client, world):
    response = client.get(reverse("operations:workbook", args=["jad-see-2024"]))
    assert response.status_code == 200
    assert response.streaming  # from a temporary file, never held whole in memory
    return open_workbook(public_fixtures.body(response))


# --- Doors ------------------------------------------------------------------------------------


def test_a_published_operation_has_a_workbook_with_a_telling_name(client, world):
    response = client.get(reverse("operations:workbook", args=["jad-see-2024"]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="jad-see-2024-workbook-')


@pytest.mark.parametrize("status", [s for s in Operation.Status if s != Operation.Status.PUBLISHED])
def test_an_unpublished_operation_has_no_public_workbook(client, world, status):
    Operation.objects.filter(pk=world.draft.pk).update(status=status, review_comment="Check the figures.")

    response = client.get(reverse("operations:workbook", args=[world.draft.slug]))

    assert response.status_code == 404


def test_the_operation_page_links_its_workbook(client, world):
    response = client.get(world.jad_2024.get_absolute_url())

    assert reverse("operations:workbook", args=["jad-see-2024"]) in response.content.decode()


def test_staff_who_may_view_operations_get_a_drafts_workbook_from_the_admin(client, world):
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_operation"))
    client.force_login(viewer)

    page = client.get(admin_url(world.draft, "change", world.draft.pk))
    response = client.get(admin_url(world.draft, "workbook", world.draft.pk))

    assert admin_url(world.draft, "workbook", world.draft.pk) in page.content.decode()
    assert response.status_code == 200
    book = open_workbook(public_fixtures.body(response))
    assert SECRET in all_text(book)


def test_staff_without_view_permission_get_no_workbook(client, world):
    client.force_login(User.objects.create_user("nobody", password="x", is_staff=True))

    response = client.get(admin_url(world.draft, "workbook", world.draft.pk))

    assert response.status_code == 403


# --- Content ---------------------------------------------------------------------------------


def test_the_sheets_come_in_order_with_bold_frozen_headers(workbook):
    # The public download says last where it came from and under which licence (spreadsheets.provenance).
    assert workbook.sheetnames == [*SHEETS, "About this file"]
    for name in SHEETS[1:]:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1] if cell.value is not None)
        assert sheet.column_dimensions["A"].width > 10


def test_summary_gives_the_operation_and_one_headline_per_figure(workbook):
    sheet = workbook["Summary"]
    facts = {row[0]: row[1] for row in rows(sheet)[:11]}
    assert facts["Operation"] == "EMPACT Joint Action Days JAD SEE 2024"
    assert facts["Coordination centre"] == "Sarajevo, Bosnia and Herzegovina"
    assert facts["Address"].endswith("/operations/jad-see-2024/")
    header_row = next(index for index, row in enumerate(rows(sheet), start=1) if row[0] == "Figure")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert all(cell.font.bold for cell in sheet[header_row] if cell.value)
    figures = [row for row in rows(sheet)[header_row:] if row[0] and row[2] is not None]
    officers = next(row for row in figures if row[0] == "Officers involved")
    # The exact statement beats "over 22,000"; both are counted.
    assert officers[2] == 22488 and officers[4] == "exact" and officers[7] == 2
    assert len([row for row in figures if row[0] == "Officers involved"]) == 1
    kosovo = next(row for row in figures if row[1] == "Kosovo*")
    assert kosovo[0] == "Weapons seized" and kosovo[2] == 12


def test_results_hold_every_statement_with_qualifier_source_and_quote(workbook, world):
    results = table(workbook["Results"])

    assert len(results) == world.jad_2024.results.count() == 7
    over = next(row for row in results if row["Qualifier"] == "over")
    assert over["Value"] == 22000 and over["Headline"] == "no"
    assert over["Source"] == "News agency: over 22 000 officers in JAD SEE"
    assert over["As published"] == "over 22,000 officers"
    exact = next(row for row in results if row["Metric"] == "Officers involved" and row["Qualifier"] == "exact")
    assert exact["Headline"] == "yes" and exact["Source date"] == datetime.datetime(2024, 11, 25)
    smuggling = next(row for row in results if row["Metric"] == "Migrant smuggling")
    assert smuggling["Part of"] == "Arrests" and smuggling["Metric code"] == "arrests-smuggling"


def test_numbers_and_dates_are_native_with_number_formats(workbook):
    sheet = workbook["Results"]
    header = [cell.value for cell in sheet[1]]
    value_column, date_column = header.index("Value") + 1, header.index("Source date") + 1
    cells = {sheet.cell(row, 2).value or sheet.cell(row, 1).value: sheet.cell(row, value_column) for row in range(2, 9)}
    assert cells["Officers involved"].number_format == "#,##0"
    assert isinstance(cells["Officers involved"].value, int)
    assert cells["Cannabis seized"].value == 1.5 and cells["Cannabis seized"].number_format == "#,##0.0##"
    assert sheet.cell(2, date_column).number_format == "yyyy-mm-dd"
    assert sheet.cell(2, date_column).is_date


def test_participants_come_by_kind_with_roles(workbook):
    participants = table(workbook["Participants"])

    assert [(row["Kind"], row["Participant"]) for row in participants] == [
        ("EU Member State", "Spain"),
        ("Non-EU country or jurisdiction", "Bosnia and Herzegovina"),
        ("Non-EU country or jurisdiction", "Kosovo*"),
        ("EU agency or body", "Europol"),
    ]
    assert participants[0]["Roles"] == "Coordinator of operational activities"
    assert participants[1]["Roles"] == "Host of the coordination centre"
    assert participants[2]["Country code"] == "XK"


def test_activities_and_sources(workbook):
    (activity,) = table(workbook["Activities"])
    assert activity["Activity"] == "Firearms detection training"
    assert activity["Beneficiary countries"] == "Kosovo*, North Macedonia"
    # What it was worth is a statement about it, of the metric "value", in its currency.
    assert activity["Figures"] == "Value: 15 000 EUR"
    assert activity["Start"] == datetime.datetime(2024, 3, 10)
    sources = {row["Title"]: row for row in table(workbook["Sources"])}
    assert set(sources) == {
        "Europol: JAD SEE 2024 results",
        "News agency: over 22 000 officers in JAD SEE",
        "SEESAC annual report 2024",
    }
    assert sources["Europol: JAD SEE 2024 results"]["Statements"] == 6
    assert sources["SEESAC annual report 2024"]["Statements"] == 0


def test_data_quality_lists_the_figure_checks_findings(workbook):
    findings = table(workbook["Data quality"])

    mismatch = next(row for row in findings if row["Finding"] == "Breakdown does not add up")
    assert mismatch["Figure"] == "Arrests" and mismatch["Cannot all be true"] == "yes"
    assert "566" in mismatch["What was found"] and "562" in mismatch["What was found"]
    precision = next(row for row in findings if row["Finding"] == "Sources differ in precision")
    assert precision["Cannot all be true"] == "no"


def test_every_sheet_naming_kosovo_carries_its_footnote(workbook):
    for name in ["Summary", "Results", "Participants", "Activities"]:
        sheet_rows = rows(workbook[name])
        assert any(row[0] == f"*Kosovo: {KOSOVO_FOOTNOTE}" for row in sheet_rows), name
    assert not any("Kosovo" in str(row) for row in rows(workbook["Sources"]))


def test_text_that_looks_like_a_formula_is_made_inert(workbook):
    quotes = [row["As published"] for row in table(workbook["Results"])]

    assert "'" + INJECTION in quotes
    for sheet in workbook:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


def test_the_draft_never_reaches_a_published_workbook(workbook):
    assert SECRET not in all_text(workbook)
    assert "31337" not in all_text(workbook)


def test_an_operation_without_figures_still_has_every_sheet(world):
    book = open_workbook(
        operation_workbook(
            world.draft.__class__.objects.create(
                series=world.series, edition="2030", name="Empty", short_name="JAD SEE 2030", slug="jad-see-2030"
            )
        )
    )

    assert book.sheetnames == SHEETS
    assert [row["Finding"] for row in table(book["Data quality"])] == ["No findings"]


def test_the_workbook_reads_a_fixed_number_of_queries(world, django_assert_num_queries):
    public_fixtures.add_results(world, 20)
    public_fixtures.add_participants(world, 10)
    operation = Operation.objects.select_related("series").prefetch_related("crime_areas").get(pk=world.jad_2024.pk)
    # 1 coordination centres; 2 results; 3 their metrics, 4 those metrics' breakdowns, 5 their totals,
    # 6 units, 7 qualifiers, 8 countries, 9 sources, 10 publishers (each row read once, shared);
    # 11 the corrections; 12 participations, 13 their roles, 14 the participants' kinds for some years,
    # 15 their sources; 16 activities, 17 their partners, 18 their beneficiaries, 19 their figures;
    # 20 the catalogue's breakdowns, for the figure checks. Nothing per row.
    with django_assert_num_queries(20):
        operation_workbook(operation)
