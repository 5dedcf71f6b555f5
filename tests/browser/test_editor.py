"""A secretariat editor's journey: a draft operation entered in the admin with its coordination
centre, participants and figures inline; kept off the public site; results imported from a
spreadsheet (an error in one row first, then the corrected file); submitted for review; published
by a second editor (the four-eyes rule); then public, and its changes in the admin's history."""

import csv
import re

from playwright.sync_api import expect

from operations.models import Operation, Result
from operations.review.access import EDITORS
from tests.browser.conftest import choose_autocomplete, shot, sign_in, staff_account

SLUG = "jad-see-2025"
SHORT_NAME = "JAD SEE 2025"
NAME = "EMPACT Joint Action Days South East Europe 2025"
SOURCE = "796 Arrests in Massive EU Action Against Organised Crime"
COLUMNS = ["operation", "metric", "country", "source", "qualifier", "value", "quote"]


def write_results(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as spreadsheet:
        writer = csv.writer(spreadsheet)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def imported_rows(weapons_metric):
    return [
        [SHORT_NAME, "arrests", "Serbia", SOURCE, "exact", "57", "57 arrests in Serbia"],
        [SHORT_NAME, weapons_metric, "", SOURCE, "more than", "187", "more than 187 weapons seized"],
        [SHORT_NAME, "ammunition-seized", "", SOURCE, "exact", "2 345", "2 345 rounds of ammunition"],
    ]


def upload(page, base, path, artifacts, name):
    page.goto(base + "/admin/operations/result/import/")
    page.locator("#id_format").select_option(label="csv")
    page.locator("#id_import_file").set_input_files(str(path))
    shot(page, artifacts, f"{name}-upload")
    page.get_by_role("button", name="Submit").click()
    page.locator("#import-summary").wait_for()
    shot(page, artifacts, f"{name}-preview")


def run_action(page, base, action_label, artifacts, name):
    """Tick the new operation on the list, run a workflow action and confirm it."""
    page.goto(base + "/admin/operations/operation/")
    row = page.locator("#result_list tbody tr", has=page.get_by_role("link", name=SHORT_NAME, exact=True))
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label=action_label)
    page.locator("button[name=index]").click()
    expect(page.get_by_role("heading", name=re.compile("^Confirm:"))).to_be_visible()
    shot(page, artifacts, f"{name}-confirm")
    page.get_by_role("button", name=re.compile("^Yes, ")).click()
    page.locator(".messagelist").wait_for()  # back on the list, with what happened
    shot(page, artifacts, f"{name}-done")


