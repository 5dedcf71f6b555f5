"""schema.org Dataset metadata (JSON-LD) on the dataset pages: the register on the home page, each
table, each operation; a data block that no text of the register can close, and that the CSP lets
be (it is not a script: tests/browser/test_citing.py checks Chromium reports no violation)."""

import datetime
import json
import re

import pytest

from operations.models import Operation, Revision
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(response):
    (block,) = BLOCK.findall(response.content.decode())
    return json.loads(block)


def test_the_home_page_describes_the_register(client, world):
    data = json_ld(client.get("/"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Dataset"
    assert data["name"] == "JAD Register"
    assert len(data["description"]) >= 50  # what search engines ask of a dataset's description
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["url"] == "http://testserver/"
    assert data["creator"] == {"@type": "Organization", "name": "JAD Register", "url": "http://testserver/"}
    modified = Revision.objects.state().public_changed_at
    assert data["dateModified"] == modified.isoformat()
    downloads = {(item["contentUrl"], item["encodingFormat"]) for item in data["distribution"]}
    assert ("http://testserver/results/?_export=csv", "text/csv") in downloads
    assert len(downloads) == 10  # five tables, CSV and XLSX
    assert "version" not in data  # no release yet


def test_the_results_table_is_a_dataset_within_the_register(client, world):
    data = json_ld(client.get("/results/?operation=jad-see-2024"))
    assert data["name"] == "Results · JAD Register"
    assert data["url"] == "http://testserver/results/"  # the whole table, whatever the filters
    assert data["isPartOf"]["url"] == "http://testserver/"
    assert [item["encodingFormat"] for item in data["distribution"]] == [
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]


@pytest.mark.parametrize("url", ["/operations/", "/participants/", "/activities/", "/sources/"])
def test_every_table_page_has_its_dataset(client, world, url):
    data = json_ld(client.get(url))
    assert data["@type"] == "Dataset" and data["url"] == f"http://testserver{url}"


def test_an_operation_is_a_dataset_with_its_dates_countries_and_metrics(client, world):
    data = json_ld(client.get("/operations/jad-see-2023/"))
    assert data["name"] == "EMPACT Joint Action Days JAD SEE 2023"
    assert data["temporalCoverage"] == "2023-11-13/2023-11-18"
    assert {"@type": "Place", "name": "North Macedonia"} in data["spatialCoverage"]
    assert data["variableMeasured"] == ["Officers involved"]
    assert "Drug trafficking" in data["keywords"]
    assert data["isPartOf"]["@id"] == "http://testserver/"
    contents = [item["contentUrl"] for item in data["distribution"]]
    assert "http://testserver/operations/jad-see-2023/workbook.xlsx" in contents
    assert "http://testserver/results/?operation=jad-see-2023&_export=csv" in contents


def test_no_text_of_the_register_can_close_the_block(client, world):
    Operation.objects.filter(pk=world.jad_2023.pk).update(
        name="</script><script>alert(1)</script>", description="<!-- & -->"
    )
    response = client.get("/operations/jad-see-2023/")
    assert "<script>alert(1)" not in response.content.decode()
    data = json_ld(response)
    assert data["name"] == "</script><script>alert(1)</script>" and data["description"] == "<!-- & -->"


def test_a_page_without_a_dataset_has_no_block(client, world):
    assert not BLOCK.findall(client.get("/about/").content.decode())


def test_the_moment_is_iso_8601_with_its_offset(client, world):
    modified = datetime.datetime.fromisoformat(json_ld(client.get("/"))["dateModified"])
    assert modified.utcoffset() is not None
    assert modified == Revision.objects.state().public_changed_at
