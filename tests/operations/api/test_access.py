"""Who may read the API and how: read-only from any origin (CORS on /api/ only), throttled per
address with a JSON 429, no other method than GET, HEAD and OPTIONS, an OpenAPI 3 schema and a
documentation page whose scripts are all this site's files."""

import re

import pytest

from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)
ORIGIN = "https://newsroom.example"


def test_other_sites_may_read_the_api_but_not_the_pages(client, world):
    api = client.get("/api/statements/", HTTP_ORIGIN=ORIGIN)
    assert api["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in api
    page = client.get("/results/", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in page


def test_a_preflight_allows_reading_only(client, world):
    response = client.options(
        "/api/statements/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert response.status_code == 200
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_is_written(client, world, method):
    response = getattr(client, method)("/api/statements/", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response.json()["detail"]
    assert getattr(client, method)(f"/api/statements/{world.arrests_total.pk}/").status_code == 405


def test_head_and_options(client, world):
    assert client.head("/api/operations/").status_code == 200
    assert client.options("/api/operations/").json()["name"]


def test_anonymous_requests_are_throttled_with_a_json_429(client, world, settings):
    settings.API_ANON_RATE = "3/minute"
    assert [client.get("/api/operations/").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get("/api/statements/")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert re.fullmatch(r"Request was throttled\. Expected available in \d+ seconds?\.", response.json()["detail"])
    assert int(response["Retry-After"]) > 0
    # Another address is counted on its own.
    assert client.get("/api/operations/", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_a_forged_forwarded_address_does_not_escape_the_throttle(client, world, settings):
    settings.API_ANON_RATE = "2/minute"
    statuses = [client.get("/api/operations/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)]
    assert statuses == [200, 200, 429]


def test_the_openapi_schema(client, world):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "JAD Register API"
    assert set(schema["paths"]) == {
        f"/api/{name}/{detail}"
        for name, key in [
            ("operations", "{slug}"),
            ("statements", "{id}"),
            ("sources", "{id}"),
            ("activities", "{slug}"),
            ("participants", "{slug}"),
            ("countries", "{slug}"),
        ]
        for detail in ("", f"{key}/")
    }
    assert set(schema["paths"]["/api/statements/"]) == {"get"}
    participant = schema["components"]["schemas"]["ParticipantSummary"]["properties"]
    assert {"display_name", "footnote", "country_code"} <= set(participant)
    assert client.get("/api/schema/?format=yaml").content.startswith(b"openapi: 3.")


def test_the_schema_is_made_once_per_process_and_language(client, world, monkeypatch):
    from drf_spectacular.generators import SchemaGenerator

    made = []
    get_schema = SchemaGenerator.get_schema
    monkeypatch.setattr(SchemaGenerator, "get_schema", lambda self, **kw: made.append(1) or get_schema(self, **kw))
    first = client.get("/api/schema/")
    assert client.get("/api/schema/").content == first.content
    assert client.get("/api/schema/?format=yaml").content.startswith(b"openapi: 3.")
    assert client.get("/api/schema/")["Content-Disposition"] == 'inline; filename="JAD Register API.json"'
    assert client.get("/api/schema/?format=yaml")["Content-Disposition"].endswith('.yaml"')
    assert len(made) == 1
    client.get("/api/schema/", HTTP_ACCEPT_LANGUAGE="mk")
    assert len(made) == 2


def test_the_documentation_page_loads_only_this_sites_scripts(client, world):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.DOTALL)
    assert scripts and all(not body.strip() for _attributes, body in scripts), "an inline script"
    sources = [re.search(r'src="([^"]+)"', attributes)[1] for attributes, _body in scripts]
    assert all(source.startswith(("/static/", "/api/docs/")) for source in sources), sources
    assert "swagger-ui-bundle.js" in html and "cdn" not in html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    start = client.get(next(source for source in sources if source.startswith("/api/docs/")))
    assert start["Content-Type"] == "application/javascript"
    assert b"/api/schema/" in start.content


def test_answers_may_be_cached_by_proxies_for_a_minute(client, world):
    response = client.get("/api/operations/")
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "Accept-Language" in response["Vary"]
    assert client.get("/api/operations/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
