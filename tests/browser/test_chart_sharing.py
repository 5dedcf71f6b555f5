"""A journalist takes a chart away, in Debian's Chromium at desktop width and on a 390 px phone: from
an operation's page to the chart's own page, its SVG and PNG downloaded, its embed code pasted into a
news article on another site, where the embed view shows and the chart's page itself is refused
(the site forbids framing everywhere else)."""

import re
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import shot

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=list(VIEWPORTS))
def sized_page(request, chromium, artifacts):
    phone = request.param == "phone"
    context = chromium.new_context(
        viewport=VIEWPORTS[request.param],
        device_scale_factor=2 if phone else 1,
        is_mobile=phone,
        has_touch=phone,
        accept_downloads=True,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield request.param, page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        page.screenshot(path=str(artifacts / "failure.png"), full_page=True)
        (artifacts / "failure.html").write_text(page.content())
    context.close()


@contextmanager
def news_site(article):
    """Another site, on this machine: a server on 127.0.0.1 (the register's live server is
    localhost, another origin) answering every address with `article`."""

    class Article(BaseHTTPRequestHandler):
        def do_GET(self):
            body = article.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/2024/arrests-in-the-region"
    finally:
        server.shutdown()
        server.server_close()


def download(page, link_name):
    with page.expect_download() as caught:
        page.get_by_role("link", name=link_name).click()
    return caught.value.suggested_filename, open(caught.value.path(), "rb").read()


def test_a_chart_is_shared_downloaded_and_embedded_in_an_article(sized_page, demo_site, artifacts):
    size, page = sized_page
    page.goto(demo_site.url + "/operations/jad-see-2023/")
    # The link names its chart for screen readers ("… to share or embed : Arrests: breakdown" in Chromium).
    page.get_by_role("link", name=re.compile(r"This chart on its own, to share or embed\W+Arrests: breakdown")).click()
    page.wait_for_url("**/operations/jad-see-2023/charts/arrests/")
    assert page.get_by_role("heading", level=1).inner_text() == "Arrests: breakdown"
    assert page.get_by_role("table").first.inner_text().count("Migrant smuggling") == 1
    assert page.locator("#main").get_by_role("link", name="CC BY 4.0").get_attribute("rel") == "license"
    assert page.get_by_label("Its permanent address").input_value() == page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[size]["width"]
    shot(page, artifacts, f"{size}-chart-page")

    name, svg = download(page, "SVG (vector, with its numbers as text)")
    assert name == "jad-see-2023-arrests.svg"
    assert svg.startswith(b"<?xml") and b"Arrests: breakdown" in svg and b">218<" in svg
    name, png = download(page, "PNG (picture)")
    assert name == "jad-see-2023-arrests.png" and png.startswith(b"\x89PNG\r\n\x1a\n")

    snippet = page.get_by_label("Embed it in an article: copy this code into the page").input_value()
    assert re.fullmatch(
        r'<iframe src="[^"]+/charts/arrests/embed/\?lang=en" title="Arrests: breakdown" .*></iframe>', snippet
    )
    chart_page = page.url
    article = f"""<!doctype html><html lang="en"><title>News</title><h1>Arrests in the region</h1>
        {snippet}
        <iframe id="not-embeddable" src="{chart_page}" title="the chart's page"></iframe>"""
    with news_site(article) as article_address:
        page.goto(article_address)
        check_the_article(page, size, artifacts)


def check_the_article(page, size, artifacts):
    embedded = page.frame_locator("iframe[src*='/embed/']")
    assert embedded.get_by_role("heading", level=1).inner_text() == "Arrests: breakdown"
    assert embedded.locator("svg.bar-chart-svg").is_visible()
    assert embedded.get_by_role("link", name="JAD Register").get_attribute("target") == "_blank"
    shot(page, artifacts, f"{size}-news-article")
    # The chart's page is not framed: Chromium shows its error page in the frame instead.
    refused = next(
        frame for frame in page.frames if frame.name == "" and frame.url != page.url and "embed" not in frame.url
    )
    assert refused.url.startswith("chrome-error://")
