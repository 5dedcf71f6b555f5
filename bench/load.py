"""Load test of the public pages under gunicorn (issue 6): requests per second, latency percentiles
and the count of answers that were not 2xx/3xx, at several concurrencies, for a bounded time.

    .venv/bin/python bench/load.py [--database bench|demo|PATH] [--seconds 10] [--concurrency 1,10,50]

Starts gunicorn with 2 sync workers on a free port of 127.0.0.1 (never anything else), against the
bench database (bench/.data/bench.sqlite3, built by results_page.py: a million results) or the demo
database (bench/.data/demo.sqlite3, made once by `manage.py migrate` and `load_demo`), with DEBUG
off. Drives each page with wrk (one thread, `--latency`), prints a table, stops gunicorn, and writes
the figures to bench/.data/load-<time>.json.
Between runs it waits for gunicorn to work through the requests wrk left behind (servers.drain), so
that one run's backlog does not slow the next. Zero server errors is the bar: any non-2xx/3xx
answer, or a server error in gunicorn's log, is reported.
"""

import argparse
import datetime
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import servers
from servers import DATA, DATABASE, PYTHON, ROOT, say


def sample_page_arguments(database):
    """An operation with figures and a metric with a breakdown, read from the database itself."""
    connection = sqlite3.connect(database)
    operation = connection.execute(
        "SELECT o.slug FROM operations_operation o WHERE o.status = 'published' "
        "AND EXISTS (SELECT 1 FROM operations_result r WHERE r.operation_id = o.id) ORDER BY o.id LIMIT 1 "
        "OFFSET (SELECT COUNT(*) / 2 FROM operations_operation WHERE status = 'published')"
    ).fetchone()
    if operation is None:
        operation = connection.execute(
            "SELECT slug FROM operations_operation WHERE status = 'published' ORDER BY id LIMIT 1"
        ).fetchone()
    metric = connection.execute(
        "SELECT m.code FROM operations_metric m WHERE m.parent_id IS NULL "
        "AND EXISTS (SELECT 1 FROM operations_metric c WHERE c.parent_id = m.id) ORDER BY m.id LIMIT 1"
    ).fetchone()
    connection.close()
    if operation is None or metric is None:
        raise SystemExit(f"{database} has no published operation or no metric with a breakdown")
    return operation[0], metric[0]


def pages(database):
    operation, metric = sample_page_arguments(database)
    return [
        ("home", "/"),
        ("operations", "/operations/"),
        ("results", "/results/"),
        ("results filtered", f"/results/?operation={operation}&metric={metric}"),
        ("operation page", f"/operations/{operation}/"),
        ("participants", "/participants/"),
    ]


def build_demo():
    """bench/.data/demo.sqlite3: migrated and loaded with the demo data (manage.py load_demo), once."""
    database = DATA / "demo.sqlite3"
    if not database.exists():
        DATA.mkdir(exist_ok=True)
        env = servers.django_environment(database)
        for command in (["migrate", "--no-input", "-v", "0"], ["load_demo"]):
            subprocess.run([str(PYTHON), "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    return database


def server_errors_in_log():
    log = DATA / "gunicorn.log"
    if not log.exists():
        return 0
    text = log.read_text(errors="replace")
    return text.count("Internal Server Error") + text.count("[CRITICAL]") + text.count("Traceback")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="bench", help="bench, demo, or the path of a migrated SQLite file")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each wrk run")
    parser.add_argument("--concurrency", default="1,10,50", help="comma-separated wrk connection counts")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.database == "demo":
        database = build_demo()
    else:
        database = DATABASE if args.database == "bench" else Path(args.database).resolve()
    if not database.exists():
        raise SystemExit(f"{database} does not exist (for the bench database, run bench/results_page.py first)")
    concurrencies = [int(value) for value in args.concurrency.split(",")]

    figures = []
    with servers.gunicorn(workers=args.workers, database=database, ready_path="/") as (base, process):
        for name, path in pages(database):
            servers.wrk(base + path, 2, 2)  # warm-up: imports, templates, the database's pages
            servers.drain(base)
            for connections in concurrencies:
                result = servers.wrk(base + path, connections, args.seconds)
                # Requests wrk abandoned at the end are still answered; let them go before the next run.
                result.update(page=name, path=path, connections=connections, drain_seconds=servers.drain(base))
                figures.append(result)
                say(
                    f"{name:18} c={connections:<3} {result['rps']:8.1f} req/s  p50 {result['p50']:8.1f} ms  "
                    f"p99 {result['p99']:8.1f} ms  non-2xx/3xx {result['non_2xx_3xx']}  "
                    f"socket errors {result['socket_errors']}  (backlog drained in {result['drain_seconds']:.1f} s)"
                )
        log_errors = server_errors_in_log()

    lines = [
        f"gunicorn, {args.workers} sync workers, database {database.name}; wrk -t1 -c<N> -d{args.seconds}s --latency",
        "",
        "| page | clients | req/s | p50 ms | p90 ms | p99 ms | requests | non-2xx/3xx | socket errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in figures:
        lines.append(
            f"| {result['page']} | {result['connections']} | {result['rps']:.1f} | {result['p50']:.1f} | "
            f"{result['p90']:.1f} | {result['p99']:.1f} | {result['requests']} | {result['non_2xx_3xx']} | "
            f"{result['socket_errors']} |"
        )
    bad = sum(result["non_2xx_3xx"] for result in figures)
    lines.append("")
    lines.append(f"Answers other than 2xx/3xx: {bad}; server errors in gunicorn's log: {log_errors}.")
    text = "\n".join(lines)
    print(text)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for result in figures:
        result.pop("output", None)
    (DATA / f"load-{stamp}.json").write_text(json.dumps({"figures": figures, "report": text}, indent=2))
    return 1 if bad or log_errors else 0


if __name__ == "__main__":
    sys.exit(main())
