"""An editor's import onto a published operation, in the real browser: a name the register does
not know ("Sjeverna Makedonija") mapped once in the preview for the agency's uploads, the preview
says which rows go to review, the import is recorded, nothing reaches the public until a second editor accepts the
proposals (a correction with its reason), and an import is rolled back as one unit.

With DOCS_SCREENSHOTS set to a folder, the screenshots of the walk-through in docs/spreadsheets.md
are written there too (`make docs-screenshots`)."""

import csv
import datetime
import os
import re
from pathlib import Path

from playwright.sync_api import expect

from operations.models import ImportRecord, NameMapping, Operation, Result
from operations.review.access import EDITORS
from tests.browser.conftest import shot, sign_in, staff_account

COLUMNS = ["operation", "metric", "country", "source", "qualifier", "value", "quote", "note"]


def documented(page, artifacts, name, focus=None):
    """A screenshot for the test's artifacts and, when asked, for the docs: the window, scrolled to
    `focus` (a CSS selector) when given."""
    shot(page, artifacts, name)
    folder = os.environ.get("DOCS_SCREENSHOTS")
    if folder:
        if focus:
            page.locator(focus).first.evaluate("element => element.scrollIntoView({block: 'start'})")
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def write_rows(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as spreadsheet:
        writer = csv.writer(spreadsheet)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def preview(page, base, path, erase_blank_cells=False, scope=""):
    page.goto(base + "/admin/operations/result/import/")
    page.locator("#id_format").select_option(label="csv")
    page.locator("#id_import_file").set_input_files(str(path))
    page.get_by_label("Organisation or template").fill(scope)
    if erase_blank_cells:
        page.get_by_label("Blank cells erase stored values").check()
    page.get_by_role("button", name="Submit").click()
    page.locator("#import-summary").wait_for()


def test_an_import_onto_a_published_operation_waits_for_review(page, chromium, demo_site, artifacts, tmp_path):
    base = demo_site.url
    staff_account("ana.editor", EDITORS)
    staff_account("boris.reviewer", EDITORS)
    operation = Operation.objects.get(slug="jad-see-2024")
    assert operation.is_published
    stored = operation.results.filter(country__isnull=True, value__isnull=False).select_related("metric", "source")[0]
    public_before = list(Result.objects.public().values_list("pk", "value"))
    corrected = stored.value + 1
    rows = [
        [
            operation.short_name,
            stored.metric.code,
            "",
            stored.source.title,
            stored.qualifier_id,
            str(corrected),
            stored.quote,
            "",
        ],
        [
            operation.short_name,
            stored.metric.code,
            "Sjeverna Makedonija",
            stored.source.title,
            "exact",
            "7",
            "7 in North Macedonia",
            "from the agency's spreadsheet",
        ],
    ]
    path = write_rows(tmp_path / "agency-results.csv", rows)

    sign_in(page, base, "ana.editor")
    preview(page, base, path, scope="MUP Crne Gore")
    # The assistant lists the unknown name with the closest entries; mapped once, for this agency.
    assistant = page.locator("#unknown-names")
    expect(assistant).to_contain_text("Sjeverna Makedonija")
    documented(page, artifacts, "import-00-unknown-names", focus="#import-summary")
    assistant.get_by_label(re.compile("North Macedonia")).first.check()
    page.get_by_role("button", name="Save and check the file again").click()
    page.locator("#import-summary").wait_for()
    assert NameMapping.objects.get(written="Sjeverna Makedonija").scope == "MUP Crne Gore"
    cells = page.locator("#import-preview tbody td.import-type").all_inner_texts()
    assert cells == ["For review", "For review"]
    expect(page.locator("#import-keeps")).to_be_visible()
    documented(page, artifacts, "import-01-preview-for-review", focus="#import-summary")
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator(".messagelist .success")).to_contain_text("2 waiting for review")
    record = ImportRecord.objects.get()
    assert (record.proposed, record.created, record.changed) == (2, 0, 0)
    assert list(Result.objects.public().values_list("pk", "value")) == public_before

    # The import's record, with its proposals: stored and proposed values side by side.
    page.goto(base + f"/admin/operations/importrecord/{record.pk}/change/")
    expect(page.locator("table.proposal-changes").first).to_be_visible()
    documented(page, artifacts, "import-02-record")

    # The importer cannot accept their own proposals; a second editor can, with a reason.
    page.context.clear_cookies()  # signed out
    sign_in(page, base, "boris.reviewer")
    page.goto(base + "/admin/operations/proposedchange/")
    expect(page.locator("#result_list > tbody > tr")).to_have_count(2)
    documented(page, artifacts, "import-03-proposals")
    page.locator("#action-toggle").check()
    page.locator("select[name=action]").select_option(label="Accept: make public")
    page.locator("input[name=reason]").fill("The agency's final figure")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("2 proposed changes accepted")
    stored.refresh_from_db()
    assert stored.value == corrected
    assert stored.corrections.get().reason == "The agency's final figure"
    page.goto(base + operation.get_absolute_url())
    expect(page.locator("body")).to_contain_text("The agency's final figure")

    # The editor's draft import rolled back as one unit.
    draft = Operation.objects.create(
        name="A draft operation", short_name="Draft op", slug="draft-op", start_date=datetime.date(2025, 3, 1)
    )
    page.context.clear_cookies()
    sign_in(page, base, "ana.editor")
    draft_rows = [["Draft op", stored.metric.code, "", stored.source.title, "exact", "3", "3 seized", ""]]
    preview(page, base, write_rows(tmp_path / "draft.csv", draft_rows))
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator(".messagelist .success")).to_contain_text("1 created")
    assert draft.results.count() == 1
    latest = ImportRecord.objects.latest("pk")
    page.goto(base + f"/admin/operations/importrecord/{latest.pk}/change/")
    page.locator("#import-rollback").click()
    documented(page, artifacts, "import-04-rollback")
    page.get_by_role("button", name=re.compile("^Yes, roll it back")).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was rolled back")
    assert draft.results.count() == 0
