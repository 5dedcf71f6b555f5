"""The DCAT-AP catalogue record (/data/catalog.jsonld): read as RDF by rdflib, it has the classes
and properties DCAT-AP requires and recommends, and a distribution for the data package, each
public table's CSV and XLSX, and every release with its checksum."""

import pytest
from django.test import override_settings
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from operations.models import Revision
from operations.opendata.current import keep_current_package
from operations.opendata.releases import publish_release

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),  # rdflib's JSON-LD parser
]

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SITE = "https://register.example.org"


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE


def record(client):
    response = client.get("/data/catalog.jsonld")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    return Graph().parse(data=response.content, format="json-ld")


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


def test_the_catalogue_and_its_dataset_have_what_dcat_ap_requires(client, world):
    graph = record(client)
    catalogue = URIRef(f"{SITE}/")
    assert list(graph.subjects(RDF.type, DCAT.Catalog)) == [catalogue]
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCTERMS.license, FOAF.homepage):
        one(graph, catalogue, predicate)
    dataset = one(graph, catalogue, DCAT.dataset)
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    assert dataset == URIRef(f"{SITE}/data/")
    assert str(one(graph, dataset, DCTERMS.title)) == "JAD Register"
    assert "Joint Action Days" in str(one(graph, dataset, DCTERMS.description))
    publisher = one(graph, dataset, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in graph and str(one(graph, publisher, FOAF.name))
    assert one(graph, dataset, DCAT.theme) == URIRef("http://publications.europa.eu/resource/authority/data-theme/JUST")
    assert set(graph.objects(dataset, DCTERMS.language)) >= {
        URIRef("http://publications.europa.eu/resource/authority/language/ENG")
    }
    assert list(graph.objects(dataset, DCAT.keyword))
    issued, modified = one(graph, dataset, DCTERMS.issued), one(graph, dataset, DCTERMS.modified)
    assert issued.datatype == modified.datatype == XSD.dateTime and issued.toPython() <= modified.toPython()


def test_the_contact_point_comes_from_the_settings(client, world):
    graph = record(client)
    contact = one(graph, URIRef(f"{SITE}/data/"), DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Organization) in graph
    assert one(graph, contact, VCARD.hasURL) == URIRef(f"{SITE}/about/")  # no address given: the About page
    with override_settings(DATA_CONTACT_EMAIL="opendata@register.example.org", DATA_PUBLISHER_NAME="The secretariat"):
        from django.core.cache import caches

        caches["local"].clear()  # the record is kept per revision of the register
        graph = record(client)
    contact = one(graph, URIRef(f"{SITE}/data/"), DCAT.contactPoint)
    assert one(graph, contact, VCARD.hasEmail) == URIRef("mailto:opendata@register.example.org")
    assert one(graph, contact, VCARD.fn) == Literal("The secretariat")


def test_every_download_is_a_distribution_with_its_licence(client, world, editor):
    release = publish_release(editor, "The first release.")
    graph = record(client)
    dataset = URIRef(f"{SITE}/data/")
    distributions = set(graph.objects(dataset, DCAT.distribution))
    addresses = {str(one(graph, distribution, DCAT.accessURL)): distribution for distribution in distributions}
    expected = {f"{SITE}/data/jad-register.zip", f"{SITE}/releases/1/package.zip"} | {
        f"{SITE}{path}?_export={file_format}"
        for path in ("/operations/", "/results/", "/participants/", "/activities/", "/sources/")
        for file_format in ("csv", "xlsx")
    }
    assert set(addresses) == expected
    file_type = "http://publications.europa.eu/resource/authority/file-type/"
    for address, distribution in addresses.items():
        assert (distribution, RDF.type, DCAT.Distribution) in graph
        assert one(graph, distribution, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
        assert one(graph, distribution, DCAT.downloadURL) == URIRef(address)
        kind = "ZIP" if address.endswith(".zip") else address.rsplit("=", 1)[1].upper()
        assert one(graph, distribution, DCTERMS["format"]) == URIRef(file_type + kind)
        assert str(one(graph, distribution, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
    frozen = addresses[f"{SITE}/releases/1/package.zip"]
    checksum = one(graph, frozen, SPDX.checksum)
    assert one(graph, checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
    assert str(one(graph, checksum, SPDX.checksumValue)) == release.package_sha256
    assert one(graph, frozen, DCAT.byteSize).toPython() == release.package_size


def test_the_package_distribution_describes_the_file_the_download_serves(client, world):
    package = URIRef(f"{SITE}/data/jad-register.zip")
    assert not list(record(client).objects(package, SPDX.checksum))  # none kept yet: nothing to describe
    kept = keep_current_package()
    Revision.objects.bump()  # a change the worker has not built yet: the download still serves `kept`
    graph = record(client)
    assert str(one(graph, one(graph, package, SPDX.checksum), SPDX.checksumValue)) == kept.sha256
    assert one(graph, package, DCAT.byteSize).toPython() == kept.size
    assert one(graph, package, DCTERMS.modified).toPython() == kept.created


def test_the_record_names_no_draft(client, world):
    text = client.get("/data/catalog.jsonld").content.decode()
    assert "Secret" not in text and "jad-see-2025" not in text
