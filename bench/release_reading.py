"""Benchmark of `?release=N` (issue 20): what freezing the register costs when a release is
published, and what reading a release's frozen copy costs against the live register, at 1,000,000
results, on SQLite or PostgreSQL.

    .venv/bin/python bench/release_reading.py [--runs 20]
        [--database-url postgres://postgres@127.0.0.1:5432/opendata_bench]

On the copies bench/data_package.py makes (never the bench databases themselves): a copy of
bench/.data/bench.sqlite3, or of jad_bench (`createdb -T`). In a fresh process: release 1 published
through `publish_release` (package, comparison, frozen copy, in one change), the frozen copy's part
timed on its own; then pages through Django's test Client with DEBUG off and the page cache off
(every request renders), connections kept between requests as deployed, live and `?release=1` in
turns, `--runs` requests each: median and 95th percentile. Prints the figures and the load average.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import data_package  # noqa: E402  (bench/ is not a package)

FROZEN = data_package.DATA / "releases"
PAGES = {
    "results, unfiltered": "/results/",
    "results, filtered (operation + metric)": "/results/?operation={operation}&metric={metric}",
    "operation page": "/operations/{operation}/",
    "API statements, filtered": "/api/statements/?operation={operation}&metric={metric}",
}


def child(runs):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="jadsite.settings",
        ALLOWED_HOSTS="testserver",
        PUBLIC_PAGE_CACHE_SECONDS="0",
        API_ANON_RATE="100000/minute",
        LOG_LEVEL="ERROR",
        CONN_MAX_AGE="60",  # connections kept between requests, as deployed
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    from operations.models import Operation, Release, Result
    from operations.opendata import releases

    Release.objects.all().delete()  # a copy used before: start from no release
    frozen = {}
    freeze = releases.freeze

    def timed_freeze(number):
        started = time.perf_counter()
        freeze(number)
        frozen["seconds"] = time.perf_counter() - started

    releases.freeze = timed_freeze
    started = time.perf_counter()
    releases.publish_release(None, "Bench release")
    figures = {"publish_s": round(time.perf_counter() - started, 2), "freeze_s": round(frozen["seconds"], 2)}
    figures["results"] = Result.objects.public_total()

    operation = Operation.objects.published().order_by("pk").first()
    headline = Result.objects.filter(operation=operation, metric__parent__isnull=True)
    metric = headline.values_list("metric__code", flat=True)
    client = Client()
    for name, pattern in PAGES.items():
        address = pattern.format(operation=operation.slug, metric=metric.first())
        times = {"live": [], "release 1": []}
        for _run in range(runs):
            for label, url in (("live", address), ("release 1", f"{address}{'&' if '?' in address else '?'}release=1")):
                started = time.perf_counter()
                response = client.get(url)
                times[label].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
        figures[name] = {
            label: (round(statistics.median(values), 2), round(sorted(values)[int(len(values) * 0.95) - 1], 2))
            for label, values in times.items()
        }
    print(json.dumps(figures))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database-url", help="PostgreSQL: the database for a million results (a copy of jad_bench)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.runs)
        return
    print(f"load average at the start: {' '.join(data_package.load_average())}")
    if args.database_url:
        url, label = data_package.postgres_copy(args.database_url, 1_000_000), "PostgreSQL"
    else:
        url, label = f"sqlite:///{data_package.sqlite_copy(1_000_000)}", "SQLite"
    data_package.migrate(url)
    completed = subprocess.run(
        [str(data_package.PYTHON), __file__, "--child", "--runs", str(args.runs)],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "DEBUG": "false", "FROZEN_REGISTER_DIR": str(FROZEN)},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    print(
        f"{label}, {figures.pop('results'):,} public results: release 1 published in {figures.pop('publish_s')} s, "
        f"of which the frozen copy {figures.pop('freeze_s')} s"
    )
    print(f"{'page':42} {'live median / p95':>20} {'?release=1 median / p95':>26}")
    for name, values in figures.items():
        live, frozen = values["live"], values["release 1"]
        print(f"{name:42} {live[0]:>9} / {live[1]:>6} ms {frozen[0]:>12} / {frozen[1]:>6} ms")
    print(f"load average at the end: {' '.join(data_package.load_average())}")


if __name__ == "__main__":
    main()
