"""The comparison page as CSV or XLSX: one row per figure, the operations' columns side by side.

Per operation: the headline value (a real number), its qualifier ('not reported' when the
source names the item without a figure), and the figure checks' inconsistencies; from the second
operation on, the change from the one before, absolute and in percent (numbers, rounded to 0.1).
Text goes through `spreadsheets.neutralise`, numbers stay native, as in every export.
"""

import io

from django.http import HttpResponse

from .exports import native_number, note_for, plain_number
from .provenance import add_http_headers, describe_openpyxl
from .writing import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, csv_chunks, export_filename, neutralise, write_workbook


def header(comparison):
    columns = ["Metric", "Part of", "Level", "Country"]
    for index, operation in enumerate(comparison.operations):
        name = operation.short_name
        columns += [f"{name}: value", f"{name}: unit", f"{name}: qualifier"]
        if index:
            columns += [f"{name}: change", f"{name}: change (%)"]
        columns.append(f"{name}: inconsistency")
    return [*columns, "Note"]


def qualifier_text(statement):
    if statement is None:
        return None
    if statement.value is None:
        return "not reported"
    return str(statement.qualifier.label)


def rows(comparison, number):
    text = neutralise
    for row in comparison.rows:
        metric = row.metric
        line = [
            text(metric.name),
            text(metric.parent.name) if metric.parent_id else None,
            row.depth,
            text(row.country.display_name) if row.country is not None else None,
        ]
        for index, cell in enumerate(row.cells):
            unit = cell.statement.unit if cell.statement is not None else None
            unit_text = text(unit.symbol or unit.name) if unit else None
            line += [number(cell.value), unit_text, qualifier_text(cell.statement)]
            if index:
                change = cell.change
                line += [
                    number(change.absolute) if change else None,
                    number(change.percent_rounded) if change and change.percent is not None else None,
                ]
            line.append(text(" ".join(finding.message for finding in cell.inconsistencies)) or None)
        line.append(text(note_for([row.country] if row.country is not None else [])))
        yield line


def response(comparison, export_format, facts=None):
    """The comparison as a downloadable CSV or XLSX file; `facts` (provenance.FileFacts): its
    licence, page and moment."""
    filename = export_filename("comparison", [operation.slug for operation in comparison.operations], export_format)
    columns = [neutralise(column) for column in header(comparison)]
    if export_format == "csv":
        response = HttpResponse(
            "".join(csv_chunks(columns, rows(comparison, plain_number))), content_type=CSV_CONTENT_TYPE
        )
    else:
        stream = io.BytesIO()
        widths = [30, 20, 6, 18] + [14] * (len(columns) - 5) + [40]
        describe = (lambda workbook: describe_openpyxl(workbook, facts)) if facts else None
        write_workbook(stream, "Comparison", columns, rows(comparison, native_number), widths=widths, describe=describe)
        response = HttpResponse(stream.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if facts is not None:
        add_http_headers(response, facts)
    return response
