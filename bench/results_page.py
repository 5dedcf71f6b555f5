"""Benchmark of the results table (issue 3, "Performance"): Django against Datasette serving the same
SQLite file, and against floors (plain csv.writer over sqlite3, openpyxl write-only).

    .venv/bin/python bench/results_page.py [--rows 1000000] [--runs 5] [--rebuild]

Builds bench/.data/bench.sqlite3 once (migrated, then filled by synthetic.py; rebuilt when --rows
changes or with --rebuild; migrations are applied to it on every run), then measures, interleaving
Django and Datasette in every run. Django is measured twice, with the shared cache in Redis as
deployed: a page asked for again is answered from the cache until the register changes
(operations.public.cache), and rendering every page (PUBLIC_PAGE_CACHE_SECONDS=0), which is what
the first request for an address costs after a change:

- the results page unfiltered, filtered by operation and metric, and sorted by value: median and
  95th percentile inside the server (Django's test Client, Datasette's in-process client), and the
  SQL queries of each;
- requests per second on the filtered page under gunicorn with 2 workers, and under `datasette
  serve`, with wrk at 10 connections for a bounded time, counting non-2xx/3xx answers;
- rows per second and peak memory of the CSV and XLSX exports of 100,000 filtered rows.

Prints a table with the ratios and the issue's targets, and writes the figures to
bench/.data/results-page-<time>.json.
"""

import argparse
import datetime
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import servers
import synthetic
from report import report
from servers import DATA, DATABASE, DATASETTE_PYTHON, PYTHON, ROOT, say

BENCH = ROOT / "bench"
META = DATABASE.with_suffix(".json")  # bench/.data/bench.json beside bench/.data/bench.sqlite3
REPEAT = 20  # requests per page per server in each run
# The order of the results export (the table's default order), for the floors.
EXPORT_ORDER = "r.operation_id DESC, r.metric_id, r.id"


def build(rows, rebuild, database_url=None):
    """Create (or reuse) the bench SQLite file, and the PostgreSQL database `database_url` names if
    any, with the same rows; apply the project's migrations to each in any case. Returns the SQLite
    file's record (the PostgreSQL one must agree with it: same slugs, same ids)."""
    meta = build_one(f"sqlite:///{DATABASE}", META, rows, rebuild)
    if database_url:
        record = DATA / f"bench-{database_url.rsplit('/', 1)[1]}.json"
        other = build_one(database_url, record, rows, rebuild)
        differing = {key for key in meta if key != "build_seconds" and meta[key] != other.get(key)}
        if differing:
            raise RuntimeError(f"{database_url} was not built like {DATABASE}: {sorted(differing)} differ")
    return meta


def build_one(url, record, rows, rebuild):
    meta = json.loads(record.read_text()) if record.exists() else None
    postgres = url.startswith("postgres")
    exists = database_exists(url) if postgres else DATABASE.exists()
    if rebuild or meta is None or meta.get("rows") != rows or not exists:
        DATA.mkdir(exist_ok=True)
        record.unlink(missing_ok=True)
        if postgres:
            recreate_database(url)
        else:
            DATABASE.unlink(missing_ok=True)
        migrate(url)
        say(f"filling {url} with {rows:,} results...")
        start = time.perf_counter()
        meta = synthetic.fill(url if postgres else DATABASE, rows)
        meta["build_seconds"] = round(time.perf_counter() - start, 1)
        record.write_text(json.dumps(meta, indent=2))
        say(f"filled in {meta['build_seconds']} s")
    else:
        migrate(url)
    return meta


def database_exists(url):
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        return bool(connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def recreate_database(url):
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def empty_cache():
    """The bench's Redis database emptied, so that no run answers from what an earlier one kept."""
    import redis

    redis.Redis.from_url(servers.BENCH_CACHE_URL).flushdb()


def migrate(url):
    env = servers.django_environment()
    env["DATABASE_URL"] = url
    subprocess.run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)


