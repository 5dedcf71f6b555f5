"""At phone width (390 × 844) the page never scrolls sideways: wide tables scroll inside their own
container and the filters fold away until asked for."""

import pytest

from tests.browser.conftest import shot

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(chromium, artifacts, request):
    context = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        page.screenshot(path=str(artifacts / "failure.png"), full_page=True)
        (artifacts / "failure.html").write_text(page.content())
    context.close()


def page_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_results_at_phone_width_scroll_inside_the_table(phone, demo_site, artifacts):
    phone.goto(demo_site.url + "/results/")
    shot(phone, artifacts, "01-results-390")
    assert page_width(phone) <= PHONE["width"]

    filters = phone.locator("details.filters")
    assert filters.get_attribute("open") is None  # folded away
    assert not phone.get_by_label("Operation", exact=True).is_visible()

    container = phone.locator(".table-responsive").first
    assert container.evaluate("element => element.scrollWidth > element.clientWidth")
    assert container.evaluate("element => getComputedStyle(element).overflowX") == "auto"
    container.evaluate("element => element.scrollBy(200, 0)")
    assert container.evaluate("element => element.scrollLeft") > 0
    assert page_width(phone) <= PHONE["width"]

    phone.locator("summary", has_text="Filter").click()
    assert phone.get_by_label("Operation", exact=True).is_visible()
    assert page_width(phone) <= PHONE["width"]
    shot(phone, artifacts, "02-results-390-filters-open")


PAGES = [
    "/",
    "/operations/",
    "/participants/",
    "/activities/",
    "/sources/",
    "/operations/jad-see-2023/",
    "/participants/kosovo/",
    "/compare/?operations=jad-see-2023&operations=jad-see-2024",
    "/about/",
    "/data/",
    "/releases/",
]


def test_public_pages_fit_a_phone(phone, demo_site, artifacts):
    too_wide = {}
    for number, url in enumerate(PAGES, start=1):
        phone.goto(demo_site.url + url)
        shot(phone, artifacts, f"{number:02d}-390")
        if page_width(phone) > PHONE["width"]:
            too_wide[url] = page_width(phone)
    assert not too_wide, f"wider than the phone's {PHONE['width']} px: {too_wide}"


def test_navigation_is_folded_on_a_phone_until_asked_for(phone, demo_site):
    phone.goto(demo_site.url + "/about/")
    sources_link = phone.get_by_role("navigation", name="Main").get_by_role("link", name="Sources")
    assert not sources_link.is_visible()
    phone.get_by_role("button", name="Toggle navigation").click()
    sources_link.wait_for(state="visible")
    sources_link.click()
    phone.wait_for_url("**/sources/")


def test_navigation_without_javascript_is_shown_whole(chromium, demo_site):
    context = chromium.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/about/")
    assert page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources").is_visible()
    assert not page.get_by_role("button", name="Toggle navigation").is_visible()
    context.close()


def test_figures_stay_in_sight_and_charts_readable_on_a_phone(phone, demo_site, artifacts):
    phone.goto(demo_site.url + "/results/?operation=jad-see-2023")
    figure = phone.locator("tbody tr").first.locator("td.figure-column")
    box = figure.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    phone.locator(".table-responsive").first.evaluate("element => element.scrollBy(300, 0)")
    assert figure.bounding_box()["x"] + box["width"] <= PHONE["width"]  # still there after scrolling
    shot(phone, artifacts, "figures-in-sight")

    phone.goto(demo_site.url + "/operations/jad-see-2023/")
    chart = phone.locator(".bar-chart-svg").first
    chart.scroll_into_view_if_needed()
    view_box_width = float(chart.get_attribute("viewBox").split()[2])
    drawn = chart.bounding_box()["width"]
    assert 13 * drawn / view_box_width >= 11, f"chart text drawn at {13 * drawn / view_box_width:.1f} px"
    assert page_width(phone) <= PHONE["width"]
