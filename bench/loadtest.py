"""The load and fault test (`make loadtest`): 20 visitors and an editor against gunicorn in production
mode on PostgreSQL, with Redis as the shared cache.

    .venv/bin/python bench/loadtest.py [--duration 60] [--users 20] [--faults]
        [--database-url postgres://postgres@127.0.0.1:5432/jad_loadtest] [--cache-url redis://127.0.0.1:6379/6]

1. A fresh database (dropped and created again), `migrate`, `load_demo`, two admin accounts with
   random passwords (an editor and a publisher: publishing takes four eyes), `collectstatic`.
2. gunicorn with three sync workers, DJANGO_ENV=production, a generated SECRET_KEY,
   ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT and SECURE_COOKIES off (plain HTTP on this machine
   only), CACHE_URL on a Redis database of the test's own, emptied first.
3. locust, headless, with bench/locustfile.py: the visitors over every public page and export, and the
   editor withdrawing, correcting, submitting and publishing operations through the admin.
4. With --faults, during the run: one gunicorn worker killed (SIGKILL; the master starts another),
   Redis stopped for some seconds then started, PostgreSQL restarted. These stop services other people
   on the machine use: run it only where that is allowed.

Prints requests, failures, server errors (5xx; with --faults, those outside the seconds the database
was down), the 50th/95th/99th percentile latency, answers that showed an operation after its
withdrawal, and whether every figure the editor saved is stored at the end. Exits 1 if any of these
is wrong.
"""

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import servers
from servers import DATA, PYTHON, ROOT, say

LOCUST = ROOT / ".venv" / "bin" / "locust"
# The commands --faults runs, as this machine has its services (Debian: pg_ctlcluster, an init script).
RESTART_POSTGRES = ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"]
STOP_REDIS = ["service", "redis-server", "stop"]
START_REDIS = ["service", "redis-server", "start"]
REDIS_DOWN_SECONDS = 8
# After PostgreSQL answers again, the seconds a request begun while it was down may still take.
DATABASE_GRACE_SECONDS = 2


def environment(args, secret_key):
    env = dict(os.environ)
    for name in ("DEBUG", "PUBLIC_PAGE_CACHE_SECONDS", "STATICFILES_BACKEND"):
        env.pop(name, None)
    env.update(
        DJANGO_ENV="production",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        DATABASE_URL=args.database_url,
        CACHE_URL=args.cache_url,
        LOG_LEVEL="WARNING",
        DJANGO_SETTINGS_MODULE="jadsite.settings",
    )
    return env


