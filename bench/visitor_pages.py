"""Benchmark of issue 19's goals for visitors: a country's page and a search answer rendered in full
(no page kept: PUBLIC_PAGE_CACHE_SECONDS=0), under 50 ms on the demo data and under 200 ms on the
million-result bench database, on SQLite and PostgreSQL.

    .venv/bin/python bench/visitor_pages.py [--database demo bench postgres://... ] [--repeat 20]

`demo` is bench/.data/demo.sqlite3 (load.py makes it once), `bench` the SQLite file results_page.py
builds (bench/.data/bench.sqlite3, or BENCH_DATABASE; a copy, since it is migrated here). A
PostgreSQL URL names a database holding either: the bench's (a copy of jad_bench: `createdb -T
jad_bench NAME`), or the demo data (`manage.py migrate` and `load_demo` with its DATABASE_URL); a
name with "bench" in it is held to the bench's target. Each database is migrated first; on SQLite
the quotes' index is merged (search.prepare).

Timed through Django's test Client in a subprocess (django_probe.py: routing, middleware, view,
queries, template; no socket), DEBUG off. For each page: the first request (what the process reads
once per revision of the register) and the median and 95th percentile of the next `--repeat`, the
median of the process's CPU time (what a busy machine does not add to; on PostgreSQL without the
server's work), its SQL queries and size.
"""

import argparse
import json
from pathlib import Path
from urllib.parse import urlencode

import search
import servers
from servers import ROOT

COUNTRIES = ["serbia", "north-macedonia", "kosovo"]
TARGETS_MS = {"demo": 50, "bench": 200}


def pages():
    return [f"/participants/{slug}/" for slug in COUNTRIES] + [
        "/search/?" + urlencode({"q": query}) for query in search.QUERIES
    ]


def measure(path, repeat):
    return search.timed_pages(path, repeat, pages())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", nargs="+", default=["demo", "bench"])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"load average at the start: {Path('/proc/loadavg').read_text().split()[:3]}")
    report = []
    for name in args.database:
        path = search.prepare(name) if name != "bench" else search.prepare(str(servers.DATABASE))
        kind = "bench" if "bench" in name else "demo"
        target = TARGETS_MS[kind]
        label = name if not name.startswith("postgres") else "PostgreSQL " + name.rsplit("/", 1)[-1]
        print(f"\n{label} (target {target} ms for the median and the 95th percentile)")
        print(f"{'page':<44} {'status':>6} {'first':>7} {'median':>7} {'p95':>7} {'CPU':>6} {'SQL':>4} {'kB':>5}  met")
        rows = measure(path, args.repeat)
        for row in rows:
            met = "yes" if row["p95_ms"] < target and row["median_ms"] < target else "NO"
            print(
                f"{row['url'][:44]:<44} {row['status']:>6} {row['first_ms']:>7} {row['median_ms']:>7} "
                f"{row['p95_ms']:>7} {row['cpu_median_ms']:>6} {row['queries']:>4} {row['kb']:>5}  {met}"
            )
        report.append({"database": label, "target_ms": target, "pages": rows})
    print(f"\nload average at the end: {Path('/proc/loadavg').read_text().split()[:3]}")
    out = servers.DATA / "visitor-pages.json"
    out.write_text(json.dumps(report, indent=1))
    print(f"figures written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