class Probe:
    """A measuring subprocess that answers one JSON line per JSON line it is sent."""

    def __init__(self, command, env=None):
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def measure(self, url, repeat):
        self.process.stdin.write(json.dumps({"url": url, "repeat": repeat}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"probe {self.process.args} stopped")
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def page_urls(meta):
    db = DATABASE.stem
    metric_ids = ",".join(str(pk) for pk in meta["metric_ids"])
    return {
        "unfiltered": ("/results/", f"/{db}/operations_result?_size=25"),
        "filtered": (
            f"/results/?operation={meta['filtered_operation']}&metric={meta['metric']}",
            f"/{db}/operations_result?operation_id={meta['filtered_operation_id']}&metric_id__in={metric_ids}&_size=25",
        ),
        "sorted by value": ("/results/?sort=value", f"/{db}/operations_result?_sort=value&_size=25"),
    }


def measure_pages(meta, runs):
    """Django as deployed (a page asked for again is answered from the cache: operations.public.cache),
    Django rendering every page (PUBLIC_PAGE_CACHE_SECONDS=0), and Datasette, in turns."""
    django_command = [str(PYTHON), str(BENCH / "django_probe.py"), "pages"]
    probes = {
        "django": Probe(django_command, env=servers.django_environment()),
        "django-local": Probe(django_command, env=servers.django_environment(shared_cache=False)),
        "django-rendered": Probe(django_command, env=servers.django_environment(rendered=True)),
        "datasette": Probe([str(DATASETTE_PYTHON), str(BENCH / "datasette_probe.py"), str(DATABASE)]),
    }
    urls = page_urls(meta)
    figures = {name: {server: [] for server in probes} for name in urls}
    queries, statuses = {}, {}
    try:
        for django_url, datasette_url in urls.values():  # warm-up, not counted
            for server, probe in probes.items():
                probe.measure(datasette_url if server == "datasette" else django_url, 3)
        for run in range(runs):
            for name, (django_url, datasette_url) in urls.items():
                order = list(probes.items())
                for server, probe in order if run % 2 == 0 else reversed(order):
                    answer = probe.measure(datasette_url if server == "datasette" else django_url, REPEAT)
                    figures[name][server] += answer["times_ms"]
                    queries[(name, server)] = answer["queries"]
                    statuses[(name, server)] = answer["status"]
            say(f"pages: run {run + 1}/{runs} done")
    finally:
        for probe in probes.values():
            probe.close()
    summary = {}
    for name, by_server in figures.items():
        for server, times in by_server.items():
            summary[f"{name}/{server}"] = {
                "median_ms": statistics.median(times),
                "p95_ms": percentile(times, 0.95),
                "samples": len(times),
                "queries": queries[(name, server)],
                "status": statuses[(name, server)],
            }
    return summary


def time_django_urls(urls, runs):
    """Median and p95 of Django URLs inside the server (no Datasette counterpart): other pages and
    sorts, to say where the slow paths are. Every page is rendered (none kept between requests)."""
    django = Probe(
        [str(PYTHON), str(BENCH / "django_probe.py"), "pages"], env=servers.django_environment(rendered=True)
    )
    lines = [
        "| URL | median | p95 | CPU median | SQL queries | status |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    try:
        for url in urls:
            django.measure(url, 1)  # warm-up
            answer = django.measure(url, runs)
            times = answer["times_ms"]
            lines.append(
                f"| `{url}` | {statistics.median(times):.1f} ms | {percentile(times, 0.95):.1f} ms | "
                f"{statistics.median(answer['cpu_ms']):.1f} ms | {answer['queries']} | {answer['status']} |"
            )
    finally:
        django.close()
    return "\n".join(lines)


def measured_in_subprocess(command, env=None):
    """The JSON a measuring script prints, run in a process of its own (for its own peak memory)."""
    return json.loads(subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout)


def django_export(url):
    command = [str(PYTHON), str(BENCH / "django_probe.py"), "export", url]
    return measured_in_subprocess(command, env=servers.django_environment())


def floor(kind, meta):
    ids = ",".join(str(pk) for pk in meta["export_metric_ids"])
    return measured_in_subprocess([str(PYTHON), str(BENCH / "floor.py"), kind, str(DATABASE), ids, EXPORT_ORDER])


def over_http(url, pids):
    servers.reset_peak_memory(pids)
    before = servers.resident_mib(pids)
    seconds, size, lines, status = servers.fetch_streamed(url)
    return {
        "seconds": seconds,
        "rows": lines - 1,
        "bytes": size,
        "status": status,
        "peak_mib": servers.peak_memory_mib(pids),
        "peak_growth_mib": servers.peak_memory_mib(pids) - before,
    }


def measure_servers(meta, runs, seconds, connections):
    """Requests per second on the filtered page, and the exports over HTTP and in-process."""
    urls = page_urls(meta)
    django_filtered, datasette_filtered = urls["filtered"]
    ids = ",".join(str(pk) for pk in meta["export_metric_ids"])
    export_query = f"?metric={meta['export_metric']}"
    small_query = f"{export_query}&year=2019"
    datasette_csv = f"/{DATABASE.stem}/operations_result.csv?metric_id__in={ids}&_labels=on&_stream=on&_size=max"
    samples = {}

    def add(key, value):
        samples.setdefault(key, []).append(value)

    with (
        servers.gunicorn(workers=2) as (django_base, gunicorn),
        servers.gunicorn(workers=2, rendered=True) as (rendered_base, _rendered),
        servers.datasette() as (datasette_base, ds),
    ):
        bases = {"django": django_base, "django-rendered": rendered_base, "datasette": datasette_base}
        for server, base in bases.items():
            servers.wrk(base + (datasette_filtered if server == "datasette" else django_filtered), connections, 2)
        for run in range(runs):
            order = list(bases.items())
            for server, base in order if run % 2 == 0 else reversed(order):
                url = base + (datasette_filtered if server == "datasette" else django_filtered)
                add(f"rps/{server}", servers.wrk(url, connections, seconds))
                servers.drain(base)
            say(f"wrk: run {run + 1}/{runs} done")
        for run in range(runs):
            add("csv/django", django_export(f"/results/{export_query}&_export=csv"))
            add("csv/datasette-http", over_http(datasette_base + datasette_csv, servers.worker_pids(ds)))
            add("csv/floor", floor("csv", meta))
            add(
                "csv/django-http",
                over_http(f"{django_base}/results/{export_query}&_export=csv", servers.worker_pids(gunicorn)),
            )
            add("csv/django-10k", django_export(f"/results/{small_query}&_export=csv"))
            add("xlsx/django", django_export(f"/results/{export_query}&_export=xlsx"))
            add("xlsx/floor", floor("xlsx", meta))
            say(f"exports: run {run + 1}/{runs} done")
    return samples


def measure_csv(meta, runs):
    """The CSV export of 100,000 rows in a fresh process and the floor, alternately, nothing else:
    the goal's figure on a quiet machine, without the pages and wrk before it."""
    samples = {}
    for run in range(runs):
        for key, measure in (
            ("csv/django", lambda: django_export(f"/results/?metric={meta['export_metric']}&_export=csv")),
            ("csv/floor", lambda: floor("csv", meta)),
        )[:: 1 if run % 2 == 0 else -1]:
            samples.setdefault(key, []).append(measure())
        say(f"csv: run {run + 1}/{runs} done")
    lines = []
    for key, values in samples.items():
        rates = [v["rows"] / v["seconds"] for v in values]
        growth = max(v["peak_growth_mib"] for v in values)
        each = ", ".join(f"{rate:,.0f}" for rate in rates)
        lines.append(f"{key}: {statistics.median(rates):,.0f} rows/s (median; {each}), peak growth {growth:.1f} MiB")
    return "\n".join(lines)


def summarise_exports(samples):
    summary = {}
    for key, values in samples.items():
        if key.startswith("rps/"):
            summary[key] = {
                "rps_median": statistics.median(v["rps"] for v in values),
                "rps_all": [v["rps"] for v in values],
                "p50_ms": statistics.median(v["p50"] for v in values),
                "p99_ms": statistics.median(v["p99"] for v in values),
                "requests": sum(v["requests"] for v in values),
                "non_2xx_3xx": sum(v["non_2xx_3xx"] for v in values),
                "socket_errors": sum(v["socket_errors"] for v in values),
                "command": values[0]["command"],
            }
        else:
            summary[key] = {
                "rows": values[0]["rows"],
                "seconds_median": statistics.median(v["seconds"] for v in values),
                "rows_per_s_median": statistics.median(v["rows"] / v["seconds"] for v in values),
                "peak_growth_mib_max": max(v["peak_growth_mib"] for v in values),
                "peak_mib_max": max(v["peak_mib"] for v in values),
                "statuses": sorted({v.get("status", 200) for v in values}),
            }
    return summary


def load_average():
    """The machine's load over 1, 5 and 15 minutes: two shared cores, so every figure needs it."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="results in the bench database")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs of each measurement")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database even if it exists")
    parser.add_argument("--seconds", type=int, default=10, help="duration of each wrk run")
    parser.add_argument("--connections", type=int, default=10, help="wrk connections (concurrent clients)")
    parser.add_argument("--pages-only", action="store_true", help="only the in-server page timings")
    parser.add_argument("--csv-only", action="store_true", help="only the CSV export and its floor, --runs times")
    parser.add_argument(
        "--database-url",
        help="measure Django on this PostgreSQL database (postgres://user@127.0.0.1:5432/jad_bench), built "
        "with the same rows as the SQLite file, which Datasette and the floors keep reading",
    )
    parser.add_argument(
        "--url", action="append", default=[], help="time this Django URL in-process instead (repeatable)"
    )
    args = parser.parse_args()

    if args.database_url:
        servers.DJANGO_DATABASE_URL = args.database_url
    args.django_database = servers.DJANGO_DATABASE_URL.split("://")[0].replace("postgres", "PostgreSQL")
    args.load_start = load_average()
    meta = build(args.rows, args.rebuild, args.database_url)
    empty_cache()
    if args.url:
        print(time_django_urls(args.url, args.runs))
        print(f"\n{args.django_database}; load average {args.load_start} at the start, {load_average()} at the end")
        return
    if args.csv_only:
        print(measure_csv(meta, args.runs))
        end = load_average()
        print(f"\nDjango on {args.django_database}; load average {args.load_start} at the start, {end} at the end")
        return
    pages = measure_pages(meta, args.runs)
    if args.pages_only:
        print(json.dumps(pages, indent=2))
        return
    exports = summarise_exports(measure_servers(meta, max(2, args.runs // 2 + 1), args.seconds, args.connections))
    args.repeat = REPEAT
    args.load_end = load_average()
    text = report(pages, exports, meta, args)
    print(text)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (DATA / f"results-page-{stamp}.json").write_text(
        json.dumps({"meta": meta, "pages": pages, "exports": exports, "report": text}, indent=2)
    )


if __name__ == "__main__":
    sys.exit(main())
