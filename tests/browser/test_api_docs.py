"""The API's documentation page in Debian's Chromium, under the site's Content Security Policy: Swagger
UI starts from this site's own files (no inline script, no CDN), lists the endpoints from the
schema, and runs a request ("Try it out") against the API."""

import pytest

from tests.browser.conftest import shot
from tests.migration_data import restore_catalogues
from tests.public_fixtures import build_world


@pytest.fixture
def api_site(live_server, transactional_db):
    restore_catalogues()  # an earlier live-server test's flush deleted the migrations' qualifiers and kinds
    build_world()
    return live_server


def test_the_documentation_page_works_under_the_csp(page, api_site, artifacts):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    outside = []
    page.on("request", lambda request: request.url.startswith(api_site.url) or outside.append(request.url))

    page.goto(api_site.url + "/api/docs/")
    page.get_by_text("JAD Register API").first.wait_for()
    statements = page.locator(".opblock-summary-path", has_text="/api/statements/").first
    statements.wait_for()
    shot(page, artifacts, "01-docs")

    statements.click()
    page.get_by_role("button", name="Try it out").click()
    page.locator("input[placeholder='metric']").fill("arrests")
    page.get_by_role("button", name="Execute").click()
    status = page.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    shot(page, artifacts, "02-try-it-out")
    assert status.inner_text().strip() == "200"
    assert "arrests-smuggling" in page.locator(".live-responses-table .microlight").first.inner_text()

    assert problems == []  # a script or style refused by the CSP would be reported here
    assert outside == []  # nothing fetched from another site
