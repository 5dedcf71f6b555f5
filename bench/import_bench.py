"""Benchmark of the spreadsheet workflows (issue 5, "Bulk"): importing results through the admin's
resource code and through `manage.py import_results`, and the XLSX export of 100,000 results,
against openpyxl's write-only mode as the floor.

    .venv/bin/python bench/import_bench.py [--sizes 10000 100000] [--runs 1] [--resource-max 100000]

Works on its own SQLite file (bench/.data/import-bench.sqlite3, migrated on every run): a catalogue
of 10 operations, 50 metrics, 40 countries and 5 sources, whose 100,000 combinations are the
result rows of the files. For each size it writes a CSV file (figures as people write them:
"22 488") and an XLSX file (figures as numbers), then measures, from an empty results table:

- the admin's resource code: `read_dataset` (the admin's reader, without its web row limit) and
  `ResultResource.import_data` as the confirm step runs it (one transaction, rolled back on any
  invalid row), with per-row history: rows per second;
- the command: `call_command("import_results", FILE)`, reading included: rows per second, for
  CSV and XLSX, against the issue's target of 5,000 rows per second;
- the XLSX export of 100,000 rows: the admin's export (ResultResource + import-export's XLSX),
  the public results export (operations.spreadsheets.exports, openpyxl write-only), and the floor: the same
  tuples written by openpyxl write-only with no formatting at all.

Prints the figures and ratios; docs/performance.md ("Spreadsheets") records them.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
DATABASE = DATA / "import-bench.sqlite3"
TARGET_ROWS_PER_SECOND = 5000

OPERATIONS, METRICS, COUNTRIES, SOURCES = 10, 50, 40, 5
HEADERS = ["operation", "metric", "country", "source", "qualifier", "value", "quote", "note"]


def setup_django():
    sys.path.insert(0, str(ROOT))
    DATA.mkdir(exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DEBUG"] = "false"  # as in production: no query log kept in memory
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jadsite.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def catalogue():
    """The operations, metrics, countries and sources the files name (created once)."""
    from django_countries import countries

    from operations.models import Dimension, Metric, Operation, Series, Source, Unit
    from participants.models import Participant

    series, _ = Series.objects.get_or_create(slug="bench", defaults={"name": "Bench series", "short_name": "BENCH"})
    unit, _ = Unit.objects.get_or_create(
        code="items", defaults={"name": "items", "dimension": Dimension.COUNT, "factor": 1}
    )
    operations = [
        Operation.objects.get_or_create(
            slug=f"bench-{year}",
            defaults={"series": series, "edition": str(year), "name": f"Bench {year}", "short_name": f"BENCH {year}"},
        )[0]
        for year in range(2000, 2000 + OPERATIONS)
    ]
    metrics = [
        Metric.objects.get_or_create(
            code=f"metric-{index:02}",
            defaults={"name": f"Metric {index:02}", "unit": unit, "dimension": Dimension.COUNT},
        )[0]
        for index in range(METRICS)
    ]
    codes = [code for code, _name in countries if code not in {"XK"}][:COUNTRIES]
    participants = [
        Participant.objects.get_or_create(
            country=code,
            defaults={"name": str(countries.name(code)), "slug": code.lower(), "kind": Participant.Kind.NON_EU},
        )[0]
        for code in codes
    ]
    sources = [
        Source.objects.get_or_create(title=f"Bench source {index}", defaults={"kind": Source.Kind.PRESS_RELEASE})[0]
        for index in range(SOURCES)
    ]
    return operations, metrics, participants, sources


def rows(size, names):
    operations, metrics, participants, sources = names
    produced = 0
    for operation in operations:
        for metric in metrics:
            for participant in participants:
                for source in sources:
                    if produced == size:
                        return
                    value = 1000 + produced
                    yield [
                        operation.short_name,
                        metric.code,
                        participant.name,
                        source.title,
                        "exact",
                        value,
                        f"{value:,} items in {participant.name}".replace(",", " "),
                        "",
                    ]
                    produced += 1


def csv_file(size, names):
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    for row in rows(size, names):
        row[5] = f"{row[5]:,}".replace(",", " ")  # "22 488", as the sources write it
        writer.writerow(row)
    return buffer.getvalue().encode()


def xlsx_file(size, names):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Results")
    sheet.append(HEADERS)
    for row in rows(size, names):
        sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def empty_results():
    """No results and no history of them (raw deletes: a model delete would write history)."""
    from operations.models import Correction, Result

    Correction.objects.all()._raw_delete(Correction.objects.db)
    Result.objects.all()._raw_delete(Result.objects.db)
    Result.history.all()._raw_delete(Result.objects.db)


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def bench_resource(data, kind, size):
    from operations.models import Result
    from operations.spreadsheets.reading import read_dataset
    from operations.spreadsheets.resources import ResultResource

    empty_results()

    def run():
        dataset = read_dataset(data, kind)
        return ResultResource().import_data(dataset, dry_run=False, rollback_on_validation_errors=True)

    seconds, result = timed(run)
    assert not result.has_errors() and not result.has_validation_errors(), "the bench file should import cleanly"
    assert Result.objects.count() == size
    return seconds


def bench_command(data, kind, size):
    from django.core.management import call_command

    from operations.models import Result

    empty_results()
    with tempfile.NamedTemporaryFile(suffix=f".{kind}") as handle:
        handle.write(data)
        handle.flush()
        seconds, _ = timed(lambda: call_command("import_results", handle.name, stdout=io.StringIO()))
    assert Result.objects.count() == size
    assert Result.history.count() == size
    return seconds


def bench_exports(size):
    """XLSX export of `size` results three ways; the table holds them after the command's run."""
    from import_export.formats.base_formats import XLSX
    from openpyxl import Workbook

    from operations.models import Result
    from operations.spreadsheets.exports import ResultExport
    from operations.spreadsheets.resources import ResultResource

    queryset = Result.objects.all()
    assert queryset.count() == size

    def admin_export():
        """What the admin's Export does: ResultAdmin.get_export_data, for a superuser."""
        from django.contrib import admin
        from django.contrib.auth import get_user_model
        from django.test import RequestFactory

        user = get_user_model()(username="bench", is_staff=True, is_superuser=True, is_active=True)
        request = RequestFactory().post("/admin/operations/result/export/")
        request.user = user
        return admin.site._registry[Result].get_export_data(XLSX(), request, queryset)

    def import_export_xlsx():
        """import-export's own XLSX writer (tablib, openpyxl's normal mode), which the admin replaced."""
        return XLSX().export_data(ResultResource().export(queryset, force_native_type=True))

    def public_export():
        export = ResultExport()
        return export.response(Result.objects.with_related().in_catalogue_order(), "xlsx", []).content

    def floor():
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Results")
        sheet.append([column.header for column in ResultExport.columns])
        for values in Result.objects.values_list(*ResultExport.fields).iterator(chunk_size=2000):
            sheet.append([float(value) if isinstance(value, Decimal) else value for value in values])
        stream = io.BytesIO()
        workbook.save(stream)
        return stream.getvalue()

    return {
        name: timed(function)[0]
        for name, function in [
            ("admin export (ResultResource, write-only XLSX)", admin_export),
            ("ResultResource + import-export's XLSX (tablib)", import_export_xlsx),
            ("public export (operations.spreadsheets.exports, write-only)", public_export),
            ("floor (openpyxl write-only, plain tuples)", floor),
        ]
    }


