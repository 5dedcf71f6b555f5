"""Benchmark of one big operation (issue 18, "big operations stay fast"): the public page of an
operation of 4,000 statements, the fragment of one metric's statements it fetches on demand, and
its coordinator workbook, on SQLite or on PostgreSQL.

    .venv/bin/python bench/big_operation.py [--runs 20] [--rebuild]
        [--database-url postgres://postgres@127.0.0.1:5432/jad_bigpage_bench]

The operation is synthetic.py's (80 metrics in a two-level tree × the operation-wide figure and 24
countries × two sources = 4,000 statements, with its participants, sources, centres and an
activity). SQLite: bench/.data/big-operation.sqlite3, migrated and filled once (`--rebuild` fills it
again). PostgreSQL: the database the URL names (created when missing), migrated, then given the
same rows, copied table by table from that SQLite file, when it holds no result yet.

Everything runs in this process through Django's test Client (URL routing, every middleware, the
view, its queries and templates; no socket) with DEBUG off and the page cache off
(PUBLIC_PAGE_CACHE_SECONDS=0: every request renders, as the first one after a change does). It
prints the median and 95th percentile of each (and the median of this process's CPU time), the
page's size and the queries of each.
docs/performance.md ("Issue 18: big operations stay fast") records the figures.
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
SQLITE = DATA / "big-operation.sqlite3"
STATEMENTS = 4000
TARGET_PAGE_MS, TARGET_PAGE_KB, TARGET_WORKBOOK_S = 150, 300, 1.0


def setup_django(database_url):
    sys.path.insert(0, str(ROOT))
    DATA.mkdir(exist_ok=True)
    os.environ.update(
        DATABASE_URL=database_url,
        DJANGO_ENV="development",
        DEBUG="False",  # as in production: no query log kept in memory
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
        LOG_LEVEL="ERROR",
        CACHE_URL="locmemcache://big-operation",
        PUBLIC_PAGE_CACHE_SECONDS="0",
        DJANGO_SETTINGS_MODULE="jadsite.settings",
    )
    import django

    django.setup()


def migrate():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_sqlite(rebuild):
    """The SQLite file with the one operation, migrated and filled once."""
    import synthetic

    if rebuild:
        SQLITE.unlink(missing_ok=True)
    setup_django(f"sqlite:///{SQLITE}")
    migrate()
    from django.db import connection

    from operations.models import Result

    if not Result.objects.exists():
        connection.close()
        synthetic.fill(SQLITE, STATEMENTS)


def build_postgres(url, rebuild):
    """The PostgreSQL database, migrated, with the SQLite file's rows copied into it."""
    import sqlite3
    import subprocess

    if rebuild or not SQLITE.exists():
        # The SQLite file is built in a process of its own: this one is about to use PostgreSQL.
        command = [sys.executable, __file__, "--build-sqlite-only"] + (["--rebuild"] if rebuild else [])
        subprocess.run(command, check=True)
    create_database(url)
    setup_django(url)
    migrate()
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from operations.models import Result

    if Result.objects.exists() and not rebuild:
        return
    models = [model for name in ("participants", "operations") for model in apps.get_app_config(name).get_models()]
    tables = {model._meta.db_table for model in models}
    tables |= {
        field.remote_field.through._meta.db_table for model in models for field in model._meta.local_many_to_many
    }
    source = sqlite3.connect(SQLITE)
    with transaction.atomic(), connection.cursor() as cursor:
        quoted = ", ".join(f'"{table}"' for table in sorted(tables))
        cursor.execute(f"TRUNCATE {quoted} CASCADE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table in sorted(tables):
            rows = source.execute(f'SELECT * FROM "{table}"')
            columns = ", ".join(f'"{column[0]}"' for column in rows.description)
            with cursor.cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    source.close()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def create_database(url):
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def timed(get, runs):
    """Median and 95th percentile of the wall time, and the median of this process's CPU time, in
    milliseconds, of `runs` calls of `get` after one warm-up. On a machine shared with other work the
    CPU time shows what the request itself cost (on PostgreSQL, without the server's share)."""
    get()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        get()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    wall.sort()
    p95 = wall[min(len(wall) - 1, round(0.95 * (len(wall) - 1)))]
    return statistics.median(wall) * 1000, p95 * 1000, statistics.median(cpu) * 1000


def queries_of(get):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        get()
    return len(captured)


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return b"".join(response.streaming_content) if response.streaming else response.content


def measure(runs):
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from operations.models import Operation, Result

    operation = Operation.objects.published().annotate(statements=Count("results")).order_by("-statements").first()
    metric = (
        Result.objects.public()
        .for_operation(operation)
        .values("metric__code")
        .annotate(statements=Count("pk"))
        .order_by("-statements", "metric__code")
        .first()
    )
    client = Client()
    page_url = operation.get_absolute_url()
    workbook_url = reverse("operations:workbook", args=[operation.slug])
    try:
        fragment_url = reverse("operations:metric_statements", args=[operation.slug, metric["metric__code"]])
    except NoReverseMatch:  # before issue 18 there was no such address
        fragment_url = None

    print(
        f"{platform.node()}: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {connection.vendor} "
        f"({connection.settings_dict['NAME']}), {time.strftime('%Y-%m-%d %H:%M %Z')}, load {os.getloadavg()[0]:.2f}"
    )
    print(f"{operation.slug}: {operation.statements:,} statements; {runs} runs each after a warm-up\n")
    page = fetch(client, page_url)
    median, p95, cpu = timed(lambda: fetch(client, page_url), runs)
    verdict = "met" if median < TARGET_PAGE_MS and len(page) / 1000 < TARGET_PAGE_KB else "MISSED"
    print(
        f"page      {page_url}: median {median:6.1f} ms, p95 {p95:6.1f} ms, CPU {cpu:6.1f} ms, "
        f"{len(page) / 1000:7.1f} kB, "
        f"{queries_of(lambda: fetch(client, page_url))} queries (target < {TARGET_PAGE_MS} ms and "
        f"< {TARGET_PAGE_KB} kB: {verdict})"
    )
    if fragment_url:
        fragment = fetch(client, fragment_url)
        median, p95, cpu = timed(lambda: fetch(client, fragment_url), runs)
        print(
            f"fragment  {fragment_url} ({metric['statements']} statements): median {median:6.1f} ms, "
            f"p95 {p95:6.1f} ms, CPU {cpu:6.1f} ms, {len(fragment) / 1000:7.1f} kB, "
            f"{queries_of(lambda: fetch(client, fragment_url))} queries"
        )
    workbook = fetch(client, workbook_url)
    median, p95, cpu = timed(lambda: fetch(client, workbook_url), max(3, runs // 4))
    verdict = "met" if median / 1000 < TARGET_WORKBOOK_S else "MISSED"
    print(
        f"workbook  {workbook_url}: median {median:6.1f} ms, p95 {p95:6.1f} ms, CPU {cpu:6.1f} ms, "
        f"{len(workbook) / 1000:7.1f} kB, "
        f"{queries_of(lambda: fetch(client, workbook_url))} queries (target < {TARGET_WORKBOOK_S:.0f} s: {verdict})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="Timed requests of the page and of the fragment.")
    parser.add_argument("--rebuild", action="store_true", help="Fill the database again.")
    parser.add_argument("--build-sqlite-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{SQLITE}"),
        help="The database to work on (default: an SQLite file in bench/.data).",
    )
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    if options.build_sqlite_only:
        return build_sqlite(options.rebuild)
    if options.database_url.startswith("postgres"):
        build_postgres(options.database_url, options.rebuild)
    else:
        build_sqlite(options.rebuild)
    measure(options.runs)


if __name__ == "__main__":
    main()
