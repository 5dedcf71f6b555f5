"""Benchmark of the data package (issue 20): the whole public register written as one CSV per table
and datapackage.json in a zip, at 100,000 and at 1,000,000 results, to show that time grows with the
rows and memory does not (goal: a million results in under 60 s).

    .venv/bin/python bench/data_package.py [--sizes 100000 1000000] [--releases]
        [--database-url postgres://postgres@127.0.0.1:5432/opendata_bench]

Works on copies, never on the bench databases themselves:
- SQLite: a million results is a copy of bench/.data/bench.sqlite3 (the lead's, from /work/main when
  this worktree has none; `synthetic.py`'s register), 100,000 a file filled by `synthetic.fill` with
  the same seed (so its rows are the first 100,000 of the million's);
- PostgreSQL (`--database-url`): a million is a copy of jad_bench (`createdb -T jad_bench`, made once),
  100,000 a database of that name with `_100k`, filled by `synthetic.fill`.
Each is migrated (this branch's migrations) before it is measured.

Each build runs in a fresh process (`--child`), as `manage.py build_data_package --output` would:
Django set up, the peak resident memory reset (VmHWM, clear_refs), then the build; it reports its
wall time, the peak over the build, the file's size and the rows of each table. `--releases` also
publishes two releases in a row on the copy (the second compares its package with the first's, a
row at a time, and stores its file in the database a megabyte a row) and reports each.

Prints the figures and the load average before and after (the machine is shared: docs/performance.md).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
LEADS_DATA = Path("/work/main/bench/.data")
PYTHON = ROOT / ".venv" / "bin" / "python"
GOAL_SECONDS = 60


def load_average():
    return Path("/proc/loadavg").read_text().split()[:3]


def peak_mib():
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def reset_peak():
    Path("/proc/self/clear_refs").write_text("5")


def child(kind, output):
    """In a fresh process: set Django up, then build (or publish two releases) and print the figures."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jadsite.settings")
    import django

    django.setup()
    from operations.models import Result

    results = Result.objects.public_total()
    reset_peak()
    before = peak_mib()
    figures = {"results": results, "baseline_mib": round(before, 1)}
    if kind == "build":
        from operations.opendata.package import build

        started = time.perf_counter()
        built = build(output)
        figures.update(seconds=round(time.perf_counter() - started, 2), size=built.size, rows=built.rows)
    else:
        from operations.models import Release
        from operations.opendata.releases import publish_release

        Release.objects.all().delete()  # a copy used before: start from no release
        for number in (1, 2):
            started = time.perf_counter()
            release = publish_release(None, f"Bench release {number}")
            figures[f"release_{number}_seconds"] = round(time.perf_counter() - started, 2)
            figures[f"release_{number}_size"] = release.package_size
        figures["changes"] = {key: value for key, value in release.changes.items() if not isinstance(value, list)}
    figures["peak_mib"] = round(peak_mib(), 1)
    figures["growth_mib"] = round(figures["peak_mib"] - before, 1)
    print(json.dumps(figures))


def run_child(database_url, kind):
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "false"}
    with tempfile.TemporaryDirectory(prefix="jad-package-bench-") as folder:
        output = Path(folder) / "package.zip"
        completed = subprocess.run(
            [str(PYTHON), __file__, "--child", kind, "--output", str(output)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def migrate(database_url):
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run([str(PYTHON), "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True)


def sqlite_copy(rows):
    """A SQLite file with `rows` results: the bench file copied for a million, a new one otherwise."""
    path = DATA / f"data-package-{rows}.sqlite3"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    source = DATA / "bench.sqlite3" if (DATA / "bench.sqlite3").exists() else LEADS_DATA / "bench.sqlite3"
    record = json.loads(source.with_suffix(".json").read_text())
    if record["rows"] == rows:
        print(f"copying {source} ...", flush=True)
        shutil.copyfile(source, path)
    else:
        fill(f"sqlite:///{path}", path, rows)
    return path


def fill(url, target, rows):
    sys.path.insert(0, str(ROOT / "bench"))
    import synthetic

    migrate(url)
    print(f"filling {target} with {rows:,} results ...", flush=True)
    synthetic.fill(target, rows)


def postgres_copy(url, rows):
    """The PostgreSQL database for `rows` results: `url`'s, a copy of jad_bench, for a million; one
    named with `_100k` (and so on), filled by synthetic.py, otherwise."""
    import psycopg

    server, name = url.rsplit("/", 1)
    if rows != 1_000_000:
        name = f"{name}_{rows // 1000}k"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            if rows == 1_000_000:
                print(f"copying jad_bench into {name} ...", flush=True)
                copy_when_free(connection, name)
            else:
                connection.execute(f'CREATE DATABASE "{name}"')
    copy = f"{server}/{name}"
    if not exists and rows != 1_000_000:
        fill(copy, copy, rows)
    return copy


def copy_when_free(connection, name, attempts=60):
    """CREATE DATABASE ... TEMPLATE jad_bench, which PostgreSQL refuses while anyone is connected to
    jad_bench (other benchmarks on this shared machine): tried again every 10 s."""
    import psycopg

    for _attempt in range(attempts):
        try:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE jad_bench')
            return
        except psycopg.errors.ObjectInUse:
            time.sleep(10)
    raise RuntimeError("jad_bench stayed in use: try again later")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="results per database")
    parser.add_argument("--database-url", help="PostgreSQL: the database for a million results (a copy of jad_bench)")
    parser.add_argument("--releases", action="store_true", help="also publish two releases on each copy")
    parser.add_argument("--child", choices=["build", "releases"], help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.output)
        return

    print(f"load average at the start: {' '.join(load_average())}")
    for rows in args.sizes:
        if args.database_url:
            url = postgres_copy(args.database_url, rows)
            label = "PostgreSQL"
        else:
            url = f"sqlite:///{sqlite_copy(rows)}"
            label = "SQLite"
        migrate(url)
        figures = run_child(url, "build")
        verdict = "" if rows < 1_000_000 else (" (goal met)" if figures["seconds"] < GOAL_SECONDS else " (goal MISSED)")
        print(
            f"{label}, {figures['results']:,} public results: built in {figures['seconds']} s{verdict}, "
            f"{figures['size'] / 2**20:.1f} MiB zip, {figures['rows']['statements']:,} statements; "
            f"peak memory {figures['peak_mib']} MiB ({figures['growth_mib']:+} MiB over the "
            f"{figures['baseline_mib']} MiB of the process before the build); load {' '.join(load_average())}",
            flush=True,
        )
        if args.releases:
            figures = run_child(url, "releases")
            print(
                f"{label}, {figures['results']:,} results: release 1 published in {figures['release_1_seconds']} s, "
                f"release 2 (compared with 1) in {figures['release_2_seconds']} s; peak memory "
                f"{figures['peak_mib']} MiB ({figures['growth_mib']:+} MiB); changes {figures['changes']}; "
                f"load {' '.join(load_average())}",
                flush=True,
            )
    print(f"load average at the end: {' '.join(load_average())}")


if __name__ == "__main__":
    main()
