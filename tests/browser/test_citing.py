"""A visitor cites an operation and one of its figures in Debian's Chromium: opens "Cite this",
copies the BibTeX and the text with the buttons (a static script: the CSP forbids inline ones),
downloads the CSL-JSON; the page's JSON-LD is read and the CSP reports nothing; axe finds no
serious or critical violation with the block open."""

import json
from pathlib import Path

from pybtex.database import parse_string

from tests.browser.conftest import shot
from tests.browser.test_accessibility import FAILING_IMPACTS, axe_violations, describe

# Every CSP violation the page reports, kept before any of its scripts runs.
WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def serious(page, base_url, name):
    return [
        describe(name, page.url, violation)
        for violation in axe_violations(page, base_url)
        if violation["impact"] in FAILING_IMPACTS
    ]


def test_visitor_copies_and_downloads_the_citation_of_an_operation(page, browser_context, demo_site, artifacts):
    browser_context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_site.url)
    page.add_init_script(WATCH_CSP)
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(demo_site.url + "/operations/jad-see-2023/")

    cite = page.locator("details#cite")
    assert cite.get_attribute("open") is None  # folded until asked for
    cite.locator("summary").click()
    copy_bibtex = cite.get_by_role("button", name="Copy BibTeX")
    assert copy_bibtex.is_visible()  # shown by the script
    shot(page, artifacts, "01-cite-open")

    copy_bibtex.click()
    status = cite.locator("#cite-status")
    status.filter(has_text="Copied.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == cite.locator("#cite-bibtex").inner_text()
    entry = parse_string(copied, "bibtex").entries["jad-register-jad-see-2023"]
    assert entry.fields["url"] == f"{demo_site.url}/operations/jad-see-2023/"

    cite.get_by_role("button", name="Copy the text").click()
    page.wait_for_function("navigator.clipboard.readText().then((text) => text.startsWith('JAD Register. ('))")

    with page.expect_download() as download:
        cite.get_by_role("link", name="Download CSL-JSON (.json), for Zotero and other reference managers").click()
    assert download.value.suggested_filename == "jad-see-2023.json"
    (item,) = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert item["type"] == "dataset" and item["URL"] == f"{demo_site.url}/operations/jad-see-2023/"

    metadata = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert metadata["@type"] == "Dataset" and metadata["temporalCoverage"].startswith("2023-11-13")
    assert page.evaluate("window.cspViolations") == []
    assert not [line for line in console if "Content Security Policy" in line]

    failures = serious(page, demo_site.url, "operation with Cite this open")
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)


def test_visitor_goes_from_a_figure_to_its_page_and_cites_it(page, browser_context, demo_site, artifacts):
    browser_context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_site.url)
    page.add_init_script(WATCH_CSP)
    page.goto(demo_site.url + "/operations/jad-see-2023/")
    page.locator("#figure-arrests a").first.click()
    page.wait_for_url("**/operations/jad-see-2023/figures/arrests/")
    assert "Arrests" in page.locator("h1").inner_text()

    cite = page.locator("details#cite")
    cite.locator("summary").click()
    cite.get_by_role("button", name="Copy CSL-JSON").click()
    cite.locator("#cite-status").filter(has_text="Copied.").wait_for()
    (item,) = json.loads(page.evaluate("navigator.clipboard.readText()"))
    assert item["id"] == "jad-register-jad-see-2023-arrests"
    assert item["URL"] == f"{demo_site.url}/operations/jad-see-2023/figures/arrests/"
    shot(page, artifacts, "02-figure-cited")
    assert page.evaluate("window.cspViolations") == []

    failures = serious(page, demo_site.url, "figure with Cite this open")
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)


def test_without_scripts_the_citation_is_there_to_select_and_download(chromium, demo_site):
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(demo_site.url + "/operations/jad-see-2023/")
        page.locator("details#cite summary").click()
        assert page.locator("details#cite button").first.is_hidden()  # nothing to press without the script
        assert page.locator("#cite-text").inner_text().startswith("JAD Register. (")
        assert page.locator("details#cite a[href$='cite.bib']").is_visible()
    finally:
        context.close()
