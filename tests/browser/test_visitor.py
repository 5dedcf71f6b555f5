"""A visitor's journey: from the home page to filtered, sorted, downloaded results, an operation page with its
charts and data-quality notes, and the comparison of two operations."""

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
    header, *data = list(sheet.iter_rows(values_only=True))
    value = header.index("Value")
    assert [row[0] for row in data if row[0] == "JAD SEE 2023"] == ["JAD SEE 2023"] * 13
    assert all(isinstance(row[value], int | float) for row in data if row[0] == "JAD SEE 2023")

    page.goto(demo_site.url + "/operations/jad-see-2023/")
    assert page.get_by_text("the 4 parts add up to 562, 4 fewer than the 566 reported").first.is_visible()
    shot(page, artifacts, "05-operation")

    # A chart per breakdown, each an image with a name and the same numbers in a table beside it.
    breakdowns = page.locator("section", has=page.locator("#charts-heading"))
    charts = breakdowns.locator("svg[role=img]")
    titles = breakdowns.locator("h3").all_inner_texts()
    assert charts.count() == len(titles) >= 3
    assert "Arrests: breakdown" in titles
    arrests = breakdowns.get_by_role("img", name="Arrests: breakdown")
    assert arrests.is_visible()
    table_id = arrests.get_attribute("aria-describedby").split()[-1]
    numbers = page.locator(f"#{table_id}")
    assert numbers.get_by_role("row", name="Migrant smuggling").is_visible()
    charts.first.scroll_into_view_if_needed()
    shot(page, artifacts, "06-operation-charts")

    # The data-quality notes: what cannot all be true as published, and differences in precision.
    quality = page.locator("section", has=page.locator("#quality-heading"))
    quality.scroll_into_view_if_needed()
    assert quality.get_by_role("heading", name="Figures that cannot all be true as published").is_visible()
    assert quality.get_by_text("Breakdown does not add up").first.is_visible()
    assert quality.get_by_text("the 4 parts add up to 562").first.is_visible()
    assert quality.get_by_role("heading", name="Figures stated with different precision").is_visible()
    shot(page, artifacts, "07-operation-data-quality")

    # Two operations side by side, chosen in the comparison's form.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Compare").click()
    assert page.url.endswith("/compare/")
    page.get_by_label("JAD SEE 2023").check()
    page.get_by_label("JAD SEE 2024").check()
    shot(page, artifacts, "08-compare-form")
    page.get_by_role("button", name="Compare").click()
    assert "operations=jad-see-2023" in page.url and "operations=jad-see-2024" in page.url
    comparison = page.locator("#comparison-table")
    headers = comparison.locator("thead th").all_inner_texts()
    assert headers[2].startswith("JAD SEE 2023") and headers[3].startswith("JAD SEE 2024")  # oldest first
    arrests_row = comparison.locator("tbody tr", has=page.get_by_role("rowheader", name="Arrests", exact=True))
    cells = arrests_row.first.locator("td").all_inner_texts()
    assert cells[1].startswith("566")  # JAD SEE 2023, with its inconsistency flagged
    assert "inconsistent" in cells[1]
    assert cells[2] == "796"  # JAD SEE 2024
    assert cells[3] == "+230 (+40.6 %)"  # the change from 2023 to 2024
    assert page.get_by_role("heading", name="Main figures").is_visible()
    shot(page, artifacts, "09-comparison")


def test_visitor_switches_the_site_to_serbian_and_back(page, demo_site, artifacts):
    page.goto(demo_site.url + "/results/?operation=jad-see-2023")
    page.get_by_role("button", name="Srpski", exact=True).click()
    assert page.url.endswith("/results/?operation=jad-see-2023")  # back on the same page
    assert page.locator("html").get_attribute("lang") == "sr-latn"
    assert page.get_by_role("heading", name="Rezultati", level=1).is_visible()
    navigation = page.get_by_role("navigation", name="Glavna navigacija")
    for name in ("Operacije", "Rezultati", "Učesnici", "Izgradnja kapaciteta", "Izvori", "Poređenje"):
        assert navigation.get_by_role("link", name=name, exact=True).is_visible()
    shot(page, artifacts, "01-results-sr")

    page.goto(demo_site.url + "/operations/jad-see-2023/")  # the choice is kept
    assert page.get_by_text("13–18. novembar 2023.", exact=True).is_visible()
    assert page.get_by_role("heading", name="Kvalitet podataka").is_visible()
    assert page.get_by_text("4 dela u zbiru daju 562, 4 manje nego što je objavljeno (566)").first.is_visible()
    shot(page, artifacts, "02-operation-sr")

    page.get_by_role("button", name="English").click()
    assert page.get_by_text("13–18 November 2023", exact=True).is_visible()
