"""Benchmark of the background results import (issue 17, "Big files in the background"): a file of
100,000 rows queued as the admin's upload page queues it, then imported by a real worker process
(`manage.py db_worker --batch`), on SQLite or on PostgreSQL.

    .venv/bin/python bench/background_import.py [--rows 100000] [--format csv xlsx] [--runs 1]
        [--database-url postgres://postgres@127.0.0.1:5432/jad_bg_bench]

Works on its own database: bench/.data/background-bench.sqlite3 by default, or the PostgreSQL
database the URL names (created when missing), migrated on every run. The catalogue and the files
are import_bench.py's: 10 operations × 50 metrics × 40 countries × 5 sources, figures as sources
write them in the CSV ("22 488") and numbers in the XLSX. Each run starts from an empty results
table and measures:

- queueing: `queue_results_import` (size, format and zip checks, the quick row count, the SHA-256,
  the file kept in the database, the task enqueued), in this process;
- the worker: a fresh `db_worker --batch` process that runs the task and exits: its wall time, the
  task's own time (from the task's start to its end, as the queue records them: reading, checking,
  writing, the record's counts, the kept file deleted; the tasks it queued, the data package's
  build, timed apart), rows per second over the task and
  over queueing plus worker, and the worker's peak resident memory (VmHWM, which the worker process
  reads of itself when the command returns), beside an idle worker's (the same with an empty queue);
- importing the same file again: the same, and that it changed nothing.

Prints the figures; docs/performance.md ("Issue 17: big files in the background") records them.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
SQLITE = DATA / "background-bench.sqlite3"
TARGET_ROWS_PER_SECOND = 5000


def setup_django(database_url):
    sys.path.insert(0, str(ROOT))
    DATA.mkdir(exist_ok=True)
    if database_url.startswith("postgres"):
        create_database(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "false"  # as in production: no query log kept in memory
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jadsite.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def create_database(url):
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def bench_user():
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    return user


def empty_register():
    """No results, their history, imports or tasks (raw deletes: a model delete would write history)."""
    from django_tasks_db.models import DBTaskResult
    from import_bench import empty_results

    from operations.models import ImportRecord, ImportUpload, ProposedChange

    empty_results()
    for model in (ProposedChange, ImportUpload, ImportRecord, DBTaskResult):
        model.objects.all()._raw_delete(model.objects.db)


WORKER = [
    "manage.py",
    "db_worker",
    "--batch",
    "--no-reload",
    "--no-startup-delay",
    "--interval",
    "0",
    "--verbosity",
    "0",
]


def worker():
    """Run `db_worker --batch` in a fresh process: (wall seconds, its peak resident memory in MiB).

    The process reads its own peak (VmHWM) when the worker is done: the kernel's ru_maxrss of a
    child would count the pages it shared with this process between fork and exec."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--run-worker"], cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, f"the worker failed: {done.stderr}"
    peak_kb = int(done.stdout.split("peak-kb ")[-1])
    return seconds, peak_kb / 1024


def run_worker():
    """In the worker's own process: the command, then its peak resident memory."""
    from django.core.management import execute_from_command_line

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jadsite.settings")
    execute_from_command_line(WORKER)
    status = Path("/proc/self/status").read_text()
    peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
    print(f"peak-kb {peak}")


def one_import(data, name, size, user):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from operations.models import ImportRecord, Result
    from operations.spreadsheets.background import queue_results_import, run_results_import

    since = timezone.now()
    started = time.perf_counter()
    record = queue_results_import(user, SimpleUploadedFile(name, data))
    queued = time.perf_counter() - started
    wall, peak = worker()
    record = ImportRecord.objects.get(pk=record.pk)
    assert record.status == ImportRecord.Status.IMPORTED, record.message
    assert Result.objects.count() == size
    # The worker also runs what the import queued after it (the data package's build): timed apart.
    ran = {
        result.task_path: (result.finished_at - result.started_at).total_seconds()
        for result in DBTaskResult.objects.filter(enqueued_at__gte=since)
    }
    task = ran.pop(run_results_import.module_path)
    after = ", ".join(f"{path.rpartition('.')[2]} {seconds:.1f} s" for path, seconds in ran.items()) or "nothing"
    return record, queued, wall, task, peak, after


def rate(size, seconds):
    return f"{size / seconds:>8,.0f} rows/s"


def main():
    if sys.argv[1:] == ["--run-worker"]:
        return run_worker()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--format", nargs="+", choices=["csv", "xlsx"], default=["csv", "xlsx"])
    parser.add_argument("--runs", type=int, default=1, help="Runs per format; each is printed.")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{SQLITE}"),
        help="The database to work on (default: an SQLite file in bench/.data).",
    )
    options = parser.parse_args()
    setup_django(options.database_url)
    from django.db import connection
    from import_bench import catalogue, csv_file, xlsx_file

    from operations.models import Result

    names = catalogue()
    user = bench_user()
    empty_register()
    worker()  # once, so that the measured runs find Python's compiled files written
    idle_seconds, idle_peak = worker()
    vendor = connection.vendor
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {vendor} ({connection.settings_dict['NAME']}), "
        f"idle worker: {idle_seconds:.1f} s, peak {idle_peak:.0f} MiB\n"
    )
    makers = {"csv": csv_file, "xlsx": xlsx_file}
    for kind in options.format:
        data = makers[kind](options.rows, names)
        name = f"results-{options.rows}.{kind}"
        for run in range(1, options.runs + 1):
            empty_register()
            record, queued, wall, task, peak, after = one_import(data, name, options.rows, user)
            history = Result.history.filter(import_id=record.pk).count()
            verdict = "met" if options.rows / task >= TARGET_ROWS_PER_SECOND else "MISSED"
            print(
                f"{vendor} {kind.upper():4} {options.rows:,} rows ({len(data) / 1e6:.1f} MB), run {run}: "
                f"queued {queued:.2f} s; worker {wall:.1f} s, task {task:.1f} s {rate(options.rows, task)} "
                f"(target {TARGET_ROWS_PER_SECOND:,}: {verdict}); queue + worker {rate(options.rows, queued + wall)}, "
                f"its tasks after the import: {after}; "
                f"peak {peak:.0f} MiB (idle {idle_peak:.0f}); {record.created:,} created, {history:,} history rows "
                "with the import's id"
            )
            again, queued, wall, task, peak, after = one_import(data, name, options.rows, user)
            assert (again.created, again.changed, again.proposed) == (0, 0, 0), "importing twice changed something"
            assert Result.history.count() == history, "importing twice wrote history"
            print(
                f"{'':>{len(vendor)}} {kind.upper():4} the same file again: queued {queued:.2f} s; "
                f"worker {wall:.1f} s, task {task:.1f} s {rate(options.rows, task)}, then {after}; "
                f"peak {peak:.0f} MiB; "
                f"{again.skipped:,} unchanged, nothing created, changed or proposed"
            )
    empty_register()


if __name__ == "__main__":
    main()
