"""A coordinator's journey: signs in, reads operations in the admin but can change nothing (no
save buttons, no workflow actions, no add or import page, a forged POST refused), exports the
results of an operation from the admin and downloads the operation workbook."""

import io

import openpyxl
from playwright.sync_api import expect

from operations.models import Operation, Result
from operations.review.access import COORDINATORS
from tests.browser.conftest import shot, sign_in, staff_account

WORKBOOK_SHEETS = ["Summary", "Results", "Participants", "Activities", "Sources", "Data quality"]


def read_xlsx(download):
    with open(download.path(), "rb") as downloaded:
        return openpyxl.load_workbook(io.BytesIO(downloaded.read()))


def test_coordinator_reads_and_exports_but_cannot_change_anything(page, demo_site, artifacts):
    base = demo_site.url
    staff_account("clara.coordinator", COORDINATORS)
    operation = Operation.objects.get(slug="jad-see-2023")
    sign_in(page, base, "clara.coordinator")
    shot(page, artifacts, "01-signed-in")

    # The list of operations: readable, with neither an add nor an import button, nor workflow actions.
    page.get_by_role("link", name="Operations", exact=True).last.click()
    assert page.url.endswith("/admin/operations/operation/")
    expect(page.locator("#result_list tbody tr")).to_have_count(Operation.objects.count())
    object_tools = page.locator(".object-tools")
    expect(object_tools.get_by_role("link", name="Export")).to_be_visible()
    expect(object_tools.get_by_role("link", name="Import")).to_have_count(0)
    expect(object_tools.locator("a.addlink")).to_have_count(0)
    actions = page.locator("select[name=action] option").all_inner_texts()
    assert not {"Submit for review", "Publish", "Withdraw from the public site"} & set(actions)
    shot(page, artifacts, "02-operations-list")

    # An operation's page shows everything and offers nothing to save.
    page.get_by_role("link", name="JAD SEE 2023", exact=True).click()
    expect(page.get_by_role("heading", name="View operation")).to_be_visible()
    expect(page.locator("#id_name")).to_have_count(0)  # read-only: text, not a field
    expect(page.locator(".submit-row input[type=submit]")).to_have_count(0)
    expect(page.locator("input[name=_save], input[name=_continue], input[name=_addanother]")).to_have_count(0)
    for inline in ("Coordination centre", "Participation", "Result"):
        expect(page.get_by_role("button", name=f"Add another {inline}")).to_be_hidden()
    expect(page.locator("input[name$=-DELETE]")).to_have_count(0)
    shot(page, artifacts, "03-operation-view-only")

    # A change posted anyway (with a valid CSRF token) is refused, and nothing changes.
    change_url = page.url
    token = next(cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "csrftoken")
    response = page.request.post(
        change_url,
        form={"csrfmiddlewaretoken": token, "name": "Renamed by a coordinator", "_save": "Save"},
        max_redirects=0,
    )
    assert response.status == 403
    assert "Access denied" in response.text()
    operation.refresh_from_db()
    assert operation.name == "EMPACT Joint Action Days South East Europe 2023"

    # Neither the add page nor the import page opens.
    for path in ("/admin/operations/operation/add/", "/admin/operations/result/import/"):
        response = page.goto(base + path)
        assert response.status == 403, path
        expect(page.get_by_role("heading", name="Access denied")).to_be_visible()
    shot(page, artifacts, "04-import-refused")

    # The results of JAD SEE 2023, filtered in the admin and exported as XLSX.
    page.goto(base + "/admin/operations/result/")
    expect(page.locator(".object-tools").get_by_role("link", name="Import")).to_have_count(0)
    page.locator("#changelist-filter").get_by_role("link", name="JAD SEE 2023", exact=True).click()
    assert f"operation__id__exact={operation.pk}" in page.url
    page.locator(".object-tools").get_by_role("link", name="Export").click()
    page.locator("#id_format").select_option(label="xlsx")
    shot(page, artifacts, "05-export-page")
    with page.expect_download() as export:
        page.get_by_role("button", name="Submit").click()
    assert export.value.suggested_filename.endswith(".xlsx")
    sheet = read_xlsx(export.value).active
    headers = [cell.value for cell in sheet[1]]
    rows = [dict(zip(headers, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == Result.objects.filter(operation=operation).count() > 0
    assert {row["operation"] for row in rows} == {"JAD SEE 2023"}
    assert any(row["metric"] == "arrests" and not row["country"] and row["value"] == 566 for row in rows)

    # The operation workbook, from its page in the admin.
    page.goto(change_url)
    with page.expect_download() as workbook_download:
        page.get_by_role("link", name="Workbook (XLSX)").click()
    assert workbook_download.value.suggested_filename.startswith("jad-see-2023-workbook")
    workbook = read_xlsx(workbook_download.value)
    assert workbook.sheetnames == WORKBOOK_SHEETS
    results = list(workbook["Results"].iter_rows(values_only=True))
    header = next(index for index, row in enumerate(results) if row[0] == "Metric")
    columns = results[header]
    figures = [dict(zip(columns, row, strict=True)) for row in results[header + 1 :]]
    arrests = [row for row in figures if row["Metric code"] == "arrests" and row["Country"] is None]
    assert 566 in {row["Value"] for row in arrests}
    shot(page, artifacts, "06-workbook-downloaded")