def test_secretariat_editor_enters_imports_and_has_an_operation_published(
    page, chromium, demo_site, artifacts, tmp_path
):
    base = demo_site.url
    staff_account("ana.editor", EDITORS)
    staff_account("boris.reviewer", EDITORS)

    sign_in(page, base, "ana.editor")
    shot(page, artifacts, "01-signed-in")

    # A draft operation with its coordination centre, participants and one figure, in one form.
    page.goto(base + "/admin/operations/operation/add/")
    choose_autocomplete(page, "id_series", "JAD SEE")
    page.locator("#id_edition").fill("2025")
    page.locator("#id_name").fill(NAME)
    page.locator("#id_short_name").fill(SHORT_NAME)
    page.locator("#id_short_name").press("Tab")
    expect(page.locator("#id_slug")).to_have_value(SLUG)  # made from the short name
    page.locator("#id_start_date").fill("2025-11-10")
    page.locator("#id_end_date").fill("2025-11-15")

    page.locator("#coordination_centres-group .add-row a").click()
    page.locator("#id_coordination_centres-0-city").fill("Podgorica")
    choose_autocomplete(page, "id_coordination_centres-0-host_country", "Monte", "Montenegro")

    for index, (country, role) in enumerate(
        [("Montenegro", "Host of the coordination centre"), ("Serbia", "Coordinator of operational activities")]
    ):
        page.locator("#participations-group .add-row a").click()
        choose_autocomplete(page, f"id_participations-{index}-participant", country)
        choose_autocomplete(page, f"id_participations-{index}-roles", role.split()[0], role)

    page.locator("#results-group .add-row a").click()
    choose_autocomplete(page, "id_results-0-metric", "arrests", "Arrests")
    page.locator("#id_results-0-value").fill("412")
    page.locator("#id_results-0-qualifier").select_option(label="exact")
    choose_autocomplete(page, "id_results-0-source", "796 Arrests", SOURCE)
    page.locator("#id_results-0-quote").fill("412 arrests during the action days")
    shot(page, artifacts, "02-draft-form")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist .success")).to_contain_text("was added successfully")
    shot(page, artifacts, "03-draft-saved")

    operation = Operation.objects.get(slug=SLUG)
    assert operation.status == Operation.Status.DRAFT
    assert [str(centre) for centre in operation.coordination_centres.all()] == ["Podgorica, Montenegro"]
    assert sorted(
        (p.participant.name, [role.name for role in p.roles.all()]) for p in operation.participations.all()
    ) == [
        ("Montenegro", ["Host of the coordination centre"]),
        ("Serbia", ["Coordinator of operational activities"]),
    ]
    assert [(r.metric.code, r.value, r.qualifier_id) for r in operation.results.all()] == [("arrests", 412, "exact")]

    # The public site does not show a draft: not its page, not the list, not the results filter.
    visitor = chromium.new_context()
    public = visitor.new_page()
    assert public.goto(f"{base}/operations/{SLUG}/").status == 404
    shot(public, artifacts, "04-public-404")
    public.goto(base + "/operations/")
    expect(public.locator('main a[href="/operations/jad-see-2023/"]')).to_be_visible()
    expect(public.locator(f'main a[href="/operations/{SLUG}/"]')).to_have_count(0)
    assert SHORT_NAME not in public.content() and NAME not in public.content()
    shot(public, artifacts, "05-public-list")
    public.goto(f"{base}/results/?operation={SLUG}")  # not a choice: the filter says so and is ignored
    expect(public.get_by_text("Some values could not be used and were ignored")).to_be_visible()
    expect(public.locator("select[name=operation] option", has_text="JAD SEE 2023")).to_have_count(1)
    expect(public.locator("select[name=operation] option", has_text=SHORT_NAME)).to_have_count(0)
    assert SHORT_NAME not in public.locator("main").inner_text()
    shot(public, artifacts, "06-public-results-filter")
    visitor.close()

    # A results spreadsheet with an unknown metric in its third row: previewed, nothing saved.
    rows = imported_rows("weapons-seizd")
    upload(page, base, write_results(tmp_path / "results-2025.csv", rows), artifacts, "07-import-with-error")
    expect(page.locator("#import-summary")).to_contain_text("2 new, 0 updated, 0 unchanged, 1 with errors")
    problems = page.locator("#import-problems tbody tr")
    expect(problems).to_have_count(1)
    cells = problems.first.locator("td").all_inner_texts()
    assert cells[:3] == ["3", "metric", "weapons-seizd"]
    assert "weapons-seized" in cells[3]  # the closest known code
    preview = page.locator("#import-preview tbody tr")
    assert preview.locator("td.import-type").all_inner_texts() == ["New", "Error", "New"]
    expect(page.get_by_role("button", name="Confirm import")).to_have_count(0)
    assert operation.results.count() == 1

    # The corrected file: three new rows in the preview, saved on confirmation.
    rows = imported_rows("weapons-seized")
    upload(page, base, write_results(tmp_path / "results-2025.csv", rows), artifacts, "08-import-fixed")
    preview = page.locator("#import-preview tbody tr")
    expect(preview).to_have_count(3)
    assert preview.locator("td.import-type").all_inner_texts() == ["New"] * 3
    assert operation.results.count() == 1  # still only previewed
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    shot(page, artifacts, "09-imported")
    assert operation.results.count() == 4
    assert Result.objects.get(operation=operation, metric__code="weapons-seized").value == 187

    # Submitted for review. Its last editor may not publish it (four eyes).
    run_action(page, base, "Submit for review", artifacts, "10-submit")
    expect(page.locator(".messagelist .success")).to_contain_text("1 operation submitted for review")
    operation.refresh_from_db()
    assert operation.status == Operation.Status.SUBMITTED
    run_action(page, base, "Publish", artifacts, "11-publish-own")
    expect(page.locator(".messagelist .error")).to_contain_text("someone else must publish it")
    operation.refresh_from_db()
    assert operation.status == Operation.Status.SUBMITTED

    # A second editor, in a browser of their own, publishes it.
    reviewer_context = chromium.new_context(viewport={"width": 1280, "height": 900})
    reviewer = reviewer_context.new_page()
    sign_in(reviewer, base, "boris.reviewer")
    run_action(reviewer, base, "Publish", artifacts, "12-publish-reviewer")
    expect(reviewer.locator(".messagelist .success")).to_contain_text("1 operation published")
    reviewer_context.close()
    operation.refresh_from_db()
    assert operation.status == Operation.Status.PUBLISHED
    assert operation.published_by.username == "boris.reviewer"

    # Now public, with the figures imported.
    visitor = chromium.new_context()
    public = visitor.new_page()
    assert public.goto(f"{base}/operations/{SLUG}/").status == 200
    expect(public.get_by_role("heading", level=1)).to_have_text(NAME)
    weapons_row = public.locator("tr", has=public.get_by_role("rowheader", name="Weapons seized", exact=True))
    expect(weapons_row).to_contain_text("more than 187")  # imported from the spreadsheet
    shot(public, artifacts, "13-public-operation")
    public.goto(base + "/operations/")
    expect(public.locator(f'main a[href="/operations/{SLUG}/"]')).to_have_text(NAME)
    public.goto(f"{base}/results/?operation={SLUG}")
    expect(public.locator("table tbody tr")).to_have_count(4)
    shot(public, artifacts, "14-public-results")
    visitor.close()

    # The operation's history in the admin: who did what.
    page.goto(f"{base}/admin/operations/operation/{operation.pk}/change/")
    page.get_by_role("link", name="History").click()
    history = page.locator("#change-history tbody tr")
    expect(history).to_have_count(3)
    shot(page, artifacts, "15-history")
    published, submitted, created = (row.locator("td").all_inner_texts() for row in history.all())
    # Object, status, date, what, who, reason, the changes (newest first).
    assert created[3:5] == ["Created", "ana.editor"]
    assert submitted[3:6] == ["Changed", "ana.editor", "workflow: submit"]
    assert re.search(r"Publication status: draft\s*→\s*submitted", submitted[6])
    assert published[3:6] == ["Changed", "boris.reviewer", "workflow: publish"]
    assert re.search(r"Publication status: submitted\s*→\s*published", published[6])
    assert re.search(r"Published by: .*→\s*boris.reviewer", published[6])

    # An imported figure's history names the importer and the file.
    weapons = Result.objects.get(operation=operation, metric__code="weapons-seized")
    page.goto(f"{base}/admin/operations/result/{weapons.pk}/change/")
    page.get_by_role("link", name="History").click()
    history = page.locator("#change-history tbody tr")
    expect(history).to_have_count(1)
    cells = history.first.locator("td").all_inner_texts()
    assert "Created" in cells and "ana.editor" in cells
    assert any(cell.startswith("Imported from results-2025.csv (import #") for cell in cells)
    shot(page, artifacts, "16-figure-history")
