"""The maps in Debian's Chromium: a keyboard user tabs to a country on the map and follows its link,
at desktop and at phone width (where the page never scrolls sideways), and axe finds no serious or
critical violation on the map pages, in English and in Serbian."""

import pytest

from tests.browser.conftest import shot
from tests.browser.test_accessibility import FAILING_IMPACTS, axe_violations, describe

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
AMBER = "rgb(240, 165, 0)"  # a focused country's fill (static/css/site.css)
MAP_PAGES = {"operation": "/operations/jad-see-2023/", "capacity": "/activities/map/"}


@pytest.fixture(params=list(VIEWPORTS))
def sized_page(request, chromium, artifacts):
    phone = request.param == "phone"
    context = chromium.new_context(
        viewport=VIEWPORTS[request.param], device_scale_factor=2 if phone else 1, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield request.param, page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        page.screenshot(path=str(artifacts / "failure.png"), full_page=True)
        (artifacts / "failure.html").write_text(page.content())
    context.close()


def tab_to_the_map(page, most=400):
    """Press Tab from the top of the page until a country on the map has the focus, as a keyboard
    user does; return the focused element."""
    on_map = "document.activeElement && document.activeElement.closest('svg.country-map-svg') !== null"
    for _press in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(on_map):
            break
    else:
        pytest.fail(f"{most} presses of Tab never reached the map")
    focused = page.evaluate_handle("document.activeElement")
    assert focused.evaluate("element => element.tagName.toLowerCase()") == "a"
    return focused


def test_a_keyboard_user_follows_a_country_on_the_map(sized_page, demo_site, artifacts):
    size, page = sized_page
    width = VIEWPORTS[size]["width"]
    for name, first_country in [("operation", "Albania: Cyber patrolling"), ("capacity", "Albania: 29")]:
        url = MAP_PAGES[name]
        page.goto(demo_site.url + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls sideways"
        focused = tab_to_the_map(page)
        assert focused.evaluate("element => element.getAttribute('aria-label')").startswith(first_country)
        # The focused country is seen: filled amber, outlined.
        assert focused.evaluate("element => getComputedStyle(element).fill") == AMBER
        assert focused.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
        shot(page, artifacts, f"{size}-{name}-focused")
        page.keyboard.press("Tab")  # on to the next country, in the table's order
        second = page.evaluate("document.activeElement.getAttribute('aria-label')")
        assert second.split(":")[0] in page.locator("figure.country-map table").inner_text()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_url("**/participants/albania/")
        assert page.get_by_role("heading", level=1).inner_text().startswith("Albania")
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_map_pages_have_no_serious_accessibility_violations(chromium, demo_site, artifacts):
    failures = []
    for language, headers in [("en", {}), ("sr", {"Accept-Language": "sr-Latn-RS,sr;q=0.9"})]:
        context = chromium.new_context(extra_http_headers=headers)
        try:
            page = context.new_page()
            page.set_default_timeout(15_000)
            for name, url in MAP_PAGES.items():
                page.goto(demo_site.url + url)
                assert page.locator("svg.country-map-svg a").count() > 0
                failures += [
                    describe(f"{language} {name}", url, violation)
                    for violation in axe_violations(page, demo_site.url)
                    if violation["impact"] in FAILING_IMPACTS
                ]
                shot(page, artifacts, f"{language}-{name}")
        finally:
            context.close()
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)
