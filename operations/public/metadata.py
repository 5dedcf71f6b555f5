"""schema.org Dataset metadata of the dataset pages (operations.citation.dataset): the register on
its home page, each table (its data as CSV and XLSX) and each operation (its figures, dates,
countries and downloads), each a part of the register. Built from what the page already read."""

from django.urls import reverse
from django.utils.translation import gettext as _

from operations.citation.dataset import DatasetFacts, Download, json_ld
from operations.citation.licence import data_licence
from operations.citation.releases import current_release

from .cache import public_changed_at

KEYWORDS = ("EMPACT", "Joint Action Days", "law enforcement", "organised crime", "capacity building")


def absolute(request, path):
    """The absolute address of `path`, in the release the page shows (`?release=N` added)."""
    release = current_release(request)
    if release is not None:
        path = f"{path}{'&' if '?' in path else '?'}release={release.number}"
    return request.build_absolute_uri(path)


def register_facts(request):
    release = current_release(request)
    home = absolute(request, reverse("operations:home"))
    tables = [
        ("operations", "operations:list"),
        ("results", "operations:result_list"),
        ("participants", "participants:list"),
        ("activities", "operations:activity_list"),
        ("sources", "operations:source_list"),
    ]
    return DatasetFacts(
        name="JAD Register",
        description=_(
            "A public register of the results of multinational law-enforcement Joint Action Days and the "
            "capacity building around them."
        )
        + " "
        + _("Every figure is recorded as its source published it, with the source beside it."),
        url=home,
        home_url=home,
        licence_url=data_licence().url,
        modified=public_changed_at(request),
        version=str(release.number) if release else None,
        keywords=KEYWORDS,
        downloads=tuple(
            Download(absolute(request, f"{reverse(name)}?_export={file_format}"), file_format, f"{table}.{file_format}")
            for table, name in tables
            for file_format in ("csv", "xlsx")
        ),
    )


def register_json_ld(request):
    return json_ld(register_facts(request))


def table_json_ld(request, title, description):
    """A table page: the whole table (the address without filters) and its downloads."""
    url = absolute(request, request.path)
    whole = register_facts(request)
    facts = DatasetFacts(
        name=f"{title} · JAD Register",
        description=str(description),
        url=url,
        home_url=whole.home_url,
        licence_url=whole.licence_url,
        modified=whole.modified,
        version=whole.version,
        keywords=KEYWORDS,
        downloads=tuple(
            Download(absolute(request, f"{request.path}?_export={file_format}"), file_format)
            for file_format in ("csv", "xlsx")
        ),
        part_of=whole,
    )
    return json_ld(facts)


def operation_json_ld(request, operation, metrics, countries):
    """An operation's page: its figures as a Dataset, with the metrics they measure (`metrics`), the
    countries that took part (`countries`, participants with a country code) and its downloads."""
    whole = register_facts(request)
    results = reverse("operations:result_list")
    description = operation.description or _(
        "Figures published about %(name)s: each statement with its source, qualifier and quote, the participants, "
        "the coordination centre and the capacity building that supported it."
    ) % {"name": operation.name}
    facts = DatasetFacts(
        name=operation.name,
        description=description,
        url=absolute(request, operation.get_absolute_url()),
        home_url=whole.home_url,
        licence_url=whole.licence_url,
        modified=whole.modified,
        version=whole.version,
        keywords=(*KEYWORDS, *(area.name for area in operation.crime_areas.all())),
        downloads=(
            Download(absolute(request, reverse("operations:workbook", args=[operation.slug])), "xlsx", "workbook"),
            Download(absolute(request, f"{results}?operation={operation.slug}&_export=csv"), "csv", "results"),
            Download(absolute(request, f"{results}?operation={operation.slug}&_export=xlsx"), "xlsx", "results"),
        ),
        period=(operation.start_date, operation.end_date),
        places=tuple(dict.fromkeys(country.display_name for country in countries)),
        variables=tuple(dict.fromkeys(str(metric.name) for metric in metrics)),
        part_of=whole,
    )
    return json_ld(facts)
