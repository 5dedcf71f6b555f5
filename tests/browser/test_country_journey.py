"""A visitor goes from an operation to a participating country, its years as charts, one chart on
its own and back, then reads how the register works on the About page: in Debian's Chromium at
desktop width and on a 390 px phone, where nothing scrolls sideways."""

import re

from tests.browser.conftest import shot
from tests.browser.test_chart_sharing import VIEWPORTS, sized_page  # noqa: F401


def fits(page, size):
    return page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[size]["width"]


def test_from_an_operation_to_a_country_its_charts_and_the_about_page(sized_page, demo_site, artifacts):  # noqa: F811
    size, page = sized_page
    page.goto(demo_site.url + "/operations/jad-see-2023/")
    participants = page.locator("section[aria-labelledby=participants-heading] ul")
    participants.get_by_role("link", name="Serbia", exact=True).click()
    page.wait_for_url("**/participants/serbia/")

    assert page.get_by_role("heading", level=1).inner_text().startswith("Serbia")
    for heading in ("Timeline", "Operations", "Capacity building received", "Over the years", "Figures about it"):
        assert page.get_by_role("heading", name=heading, exact=True).is_visible(), heading
    charts = page.locator("section[aria-labelledby=years-heading] svg.bar-chart-svg")
    assert charts.count() == 2
    numbers = page.get_by_role("table", name=re.compile("Operations Serbia took part in, per year"))
    assert numbers.get_by_role("row").count() > 2
    assert fits(page, size)
    shot(page, artifacts, f"{size}-country")

    page.get_by_role(
        "link", name=re.compile(r"This chart on its own, to share or embed\W+Operations Serbia took part in")
    ).click()
    page.wait_for_url("**/participants/serbia/charts/operations-per-year/")
    assert page.get_by_role("heading", level=1).inner_text() == "Operations Serbia took part in, per year"
    assert page.get_by_text("Counted by the JAD Register from the published operations and activities").is_visible()
    assert fits(page, size)
    shot(page, artifacts, f"{size}-country-chart")
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Serbia").click()
    page.wait_for_url("**/participants/serbia/")

    page.get_by_role("contentinfo").get_by_role("link", name="About the register").click()
    page.wait_for_url("**/about/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator("#main").get_by_role("link", name="CC BY 4.0").is_visible()
    assert fits(page, size)
    shot(page, artifacts, f"{size}-about")
