"""The floors the exports are compared with, run as a subprocess (for its own peak memory):

    python bench/floor.py csv DATABASE METRIC_IDS    # csv.writer over a sqlite3 cursor
    python bench/floor.py xlsx DATABASE METRIC_IDS   # openpyxl write-only, the same rows

Both read the cells the results export writes (the same joins, filter and order, written by hand
in SQL) with plain sqlite3, and do no more than the format needs: the CSV writer gets the row
tuples as they come; the workbook gets the same tuples with dates as dates, and a header row.
"""

import csv
import datetime
import io
import json
import sys
import time
from pathlib import Path

HEADER = [
    "Operation", "Activity", "Metric", "Country", "Country code", "Value", "Unit", "Qualifier", "Source",
    "Source date", "Source address", "As published", "Note", "Id",
]  # fmt: skip
SOURCE_DATE = HEADER.index("Source date")

# The cells the results export writes (operations/spreadsheets/exports.py, ResultExport), made by
# SQLite: the operation's or activity's name, the metric with its parent, the country with its
# asterisk and footnote, the statement's unit (symbol, else name), the qualifier's words. Only the
# formula neutralising is left out (no synthetic text starts with = + - @).
SQL = """
SELECT o.short_name,
       a.title,
       CASE WHEN parent.name IS NULL THEN m.name ELSE parent.name || ' – ' || m.name END,
       CASE WHEN c.footnote != '' THEN c.name || '*' ELSE c.name END,
       NULLIF(c.country, ''),
       r.value,
       COALESCE(NULLIF(u.symbol, ''), u.name),
       q.name,
       s.title, s.published_on, s.url, r.quote,
       CASE WHEN c.footnote != '' THEN '*' || c.name || ': ' || c.footnote END,
       r.id
FROM operations_result r
LEFT JOIN operations_operation o ON o.id = r.operation_id
LEFT JOIN operations_activity a ON a.id = r.activity_id
JOIN operations_metric m ON m.id = r.metric_id
LEFT JOIN operations_metric parent ON parent.id = m.parent_id
JOIN operations_unit u ON u.id = r.unit_id
JOIN operations_qualifier q ON q.code = r.qualifier
LEFT JOIN participants_participant c ON c.id = r.country_id
JOIN operations_source s ON s.id = r.source_id
WHERE (o.status = 'published' OR a.status = 'published') AND r.metric_id IN ({marks})
ORDER BY {order}
"""


def memory_kib(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def rows(database, metric_ids, order):
    import sqlite3

    connection = sqlite3.connect(database)
    cursor = connection.execute(SQL.format(marks=", ".join("?" * len(metric_ids)), order=order), metric_ids)
    cursor.arraysize = 2000
    while batch := cursor.fetchmany():
        yield from batch


def write_csv(database, metric_ids, order):
    sink = io.StringIO()
    writer = csv.writer(sink)
    writer.writerow(HEADER)
    count = 0
    for row in rows(database, metric_ids, order):
        writer.writerow(row)
        count += 1
        if count % 2000 == 0:  # a streamed response would send this chunk and forget it
            sink.seek(0)
            sink.truncate(0)
    return count


def write_xlsx(database, metric_ids, order):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Results")
    sheet.append(HEADER)
    count = 0
    date = datetime.date.fromisoformat
    for row in rows(database, metric_ids, order):
        row = list(row)
        if row[SOURCE_DATE]:
            row[SOURCE_DATE] = date(row[SOURCE_DATE])
        sheet.append(row)
        count += 1
    stream = io.BytesIO()
    workbook.save(stream)
    return count


def main(kind, database, metric_ids, order):
    Path("/proc/self/clear_refs").write_text("5")
    before = memory_kib("VmRSS")
    start = time.perf_counter()
    count = (write_csv if kind == "csv" else write_xlsx)(database, metric_ids, order)
    seconds = time.perf_counter() - start
    peak = memory_kib("VmHWM")
    return {"seconds": seconds, "rows": count, "peak_mib": peak / 1024, "peak_growth_mib": (peak - before) / 1024}


if __name__ == "__main__":
    kind, database, ids = sys.argv[1:4]
    order = sys.argv[4] if len(sys.argv) > 4 else "r.id"
    print(json.dumps(main(kind, database, [int(pk) for pk in ids.split(",")], order)))
