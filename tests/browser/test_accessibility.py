"""axe-core (static/vendor/axe-core, loaded from the static URL so the page's CSP allows it) on every
kind of public page, in English and in Serbian: a serious or critical violation fails the test."""

import json

from operations.models import Activity, Release, Source
from operations.opendata.releases import publish_release
from tests.browser.conftest import shot

AXE = "/static/vendor/axe-core/axe.min.js"
FAILING_IMPACTS = {"serious", "critical"}


def public_pages():
    source = Source.objects.public().order_by("pk").first()
    activity = Activity.objects.public().order_by("pk").first()
    if not Release.objects.exists():
        publish_release(None, "The demo data.\nA second line.")
    return {
        "home": "/",
        "operations": "/operations/",
        "results": "/results/",
        "results-filtered": "/results/?operation=jad-see-2023&metric=weapons-seized&sort=value",
        "participants": "/participants/",
        "activities": "/activities/",
        "sources": "/sources/",
        "operation": "/operations/jad-see-2023/",
        "participant": "/participants/kosovo/",
        "source": source.get_absolute_url(),
        "activity": activity.get_absolute_url(),
        "compare-form": "/compare/",
        "compare": "/compare/?operations=jad-see-2023&operations=jad-see-2024",
        "data": "/data/",
        "releases": "/releases/",
        "release": "/releases/1/",
        "not-found": "/operations/no-such-operation/",
    }


def axe_violations(page, base_url):
    page.add_script_tag(url=base_url + AXE)
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")


def describe(name, url, violation):
    lines = [f"  {name} ({url}) [{violation['impact']}] {violation['id']}: {violation['help']}"]
    for node in violation["nodes"][:5]:
        summary = (node.get("failureSummary") or "").splitlines()
        lines.append(f"      {' '.join(map(str, node['target']))}: {summary[-1].strip() if summary else ''}")
    if len(violation["nodes"]) > 5:
        lines.append(f"      … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def check_pages(page, demo_site, artifacts, language):
    failures, notes = [], []
    for name, url in public_pages().items():
        response = page.goto(demo_site.url + url)
        assert response.status == (404 if name == "not-found" else 200), url
        for violation in axe_violations(page, demo_site.url):
            line = describe(name, url, violation)
            (failures if violation["impact"] in FAILING_IMPACTS else notes).append(line)
        shot(page, artifacts, f"{language}-{name}")
    (artifacts / "axe-minor.txt").write_text("\n".join(notes))
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)


def test_public_pages_have_no_serious_accessibility_violations(page, demo_site, artifacts):
    check_pages(page, demo_site, artifacts, "en")


def test_public_pages_in_serbian_have_no_serious_accessibility_violations(chromium, demo_site, artifacts):
    context = chromium.new_context(locale="sr-Latn-RS", extra_http_headers={"Accept-Language": "sr-Latn-RS,sr;q=0.9"})
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(demo_site.url + "/")
        assert page.locator("html").get_attribute("lang") == "sr-latn"
        check_pages(page, demo_site, artifacts, "sr")
    finally:
        context.close()


def test_axe_is_the_vendored_version(page, demo_site):
    page.goto(demo_site.url + "/")
    page.add_script_tag(url=demo_site.url + AXE)
    assert json.loads(page.evaluate("JSON.stringify(axe.version)")).startswith("4.")


def test_keyboard_focus_is_visible_and_the_skip_link_works(page, demo_site, artifacts):
    page.goto(demo_site.url + "/results/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    shot(page, artifacts, "01-skip-link")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.keyboard.press("Tab")  # the first link in the content
    outline = page.evaluate(
        "(() => { const style = getComputedStyle(document.activeElement);"
        " return [style.outlineStyle, parseFloat(style.outlineWidth)]; })()"
    )
    assert outline[0] == "solid" and outline[1] >= 2
    shot(page, artifacts, "02-focus")
