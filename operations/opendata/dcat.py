"""The register's DCAT-AP catalogue record (JSON-LD), which open-data portals harvest: a
dcat:Catalog with one dcat:Dataset, the public register, whose distributions are the data package
(/data/jad-register.zip, with the size, SHA-256 and date of the file it serves now), each public
table's CSV and XLSX, and every release's frozen package with its SHA-256; with its licence,
publisher, contact point, and when it was issued and modified.

The vocabularies are the ones DCAT-AP names: the EU's authority tables for file types, languages,
themes and frequencies, IANA media types, SPDX checksums, vCard for the contact point."""

from django.conf import settings
from django.db.models import Max, Min
from django.db.models.functions import Coalesce
from django.urls import reverse

from operations.models import Activity, Correction, Operation, Release, Result
from operations.public.listing import EXPORT_PARAMETER

from .package import DESCRIPTION, KEYWORDS, TITLE, site_address

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
AUTHORITY = "http://publications.europa.eu/resource/authority/"
MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"
FORMATS = {
    "zip": ("ZIP", "application/zip"),
    "csv": ("CSV", "text/csv"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
LANGUAGES = ("ENG", "SRP", "MKD", "SQI")
DATA_PACKAGE_SPEC = "https://specs.frictionlessdata.io/data-package/"
#: The public tables with a CSV and an XLSX download: (the page's URL name, what it lists).
TABLE_EXPORTS = (
    ("operations:list", "Operations"),
    ("operations:result_list", "Results (statements)"),
    ("participants:list", "Participants"),
    ("operations:activity_list", "Capacity-building activities"),
    ("operations:source_list", "Sources"),
)


def typed(value, datatype):
    return {"@value": value, "@type": f"xsd:{datatype}"}


def moment(value):
    return typed(value.isoformat(), "dateTime") if value else None


def dates():
    """When the register was first published and last changed in public: an operation or activity
    published or withdrawn, a figure added or changed, a correction, a release."""
    public_or_withdrawn = Operation.objects.filter(status__in=[Operation.Status.PUBLISHED, Operation.Status.WITHDRAWN])
    operations = public_or_withdrawn.aggregate(
        first=Min(Coalesce("published_at", "created_at")), last=Max("updated_at")
    )
    changes = [
        operations["last"],
        Activity.objects.public().aggregate(last=Max("published_at"))["last"],
        Result.objects.public().aggregate(last=Max("updated_at"))["last"],
        Correction.objects.aggregate(last=Max("corrected_at"))["last"],
        Release.objects.aggregate(last=Max("published_at"))["last"],
    ]
    changed = [moment for moment in changes if moment is not None]
    return operations["first"], max(changed) if changed else None


def licence():
    return {"@id": settings.DATA_LICENCE_URL, "@type": "dct:LicenseDocument", "dct:title": settings.DATA_LICENCE_NAME}


def publisher():
    return {"@id": site_address("/#publisher"), "@type": "foaf:Agent", "foaf:name": settings.DATA_PUBLISHER_NAME}


def contact_point():
    contact = {"@type": "vcard:Organization", "vcard:fn": settings.DATA_PUBLISHER_NAME}
    if settings.DATA_CONTACT_EMAIL:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{settings.DATA_CONTACT_EMAIL}"}
    else:
        contact["vcard:hasURL"] = {"@id": site_address(reverse("operations:about"))}
    return contact


def distribution(address, title, file_format, *, description="", **more):
    file_type, media_type = FORMATS[file_format]
    described = {
        "@id": address,
        "@type": "dcat:Distribution",
        "dct:title": title,
        "dcat:accessURL": {"@id": address},
        "dcat:downloadURL": {"@id": address},
        "dct:format": {"@id": f"{AUTHORITY}file-type/{file_type}"},
        "dcat:mediaType": {"@id": f"{MEDIA_TYPE}{media_type}"},
        "dct:license": licence(),
    }
    if description:
        described["dct:description"] = description
    described.update(more)
    return described


def file_facts(size, sha256):
    return {
        "dcat:byteSize": typed(str(size), "nonNegativeInteger"),
        "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
            "spdx:checksumValue": typed(sha256, "hexBinary"),
        },
    }


def distributions(kept_package=None):
    """The downloads; `kept_package`: the DataPackage /data/jad-register.zip serves now, if any."""
    served = {"dct:conformsTo": {"@id": DATA_PACKAGE_SPEC}}
    if kept_package is not None:
        served["dct:modified"] = moment(kept_package.created)
        served.update(file_facts(kept_package.size, kept_package.sha256))
    package = distribution(
        site_address(reverse("operations:data_package")),
        "The whole public register (data package)",
        "zip",
        description="One CSV file per table and a datapackage.json describing them (Frictionless Data Package).",
        **served,
    )
    found = [package]
    for url_name, title in TABLE_EXPORTS:
        for file_format in ("csv", "xlsx"):
            address = site_address(f"{reverse(url_name)}?{EXPORT_PARAMETER}={file_format}")
            found.append(distribution(address, f"{title} ({file_format.upper()})", file_format))
    for release in Release.objects.latest_first():
        found.append(
            distribution(
                site_address(release.get_download_url()),
                f"Release {release.number} (data package)",
                "zip",
                description=release.notes,
                **{
                    "dct:issued": moment(release.published_at),
                    **file_facts(release.package_size, release.package_sha256),
                    "dct:conformsTo": {"@id": DATA_PACKAGE_SPEC},
                },
            )
        )
    return found


def catalogue_record(kept_package=None):
    """The record, as a JSON-LD document (`kept_package`: as for `distributions`)."""
    issued, modified = dates()
    languages = [{"@id": f"{AUTHORITY}language/{code}"} for code in LANGUAGES]
    dataset = {
        "@id": site_address(reverse("operations:data")),
        "@type": "dcat:Dataset",
        "dct:identifier": site_address(reverse("operations:data")),
        "dct:title": TITLE,
        "dct:description": DESCRIPTION,
        "dcat:keyword": KEYWORDS,
        "dcat:theme": {"@id": f"{AUTHORITY}data-theme/JUST"},
        "dct:publisher": publisher(),
        "dcat:contactPoint": contact_point(),
        "dcat:landingPage": {"@id": site_address(reverse("operations:data"))},
        "dct:language": languages,
        "dct:accrualPeriodicity": {"@id": f"{AUTHORITY}frequency/IRREG"},
        "dct:spatial": {"@id": f"{AUTHORITY}continent/EUROPE"},
        "dcat:distribution": distributions(kept_package),
    }
    catalogue = {
        "@id": site_address("/"),
        "@type": "dcat:Catalog",
        "dct:title": TITLE,
        "dct:description": "The open data of JAD Register.",
        "dct:publisher": publisher(),
        "foaf:homepage": {"@id": site_address("/")},
        "dct:language": languages,
        "dct:license": licence(),
        "dcat:dataset": [dataset],
    }
    for node in (dataset, catalogue):
        if issued:
            node["dct:issued"] = moment(issued)
        if modified:
            node["dct:modified"] = moment(modified)
    return {"@context": CONTEXT, **catalogue}