def manage(env, *command):
    subprocess.run([str(PYTHON), "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(args, env):
    """A fresh database with the demo register and two admin accounts; the cache emptied."""
    import psycopg
    import redis

    server, name = args.database_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    redis.Redis.from_url(args.cache_url).flushdb()
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    accounts = {role: {"username": f"loadtest-{role}", "password": secrets.token_urlsafe(24)} for role in ROLES}
    create = (
        "import json, os; from django.contrib.auth import get_user_model; User = get_user_model()\n"
        "for account in json.loads(os.environ['LOADTEST_ACCOUNTS']).values():\n"
        "    User.objects.create_superuser(account['username'], '', account['password'])"
    )
    manage({**env, "LOADTEST_ACCOUNTS": json.dumps(accounts)}, "shell", "--no-imports", "-c", create)
    with psycopg.connect(args.database_url) as connection:
        operations = {}
        for pk, slug, name, short_name in connection.execute(
            "SELECT id, slug, name, short_name FROM operations_operation WHERE status = 'published' ORDER BY id"
        ):
            results = [row[0] for row in connection.execute(
                "SELECT id FROM operations_result WHERE operation_id = %s ORDER BY id LIMIT 20", [pk]
            )]  # fmt: skip
            if results:
                operations[slug] = {"id": pk, "name": name, "short_name": short_name, "results": results}
        plan = {
            "operations": operations,
            "activities": [row[0] for row in connection.execute(
                "SELECT slug FROM operations_activity WHERE status = 'published'")],
            "sources": [row[0] for row in connection.execute("SELECT id FROM operations_source ORDER BY id")],
            "participants": [row[0] for row in connection.execute("SELECT slug FROM participants_participant")],
            "accounts": accounts,
        }  # fmt: skip
    return plan


ROLES = ("editor", "publisher")


def stored_values(database_url, result_ids):
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT id, value FROM operations_result WHERE id = ANY(%s)", [[int(pk) for pk in result_ids]]
        )
        return {str(pk): value for pk, value in rows}


def run_faults(duration, gunicorn, events, stop):
    """Kill a worker at a quarter of the run, stop Redis at two fifths, restart PostgreSQL at two thirds."""

    def at(fraction):
        return not stop.wait(max(0.0, start + duration * fraction - time.time()))

    def note(what):
        events.append((time.time(), what))
        say(f"fault: {what}")

    start = time.time()
    if at(0.25):
        workers = servers.worker_pids(gunicorn)[1:]
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            note(f"gunicorn worker {workers[0]} killed")
    if at(0.4):
        note("Redis stopping")
        subprocess.run(STOP_REDIS, check=False)
        stop.wait(REDIS_DOWN_SECONDS)
        subprocess.run(START_REDIS, check=False)
        note("Redis started")
    if at(0.65):
        note("PostgreSQL down")
        subprocess.run(RESTART_POSTGRES, check=False)
        while subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode != 0:
            time.sleep(0.2)
        note("PostgreSQL up")


def database_down(fault_events):
    """The seconds PostgreSQL was down, from the fault log: (from, to) or None."""
    times = {what: moment for moment, what in fault_events}
    if "PostgreSQL down" not in times or "PostgreSQL up" not in times:
        return None
    return times["PostgreSQL down"], times["PostgreSQL up"] + DATABASE_GRACE_SECONDS


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--users", type=int, default=20, help="concurrent visitors")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--faults", action="store_true", help="kill a worker, stop Redis, restart PostgreSQL")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/jad_loadtest")
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/6")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        parser.error("the load test runs on PostgreSQL")

    env = environment(args, secrets.token_urlsafe(50))
    say(f"preparing {args.database_url} (migrate, load_demo, accounts, collectstatic)...")
    plan = prepare(args, env)
    DATA.mkdir(exist_ok=True)
    plan_file, report_file = DATA / "loadtest-plan.json", DATA / "loadtest-report.json"
    plan_file.write_text(json.dumps(plan))
    report_file.unlink(missing_ok=True)
    load_start = Path("/proc/loadavg").read_text().split()[:3]

    gunicorn_command = [
        str(servers.GUNICORN), "jadsite.wsgi:application", "--bind", f"{servers.HOST}:{servers.free_port()}",
        "--workers", str(args.workers), "--worker-class", "sync", "--timeout", "60", "--log-level", "warning",
    ]  # fmt: skip
    fault_events, stop = [], threading.Event()
    with servers.running(gunicorn_command, env, "/", "loadtest-gunicorn.log") as (base, gunicorn):
        locust = [
            str(LOCUST), "-f", str(servers.BENCH / "locustfile.py"), "--headless", "--users", str(args.users),
            "--spawn-rate", str(args.users), "--run-time", f"{args.duration}s", "--host", base, "--only-summary",
            "--stop-timeout", "10", "--loglevel", "WARNING",
        ]  # fmt: skip
        faults = None
        if args.faults:
            faults = threading.Thread(target=run_faults, args=(args.duration, gunicorn, fault_events, stop))
        say(f"locust: {args.users} visitors and an editor for {args.duration} s against {base}")
        locust_env = {**os.environ, "LOADTEST_PLAN": str(plan_file), "LOADTEST_REPORT": str(report_file)}
        process = subprocess.Popen(locust, cwd=ROOT, env=locust_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if faults:
            faults.start()
        output = process.communicate(timeout=args.duration + 180)[0].decode()
        stop.set()
        if faults:
            faults.join()
    report = json.loads(report_file.read_text())
    return summarise(args, report, plan, fault_events, load_start, output)


def summarise(args, report, plan, fault_events, load_start, locust_output):
    saves = report["editor"]["saves"]
    stored = stored_values(args.database_url, saves)
    lost = {pk: value for pk, value in saves.items() if stored.get(pk) is None or float(stored[pk]) != float(value)}
    errors = report["server_errors"]
    down = database_down(fault_events)
    outside = [error for error in errors if down is None or not down[0] <= error[0] <= down[1]]
    log = (DATA / "loadtest-gunicorn.log").read_text()
    tracebacks = log.count("Traceback")
    load_end = Path("/proc/loadavg").read_text().split()[:3]

    lines = [
        f"load test: {args.users} visitors + 1 editor, {args.duration} s, gunicorn {args.workers} sync workers, "
        f"PostgreSQL {args.database_url.rsplit('/', 1)[1]}, Redis cache {args.cache_url}, faults: "
        f"{'yes' if args.faults else 'no'}",
        f"load average at the start {' '.join(load_start)}, at the end {' '.join(load_end)}",
        f"requests {report['requests']:,}  ({report['rps']:.1f}/s)   failures {report['failures']}",
        f"latency p50 {report['p50_ms']:.0f} ms, p95 {report['p95_ms']:.0f} ms, p99 {report['p99_ms']:.0f} ms",
        f"server errors (5xx) {len(errors)}"
        + (f"; outside the database's downtime {len(outside)}" if args.faults else ""),
        f"stale answers after a withdrawal {len(report['stale'])}",
        f"editor: {report['editor']['cycles']} operations withdrawn, corrected, submitted and published again; "
        f"{len(saves)} figures saved, {len(lost)} lost; {len(report['editor']['errors'])} retried or failed steps",
        f"tracebacks in gunicorn's log {tracebacks}",
    ]
    for moment, what in fault_events:
        lines.append(f"  fault at {time.strftime('%H:%M:%S', time.localtime(moment))}: {what}")
    for failure in report["failures_by_kind"]:
        lines.append(f"  failure: {failure['occurrences']} × {failure['method']} {failure['name']}: {failure['error']}")
    for _moment, slug, url, why in report["stale"][:10]:
        lines.append(f"  stale: {url} about {slug}: {why}")
    for _moment, what, error in report["editor"]["errors"][:10]:
        lines.append(f"  editor: {what}: {error}")
    print("\n".join(lines))
    if locust_output.strip():
        say(locust_output[-3000:])
    ok = (
        report["requests"] > 0
        and not outside
        and not report["stale"]
        and not lost
        and report["editor"]["cycles"] > 0
        and (args.faults or report["failures"] == 0)
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
