"""The editor's screens at a laptop's 1,280 px: the admin home shows what waits, the results list
shows value, qualifier and source without scrolling sideways, and an operation's page fits."""

import pytest

from operations.models import Operation
from operations.review.access import EDITORS
from tests.browser.conftest import shot, sign_in, staff_account

LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture
def laptop(chromium, artifacts):
    context = chromium.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def overflow(page):
    """How many pixels the page is wider than the window (0: nothing to scroll sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_editor_screens_fit_a_laptop(laptop, demo_site, artifacts):
    staff_account("ana.editor", EDITORS)
    sign_in(laptop, demo_site.url, "ana.editor")

    laptop.goto(demo_site.url + "/admin/")
    shot(laptop, artifacts, "01-admin-home")
    assert laptop.get_by_role("heading", name="What waits").is_visible()
    assert overflow(laptop) <= 0

    laptop.goto(demo_site.url + "/admin/operations/result/")
    shot(laptop, artifacts, "02-results")
    headers = laptop.locator("#result_list thead th").all_inner_texts()
    for column in ("Value", "Qualifier", "Source"):
        assert any(column.upper() in header.upper() for header in headers), headers
    assert overflow(laptop) <= 0, "the results list scrolls sideways"

    operation = Operation.objects.get(slug="jad-see-2023")
    laptop.goto(f"{demo_site.url}/admin/operations/operation/{operation.pk}/change/")
    shot(laptop, artifacts, "03-operation")
    assert overflow(laptop) <= 0, "the operation's page scrolls sideways"
