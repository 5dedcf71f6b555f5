"""What the public pages cost in-process, kept in the cache and rendered, with their SQL queries:
to check that a change to every page (issue 20: the licence and "last updated" in the footer,
"Cite this", the JSON-LD) leaves them as fast, by measuring the same database with two checkouts.

    BENCH_DATABASE=/tmp/copy.sqlite3 .venv/bin/python bench/public_pages.py [--repeat 40] [--root DIR]

`--root` is the checkout whose code is measured (this one by default), so that another branch is
measured on the same file by the same script. Each mode runs in a process of its own: pages kept
(a second request for an address is answered from the cache, in the process's memory) and
rendered (PUBLIC_PAGE_CACHE_SECONDS=0: what the first request after a change costs). Django's test
Client: routing, every middleware, the view, the queries and the templates; no socket. DEBUG off.
Prints the median and the 95th percentile in milliseconds, and the queries of one request.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pages():
    """The addresses measured, from what the database holds."""
    from operations.models import Operation, Result

    operation = Operation.objects.published().order_by("pk").first()
    metric = (
        Result.objects.public()
        .filter(operation=operation, country__isnull=True)
        .values_list("metric__code", flat=True)[0]
    )
    return [
        "/",
        "/operations/",
        "/results/",
        f"/results/?operation={operation.slug}&metric={metric}",
        "/sources/",
        "/participants/",
        f"/operations/{operation.slug}/",
        f"/operations/{operation.slug}/metrics/{metric}/statements/",
        f"/operations/{operation.slug}/figures/{metric}/",
        "/about/",
        "/feeds/operations/",
        "/feeds/corrections/",
        "/sitemap.xml",
        "/sitemap-sources.xml",
    ]


def measure(repeat):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    for url in pages():
        first = client.get(url)
        if first.status_code == 404:
            rows.append({"url": url, "status": 404})
            continue
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
            b"".join(response) if response.streaming else response.content
        queries = len(captured)  # now: the next requests empty the connection's log
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url)
            b"".join(response) if response.streaming else response.content
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        rows.append(
            {
                "url": url,
                "status": response.status_code,
                "median": statistics.median(samples),
                "p95": samples[int(len(samples) * 0.95) - 1],
                "queries": queries,
                "bytes": len(response.content) if not response.streaming else None,
            }
        )
    print(json.dumps(rows))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--root", default=str(HERE.parent))
    parser.add_argument("--mode", choices=["kept", "rendered"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        sys.path.insert(0, args.root)
        measure(args.repeat)
        return
    database = os.environ.get("BENCH_DATABASE", str(HERE / ".data" / "bench.sqlite3"))
    root = Path(args.root).resolve()
    commit = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    print(f"code: {root} ({commit.stdout.strip()[:70]}); database: {database}; {args.repeat} requests a page")
    for mode in ("kept", "rendered"):
        env = dict(
            os.environ,
            DJANGO_ENV="development",
            DEBUG="False",
            DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{database}"),
            SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
            LOG_LEVEL="ERROR",
            DJANGO_SETTINGS_MODULE="jadsite.settings",
            CACHE_URL="locmemcache://bench",
            PUBLIC_PAGE_CACHE_SECONDS="0" if mode == "rendered" else "86400",
            PYTHONPATH=str(root),
        )
        command = [sys.executable, __file__, "--mode", mode, "--repeat", str(args.repeat), "--root", str(root)]
        output = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, check=True).stdout
        print(f"\n{mode}:\n{'page':<62} {'median ms':>9} {'p95 ms':>8} {'queries':>7}")
        for row in json.loads(output.splitlines()[-1]):
            if row["status"] != 200:
                print(f"{row['url'][:62]:<62} {'(' + str(row['status']) + ')':>9}")
                continue
            print(f"{row['url'][:62]:<62} {row['median']:>9.2f} {row['p95']:>8.2f} {row['queries']:>7}")
    with open("/proc/loadavg") as load:
        print(f"\nload average at the end: {load.read().split()[0]}")


if __name__ == "__main__":
    main()
