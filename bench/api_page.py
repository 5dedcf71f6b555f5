"""Benchmark of the JSON API (issue 20): a filtered page of 25 statements from /api/statements/ against
Datasette's JSON for the same query on the same 1,000,000-result SQLite file.

    .venv/bin/python bench/api_page.py [--runs 5] [--database-url postgres://postgres@127.0.0.1:5432/api_bench]

The query is the results page bench's filtered page (results_page.py): one operation and a metric
with its breakdown (350 statements, 25 shown), `/api/statements/?operation=..&metric=..` against
Datasette's `operations_result.json?operation_id=..&metric_id__in=..&_size=25&_shape=objects`,
the rows as objects, as the API gives them; and Datasette with `_labels=on` too, which names each
row's operation, metric, country and source as the API does. The unfiltered first page as well.

Timed in-process as results_page.py does (django_probe.py: Django's test Client, every middleware,
DEBUG off; datasette_probe.py: Datasette's own client), in turns in every run, `--runs` x 20
requests per address and server. Django twice: as deployed, with the shared cache in the local Redis
(database 5, emptied at the start; an answer asked for again before the register changes is kept
there, operations.api.base), and rendering every answer (PUBLIC_PAGE_CACHE_SECONDS=0: what the
first request for an address costs after a change). The throttle is on in both, at a rate the bench
never reaches. With --database-url, Django reads that PostgreSQL copy of the bench database (its
record bench/.data/bench-<name>.json, as results_page.py builds it); Datasette stays on the file.
"""

import argparse
import statistics
import sys

import servers
from results_page import Probe, build, load_average, percentile
from servers import BENCH, DATABASE, DATASETTE_PYTHON, PYTHON, say

REPEAT = 20
GOAL = 2.0  # the API at least twice as fast as Datasette's JSON
# The bench's own Redis database, so that no other bench empties it while this one runs.
servers.BENCH_CACHE_URL = "redis://127.0.0.1:6379/5"


def addresses(meta):
    """{name: (Django URL, Datasette JSON URL, Datasette JSON with labels)}."""
    table = f"/{DATABASE.stem}/operations_result.json"
    ids = ",".join(str(pk) for pk in meta["metric_ids"])
    filtered = f"operation_id={meta['filtered_operation_id']}&metric_id__in={ids}&_size=25&_shape=objects"
    unfiltered = "_size=25&_shape=objects"
    return {
        "filtered (operation + metric with its breakdown)": (
            f"/api/statements/?operation={meta['filtered_operation']}&metric={meta['metric']}",
            f"{table}?{filtered}",
            f"{table}?{filtered}&_labels=on",
        ),
        "unfiltered, first page": ("/api/statements/", f"{table}?{unfiltered}", f"{table}?{unfiltered}&_labels=on"),
    }


def django_environment(rendered):
    env = servers.django_environment(rendered=rendered)
    env["API_ANON_RATE"] = "100000000/minute"
    return env


def measure(meta, runs):
    command = [str(PYTHON), str(BENCH / "django_probe.py"), "pages"]
    probes = {
        "django, kept in Redis": Probe(command, env=django_environment(rendered=False)),
        "django, rendered": Probe(command, env=django_environment(rendered=True)),
        "datasette JSON": Probe([str(DATASETTE_PYTHON), str(BENCH / "datasette_probe.py"), str(DATABASE)]),
        "datasette JSON, labels": Probe([str(DATASETTE_PYTHON), str(BENCH / "datasette_probe.py"), str(DATABASE)]),
    }
    urls = addresses(meta)

    def url_for(server, urls_of_page):
        django_url, datasette_url, labelled_url = urls_of_page
        if server.startswith("django"):
            return django_url
        return labelled_url if server.endswith("labels") else datasette_url

    figures = {name: {server: [] for server in probes} for name in urls}
    answers = {}
    try:
        for urls_of_page in urls.values():  # warm-up, not counted
            for server, probe in probes.items():
                probe.measure(url_for(server, urls_of_page), 3)
        for run in range(runs):
            for name, urls_of_page in urls.items():
                order = list(probes.items())
                for server, probe in order if run % 2 == 0 else reversed(order):
                    answer = probe.measure(url_for(server, urls_of_page), REPEAT)
                    figures[name][server] += answer["times_ms"]
                    answers[(name, server)] = answer
            say(f"run {run + 1}/{runs} done")
    finally:
        for probe in probes.values():
            probe.close()
    return figures, answers


def report(figures, answers, args):
    lines = [
        f"Django on {args.django_database}; Datasette on {DATABASE}; {args.runs} runs x {REPEAT} requests each",
        "",
        f"{'page':<50} {'server':<24} {'median':>8} {'p95':>8} {'SQL':>4} {'bytes':>7} {'status':>6}",
    ]
    medians = {}
    for name, by_server in figures.items():
        for server, times in by_server.items():
            answer = answers[(name, server)]
            medians[(name, server)] = statistics.median(times)
            lines.append(
                f"{name:<50} {server:<24} {statistics.median(times):>6.2f}ms {percentile(times, 0.95):>6.2f}ms "
                f"{answer['queries']:>4} {answer['bytes']:>7} {answer['status']:>6}"
            )
    lines += ["", f"Datasette's time over Django's (goal: at least {GOAL:.0f}x)"]
    for name in figures:
        for django in ("django, kept in Redis", "django, rendered"):
            for datasette in ("datasette JSON", "datasette JSON, labels"):
                ratio = medians[(name, datasette)] / medians[(name, django)]
                met = "met" if ratio >= GOAL else "MISSED"
                lines.append(f"  {name}: {datasette} / {django}: {ratio:.2f}x {met}")
    lines += ["", f"load average at the start: {args.load_start}; at the end: {load_average()}"]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="alternating runs of each measurement")
    parser.add_argument("--rows", type=int, default=1_000_000, help="results in the bench database")
    parser.add_argument("--database-url", help="measure Django on this PostgreSQL copy of the bench database")
    args = parser.parse_args()
    if args.database_url:
        servers.DJANGO_DATABASE_URL = args.database_url
    args.django_database = servers.DJANGO_DATABASE_URL.split("://")[0].replace("postgres", "PostgreSQL")
    args.load_start = load_average()
    meta = build(args.rows, False, args.database_url)
    import redis

    redis.Redis.from_url(servers.BENCH_CACHE_URL).flushdb()
    figures, answers = measure(meta, args.runs)
    print(report(figures, answers, args))


if __name__ == "__main__":
    sys.exit(main())
