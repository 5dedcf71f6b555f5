"""End-to-end tests in Debian's Chromium, driven by Playwright against pytest-django's live server.

Chromium is never downloaded: it is /usr/bin/chromium (Debian's package). Without it the browser
tests are skipped with a plain message, except in CI (CI=true), where a missing browser fails.
Each test saves screenshots under artifacts/browser/<test>/; a failure adds the page's HTML.
"""

import os
import re
from pathlib import Path

import pytest

from tests.demo_snapshot import load_demo_register
from tests.migration_data import rerun_data_migration

# Playwright's sync API runs an event loop; Django refuses database access inside one otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        message = f"Browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)."
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + " CI must have it.")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def artifacts(request):
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser_context(chromium):
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(browser_context, artifacts, request):
    page = browser_context.new_page()
    page.set_default_timeout(15_000)
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        page.screenshot(path=str(artifacts / "failure.png"), full_page=True)
        (artifacts / "failure.html").write_text(page.content())


@pytest.fixture
def demo_site(live_server, transactional_db):
    load_demo_register()
    return live_server


def shot(page, artifacts, name):
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


# --- Staff journeys: accounts, signing in, select2 ----------------------------------------------------

STAFF_PASSWORD = "correct horse battery staple 2025"


def staff_account(username, group_name, password=STAFF_PASSWORD):
    """A staff user in one of the two groups (operations.review.access); the groups come from a data
    migration, written again when a live-server test's flush deleted them."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if not Group.objects.filter(name=group_name).exists():
        rerun_data_migration("operations", "0004_roles_groups", "create_groups")
        rerun_data_migration("operations", "0010_catalogue_permissions", "grant")
        rerun_data_migration("operations", "0012_import_records", "grant")
        rerun_data_migration("operations", "0013_name_mappings", "grant")
    user = get_user_model().objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def sign_in(page, base_url, username, password=STAFF_PASSWORD):
    """Through the admin's real login form (django-axes refuses a sign-in without a request)."""
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.locator("#user-tools").wait_for()


def choose_autocomplete(page, field_id, text, option=None):
    """Choose in an admin autocomplete (select2) widget: open the one beside the hidden <select
    id=field_id>, type `text`, and click the option named exactly `option` (default: `text`)."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill(text)
    wanted = re.compile(rf"^\s*{re.escape(option or text)}\s*$")
    page.locator(".select2-results__option", has_text=wanted).click()
    page.locator(".select2-container--open .select2-dropdown").wait_for(state="detached")