def rate(size, seconds):
    return f"{size / seconds:>9,.0f} rows/s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--runs", type=int, default=1, help="Runs per measure; the best is kept.")
    parser.add_argument(
        "--resource-max", type=int, default=100000, help="Skip the resource path above this size (it is slow)."
    )
    options = parser.parse_args()
    setup_django()
    names = catalogue()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, SQLite file {DATABASE.relative_to(ROOT)}\n")

    figures = {}
    for size in options.sizes:
        files = {"csv": csv_file(size, names), "xlsx": xlsx_file(size, names)}
        for kind, data in files.items():
            command = min(bench_command(data, kind, size) for _run in range(options.runs))
            figures[("command", kind, size)] = command
            verdict = "met" if size / command >= TARGET_ROWS_PER_SECOND else "MISSED"
            print(
                f"import_results {kind.upper():4} {size:>7,} rows: {command:7.1f} s {rate(size, command)}"
                f"   (target {TARGET_ROWS_PER_SECOND:,} rows/s: {verdict})"
            )
            if size <= options.resource_max:
                resource = min(bench_resource(data, kind, size) for _run in range(options.runs))
                figures[("resource", kind, size)] = resource
                print(
                    f"admin resource {kind.upper():4} {size:>7,} rows: {resource:7.1f} s {rate(size, resource)}"
                    f"   (the command is {resource / command:.1f}× faster)"
                )
        print()

    export_size = max(options.sizes)
    bench_command(files["csv"], "csv", export_size)
    exports = bench_exports(export_size)
    floor = exports["floor (openpyxl write-only, plain tuples)"]
    print(f"XLSX export of {export_size:,} results:")
    for name, seconds in exports.items():
        print(f"  {name:52} {seconds:6.1f} s {rate(export_size, seconds)}   {seconds / floor:4.1f}× the floor")
    empty_results()


if __name__ == "__main__":
    main()
