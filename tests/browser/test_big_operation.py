"""A visitor on the page of an operation too big to show whole (operations.public.groups): the
threshold is lowered and every fold made one fetched on demand, on the demo's JAD SEE 2023."""

import pytest

from operations.public import groups
from tests.browser.conftest import shot
from tests.browser.test_accessibility import FAILING_IMPACTS, axe_violations, describe


@pytest.fixture
def big_pages(settings, monkeypatch):
    settings.OPERATION_PAGE_WHOLE_UP_TO = 5
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(groups, "FOLDED_INLINE", 0)


def test_visitor_opens_a_metrics_statements_fetched_on_demand(page, demo_site, big_pages, artifacts):
    page.goto(demo_site.url + "/operations/jad-see-2023/")
    folds = page.locator("details[data-statements-url]")
    assert folds.count() >= 1
    fold = folds.first
    assert fold.locator(".statements-placeholder a").is_visible() is False  # folded
    shot(page, artifacts, "01-grouped")

    fold.locator("summary").click()
    fold.locator(".metric-statements table").wait_for()
    assert fold.locator(".statements-placeholder").count() == 0  # the link gave way to the statements
    assert fold.locator(".metric-statements tbody tr").count() >= 1
    first_reference = fold.locator(".metric-statements a[href^='#source-']").first
    target = first_reference.get_attribute("href")
    assert page.locator(target).count() == 1  # the numbered source it cites is on the page
    shot(page, artifacts, "02-fold-fetched")
    failures = [
        describe("grouped operation", page.url, violation)
        for violation in axe_violations(page, demo_site.url)
        if violation["impact"] in FAILING_IMPACTS
    ]
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)

    # Without scripts the fold holds a link to the metric's own page, a page of its own.
    url = fold.get_attribute("data-statements-url").removesuffix("?fragment")
    page.goto(demo_site.url + url)
    assert page.locator("h1").inner_text().startswith(page.locator(".breadcrumb-item.active").inner_text())
    assert page.locator(".metric-statements table tbody tr").count() >= 1
    shot(page, artifacts, "03-metric-page")
