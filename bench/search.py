"""Benchmark of the search page (issue 19): /search/?q=... rendered in full (no page kept:
PUBLIC_PAGE_CACHE_SECONDS=0), on the demo data and on the million-result bench database, SQLite
and PostgreSQL.

    .venv/bin/python bench/search.py [--database demo bench postgres://...] [--repeat 20]

`demo` is bench/.data/demo.sqlite3 (load.py makes it once), `bench` the SQLite file results_page.py
builds (bench/.data/bench.sqlite3, a million results); a PostgreSQL URL names a database holding
either (migrated here first). On SQLite, the quotes' FTS5 index is merged first ('optimize', what
a large import should end with: docs/performance.md).

Timed through Django's test Client in a subprocess (django_probe.py: routing, middleware, view,
queries, template; no socket), with DEBUG off. For each query: the first request (the searchable
lists read for the revision) and the median and 95th percentile of the next `--repeat`.
"""

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import servers
from load import build_demo
from servers import DATA, PYTHON, ROOT

QUERIES = [
    "Skopje",  # a coordination centre, activities, a quote
    "Скопје",  # the same in Cyrillic
    "europol",  # a participant, sources, quotes
    "arrests",  # a metric, a word of many quotes
    "source",  # a word of every synthetic quote: the candidate cap
    "Kosovo weapons",  # two words
    "zzzqx",  # nothing
]
TARGETS_MS = {"demo": 50, "bench": 200}


def environment(database):
    if database.startswith("postgres"):
        env = servers.django_environment(rendered=True, shared_cache=False)
        env["DATABASE_URL"] = database
    else:
        env = servers.django_environment(database=Path(database), rendered=True, shared_cache=False)
    return env


def prepare(name):
    """The database's URL or path, migrated; SQLite's quote index merged."""
    if name == "demo":
        path = str(build_demo())
    elif name == "bench":
        path = str(DATA / "bench.sqlite3")
        if not Path(path).exists():
            sys.exit("No bench database: build it with bench/results_page.py first.")
    else:
        path = name
    env = environment(path)
    subprocess.run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)
    if not path.startswith("postgres"):
        with sqlite3.connect(path) as connection:
            connection.execute("INSERT INTO operations_result_quote(operations_result_quote) VALUES ('optimize')")
    return path


def timed_pages(path, repeat, urls):
    """Each of `urls` through django_probe.py's test Client on the database at `path`: the first
    request (what the process reads once per revision), then the median and 95th percentile of
    `repeat` more, the median of the process's CPU time, its SQL queries and its size."""
    probe = subprocess.Popen(
        [str(PYTHON), str(ROOT / "bench" / "django_probe.py"), "pages"],
        cwd=ROOT,
        env=environment(path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def ask(url, times):
        probe.stdin.write(json.dumps({"url": url, "repeat": times}) + "\n")
        probe.stdin.flush()
        return json.loads(probe.stdout.readline())

    ask("/about/", 1)  # imports, URL resolver, templates, the connection
    rows = []
    for url in urls:
        first = ask(url, 1)
        timed = ask(url, repeat)
        times = sorted(timed["times_ms"])
        rows.append(
            {
                "url": url,
                "status": timed["status"],
                "first_ms": round(first["times_ms"][0], 1),
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
                "cpu_median_ms": round(statistics.median(timed["cpu_ms"]), 1),
                "queries": timed["queries"],
                "kb": round(timed["bytes"] / 1024),
            }
        )
    probe.stdin.close()
    probe.wait()
    return rows


def measure(path, repeat):
    queries = {"/search/?" + urlencode({"q": query}): query for query in QUERIES}
    return [{"query": queries[row["url"]], **row} for row in timed_pages(path, repeat, list(queries))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", nargs="+", default=["demo", "bench"])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"load average at the start: {Path('/proc/loadavg').read_text().split()[:3]}")
    for name in args.database:
        path = prepare(name)
        kind = "bench" if name == "bench" or "bench" in name else "demo"
        label = name if not name.startswith("postgres") else "PostgreSQL " + name.rsplit("/", 1)[-1]
        print(f"\n{label} (target {TARGETS_MS[kind]} ms)")
        print(f"{'query':<16} {'status':>6} {'first':>8} {'median':>8} {'p95':>8} {'SQL':>4}")
        for row in measure(path, args.repeat):
            print(
                f"{row['query']:<16} {row['status']:>6} {row['first_ms']:>8} {row['median_ms']:>8} "
                f"{row['p95_ms']:>8} {row['queries']:>4}"
            )
    print(f"\nload average at the end: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
