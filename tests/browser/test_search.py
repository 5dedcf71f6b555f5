"""A visitor searches from the navigation bar, in Cyrillic, on a desktop and on a phone (390 px),
and follows a hit to its page."""

import re

from tests.browser.conftest import shot
from tests.browser.test_responsive import PHONE, page_width, phone  # noqa: F401


def search_from_the_navigation(page, text):
    box = page.get_by_role("search").get_by_label("Search the register")
    box.fill(text)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))


def test_a_search_in_cyrillic_finds_the_latin_records(page, demo_site, artifacts):
    page.goto(demo_site.url + "/")
    search_from_the_navigation(page, "Скопје")
    shot(page, artifacts, "01-search-skopje")
    assert page.get_by_role("heading", name="Search", level=1).is_visible()
    assert page.locator("#search-query").input_value() == "Скопје"
    operations = page.locator("#search-operations li a")
    assert operations.count() >= 1
    quotes = page.locator("#search-quotes mark")
    assert quotes.count() >= 1 and quotes.first.inner_text() == "Skopje"

    address = operations.first.get_attribute("href")
    operations.first.click()
    page.wait_for_url(demo_site.url + address)
    assert page.locator("h1").is_visible()

    page.goto(demo_site.url + "/search/?q=%22%3B+drop")
    assert page.locator("[role=status]").first.is_visible()


def test_a_search_on_a_phone(phone, demo_site, artifacts):  # noqa: F811
    phone.goto(demo_site.url + "/")
    phone.get_by_role("button", name="Toggle navigation").click()
    search_from_the_navigation(phone, "europol")
    shot(phone, artifacts, "01-search-phone")
    assert phone.locator("#search-participants li a", has_text="Europol").is_visible()
    assert page_width(phone) <= PHONE["width"]
