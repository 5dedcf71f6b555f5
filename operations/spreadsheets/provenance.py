"""What every downloaded file says about itself: where it came from, under which licence it may be
reused, when the register it was read from last changed, which release, and how to cite it.

A CSV stays a plain table for scripts (one header row, then the rows): it says this in its HTTP
headers, `Link: <licence>; rel="license", <page>; rel="describedby"` (RFC 8288) and `Last-Modified`.
An XLSX says it in its document properties (title, subject, keywords, comments, and the custom
properties "Licence", "Licence address", "Data last updated", "Release", "Address") and on a last
sheet, "About this file", after the data, so that the data stays the first, active sheet.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import http_date
from django.utils.translation import gettext as _
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font

from operations.citation.citations import REGISTER

from .writing import neutralise, xlsx_value


@dataclass(frozen=True)
class FileFacts:
    title: str  # what the file holds: "Results", "JAD SEE 2023: workbook"
    address: str  # the public page it was downloaded from, absolute
    licence: object  # operations.citation.licence.Licence
    updated: datetime.datetime | None  # when what visitors see of the register last changed
    release: object = None  # operations.citation.releases.ReleaseRef, or None
    citation: str = ""  # how to cite it, as plain text


def add_http_headers(response, facts):
    """The licence, the page and the moment, where a program fetching the file finds them."""
    response["Link"] = f'<{facts.licence.url}>; rel="license", <{facts.address}>; rel="describedby"'
    if facts.updated is not None:
        response["Last-Modified"] = http_date(facts.updated.timestamp())
    return response


def updated_text(facts):
    if facts.updated is None:
        return ""
    return date_format(timezone.localtime(facts.updated), "DATETIME_FORMAT")


def about_lines(facts):
    """(label, text) for the "About this file" sheet, in the language the file was asked in."""
    lines = [
        (_("File"), facts.title),
        (_("Downloaded from"), facts.address),
        (_("Downloaded on"), date_format(timezone.localtime(), "DATETIME_FORMAT")),
        (_("Data last updated"), updated_text(facts) or "—"),
        (
            _("Release"),
            str(facts.release.number) if facts.release is not None else _("None: the register as it is now"),
        ),
        (_("Licence"), f"{facts.licence.name} ({facts.licence.url})"),
        (
            _("Reuse"),
            _("Name JAD Register and the original source of each figure. Figures are as their sources published them."),
        ),
    ]
    if facts.citation:
        lines.append((_("How to cite it"), facts.citation))
    return lines


def custom_properties(facts):
    properties = {
        "Licence": facts.licence.name,
        "Licence address": facts.licence.url,
        "Address": facts.address,
        "Data last updated": facts.updated.isoformat() if facts.updated else "",
        "Release": str(facts.release.number) if facts.release is not None else "",
    }
    return {name: value for name, value in properties.items() if value}


def comments(facts):
    return " ".join(f"{label}: {text}." for label, text in about_lines(facts)[3:6])


def describe_openpyxl(workbook, facts):
    """Properties and a last "About this file" sheet for an openpyxl write-only workbook."""
    properties = workbook.properties
    properties.title = facts.title
    properties.subject = REGISTER
    properties.creator = REGISTER
    properties.keywords = f"JAD Register; {facts.licence.name}"
    properties.description = comments(facts)
    for name, value in custom_properties(facts).items():
        workbook.custom_doc_props.append(StringProperty(name=name, value=value))
    sheet = workbook.create_sheet(title=_("About this file")[:31])
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 100
    bold, wrapped = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for label, text in about_lines(facts):
        label_cell = WriteOnlyCell(sheet, value=xlsx_value(neutralise(str(label))))
        label_cell.font = bold
        text_cell = WriteOnlyCell(sheet, value=xlsx_value(neutralise(str(text))))
        text_cell.alignment = wrapped
        sheet.append([label_cell, text_cell])


def describe_xlsxwriter(workbook, facts):
    """Properties and a last "About this file" sheet for an XlsxWriter workbook (the operation's)."""
    workbook.set_properties(
        {
            "title": facts.title,
            "subject": REGISTER,
            "author": REGISTER,
            "keywords": f"JAD Register; {facts.licence.name}",
            "comments": comments(facts),
        }
    )
    for name, value in custom_properties(facts).items():
        workbook.set_custom_property(name, value)
    sheet = workbook.add_worksheet(_("About this file")[:31])
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 100, workbook.add_format({"text_wrap": True, "valign": "top"}))
    bold = workbook.add_format({"bold": True, "valign": "top"})
    for row, (label, text) in enumerate(about_lines(facts)):
        sheet.write_string(row, 0, neutralise(str(label)), bold)
        sheet.write_string(row, 1, neutralise(str(text)))
