"""A visitor's journey: from the home page to filtered, sorted, downloaded results and an operation page."""

import csv
import io

import openpyxl

from tests.browser.conftest import shot


def test_visitor_filters_sorts_pages_and_downloads_results(page, demo_site, artifacts):
    page.goto(demo_site.url + "/")
    shot(page, artifacts, "01-home")
    page.get_by_role("navigation").get_by_role("link", name="Results").click()
    assert page.url.endswith("/results/")

    page.locator("summary", has_text="Filter").click()  # the filters fold away until asked for
    page.get_by_label("Operation", exact=True).select_option(label="JAD SEE 2023")
    page.get_by_label("Metric (with its breakdown)").select_option(label="Weapons seized")
    page.get_by_role("button", name="Apply").click()
    assert "operation=jad-see-2023" in page.url and "metric=" in page.url
    rows = page.locator("table tbody tr")
    assert rows.count() == 13  # 3 statements of the total (3 sources) and the 10 types of one source
    shot(page, artifacts, "02-filtered")

    page.get_by_role("link", name="Value", exact=True).click()
    values = [
        int(v.replace(" ", ""))
        for v in page.locator("table tbody td.value, table tbody td:nth-child(4)").all_inner_texts()
        if v.strip()
    ]
    assert values == sorted(values)
    shot(page, artifacts, "03-sorted")

    page.get_by_label("Rows per page").select_option("10")
    page.get_by_role("button", name="Apply").click()
    assert rows.count() == 10
    page.get_by_role("link", name="Next").first.click()
    assert rows.count() == 3
    shot(page, artifacts, "04-page-two")

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="CSV").first.click()
    with open(csv_download.value.path(), encoding="utf-8-sig") as downloaded:
        csv_rows = list(csv.DictReader(downloaded))
    assert len(csv_rows) == 13
    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="XLSX").first.click()
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    with open(xlsx_download.value.path(), "rb") as downloaded:
        sheet = openpyxl.load_workbook(io.BytesIO(downloaded.read())).active
    data = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in data if row[0] == "JAD SEE 2023"] == ["JAD SEE 2023"] * 13
    assert all(isinstance(row[4], int | float) for row in data if row[0] == "JAD SEE 2023")

    page.goto(demo_site.url + "/operations/jad-see-2023/")
    assert page.get_by_text("the 4 parts add up to 562, 4 fewer than the 566 reported").first.is_visible()
    shot(page, artifacts, "05-operation")
