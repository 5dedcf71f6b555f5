"""Issue 19's public pages in Debian's Chromium, in every language of the site, at desktop width
and on a 390 px phone: the country page, the capacity-building map, the search, the About page and
the charts' own pages (an operation's, a country's, a comparison's, and the embed view). Each page
answers in its language, never scrolls sideways on the phone, and axe finds no serious or critical
violation."""

import pytest

from tests.browser.conftest import shot
from tests.browser.test_accessibility import FAILING_IMPACTS, axe_violations, describe

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
#: What the browser says it reads, and the language the page must answer in (its <html lang>).
LANGUAGES = {
    "en": "en-GB,en;q=0.9",
    "sr-latn": "sr-Latn-RS,sr-Latn;q=0.9",
    "sr": "sr-RS,sr;q=0.9",
    "mk": "mk-MK,mk;q=0.9",
    "sq": "sq-AL,sq;q=0.9",
}
PAGES = {
    "country": "/participants/serbia/",
    "country-kosovo": "/participants/kosovo/",
    "capacity-map": "/activities/map/",
    "search": "/search/?q=Skopje",
    "search-cyrillic": "/search/?q=%D0%A1%D0%BA%D0%BE%D0%BF%D1%98%D0%B5",
    "about": "/about/",
    "operation-chart": "/operations/jad-see-2023/charts/arrests/",
    "country-chart": "/participants/serbia/charts/operations-per-year/",
    "comparison-chart": "/compare/charts/arrests/?operations=jad-see-2023&operations=jad-see-2024",
    "embed": "/operations/jad-see-2023/charts/arrests/embed/",
}


def visit_in_every_language(chromium, demo_site, artifacts, size):
    viewport = VIEWPORTS[size]
    phone = size == "phone"
    failures = []
    for language, accept in LANGUAGES.items():
        context = chromium.new_context(
            viewport=viewport,
            device_scale_factor=2 if phone else 1,
            is_mobile=phone,
            has_touch=phone,
            extra_http_headers={"Accept-Language": accept},
        )
        try:
            page = context.new_page()
            page.set_default_timeout(15_000)
            for name, url in PAGES.items():
                response = page.goto(demo_site.url + url)
                where = f"{language} {size} {name}"
                if response.status != 200:
                    failures.append(f"  {where} ({url}): answered {response.status}")
                    continue
                if page.locator("html").get_attribute("lang") != language:
                    failures.append(f"  {where}: <html lang={page.locator('html').get_attribute('lang')}>")
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > viewport["width"]:
                    failures.append(f"  {where}: {width} px wide, wider than the {viewport['width']} px window")
                failures += [
                    describe(where, url, violation)
                    for violation in axe_violations(page, demo_site.url)
                    if violation["impact"] in FAILING_IMPACTS
                ]
                if language in ("en", "sr"):
                    shot(page, artifacts, f"{language}-{size}-{name}")
        finally:
            context.close()
    assert not failures, "In some language or width:\n" + "\n".join(failures)


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_issue_19_pages_in_every_language(chromium, demo_site, artifacts, size):
    visit_in_every_language(chromium, demo_site, artifacts, size)
