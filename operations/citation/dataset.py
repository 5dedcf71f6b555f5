"""schema.org `Dataset` metadata for the dataset pages (the home page, the tables, an operation's
page), which search engines and data portals read from a `<script type="application/ld+json">`
block: a data block, which browsers never run, so the site's CSP (no inline scripts) allows it.

Every field is given by the caller; this module only says how schema.org spells them.
"""

from dataclasses import dataclass, field

from .citations import REGISTER

CONTENT_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Download:
    url: str  # absolute
    file_format: str  # "csv" or "xlsx"
    name: str = ""


@dataclass(frozen=True)
class DatasetFacts:
    name: str
    description: str
    url: str  # absolute
    home_url: str  # the register's home page, absolute
    licence_url: str
    modified: object = None  # a datetime (when what is described last changed), or None
    version: str | None = None  # the release, if one is shown
    keywords: tuple = ()
    downloads: tuple = ()
    period: tuple | None = None  # (start date, end date or None)
    places: tuple = ()  # names of countries and places
    variables: tuple = ()  # names of the metrics measured
    part_of: "DatasetFacts | None" = None
    extra: dict = field(default_factory=dict)


def organisation(home_url):
    return {"@type": "Organization", "name": REGISTER, "url": home_url}


def period_text(start, end):
    """ISO 8601's interval, as schema.org's temporalCoverage takes it: '2023-11-13/2023-11-18'."""
    if start is None:
        return None
    return f"{start.isoformat()}/{end.isoformat()}" if end and end != start else start.isoformat()


def json_ld(facts, *, context=True):
    """A JSON-LD object (a dict) describing `facts` as a schema.org Dataset."""
    data = {"@context": "https://schema.org"} if context else {}
    data.update(
        {
            "@type": "Dataset",
            "@id": facts.url,
            "name": facts.name,
            "description": facts.description,
            "url": facts.url,
            "license": facts.licence_url,
            "isAccessibleForFree": True,
            "creator": organisation(facts.home_url),
            "publisher": organisation(facts.home_url),
        }
    )
    if facts.modified is not None:
        data["dateModified"] = facts.modified.isoformat()
    if facts.version:
        data["version"] = facts.version
    if facts.keywords:
        data["keywords"] = list(facts.keywords)
    if facts.period and period_text(*facts.period):
        data["temporalCoverage"] = period_text(*facts.period)
    if facts.places:
        data["spatialCoverage"] = [{"@type": "Place", "name": name} for name in facts.places]
    if facts.variables:
        data["variableMeasured"] = list(facts.variables)
    if facts.downloads:
        data["distribution"] = [
            {
                "@type": "DataDownload",
                "encodingFormat": CONTENT_TYPES[download.file_format],
                "contentUrl": download.url,
                **({"name": download.name} if download.name else {}),
            }
            for download in facts.downloads
        ]
    if facts.part_of is not None:
        whole = facts.part_of
        data["isPartOf"] = {"@type": "Dataset", "@id": whole.url, "name": whole.name, "url": whole.url}
    data.update(facts.extra)
    return data
