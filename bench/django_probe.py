"""Django measured in-process, run as a subprocess of results_page.py with the bench environment
(servers.django_environment: DEBUG off, the bench database).

    python bench/django_probe.py pages     # JSON lines in: {"url", "repeat"}; JSON lines out: timings
    python bench/django_probe.py export URL  # one export, timed, with the process's peak memory

Pages are requested through Django's test Client, so the time covers URL resolution, every
middleware, the view, the queries and the template, but not a socket. Queries are counted on one
extra request, apart from the timed ones.
"""

import json
import os
import sys
import time
from pathlib import Path

import django


def setup():
    django.setup()
    from django.test import Client

    from jadsite.memory import freeze_after_first_request

    freeze_after_first_request()  # as jadsite/wsgi.py does in a deployed process
    return Client()


def page_timings(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, cpu_times = [], []
    status = size = 0
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        # The process's own CPU time: what the machine's load does not add to (a PostgreSQL
        # server's work is not in it; SQLite's is).
        cpu_times.append((time.process_time() - cpu_start) * 1000)
        status, size = response.status_code, len(response.content)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return {"times_ms": times, "cpu_ms": cpu_times, "queries": len(queries), "status": status, "bytes": size}


def serve_pages():
    client = setup()
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(page_timings(client, request["url"], request["repeat"])), flush=True)


def memory_kib(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def export(url):
    client = setup()
    # Warm up: imports, URL resolver, templates, the database connection.
    client.get(url.split("?")[0] + "?per_page=10")
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current resident size
    before = memory_kib("VmRSS")
    start = time.perf_counter()
    response = client.get(url)
    size = lines = 0
    body = b""
    if response.streaming:
        for chunk in response.streaming_content:
            size += len(chunk)
            lines += chunk.count(b"\n")
    else:
        body = response.content
        size = len(body)
    seconds = time.perf_counter() - start
    peak = memory_kib("VmHWM")
    # Rows are counted after the timed part: a CSV's lines, or a workbook read back.
    rows = lines - 1 if response.streaming else xlsx_rows(body)
    return {
        "seconds": seconds,
        "rows": rows,
        "bytes": size,
        "status": response.status_code,
        "peak_mib": peak / 1024,
        "peak_growth_mib": (peak - before) / 1024,
    }


def xlsx_rows(body):
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(body), read_only=True).worksheets[0]
    return sum(1 for _ in sheet.iter_rows(values_only=True)) - 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jadsite.settings")
    if sys.argv[1] == "pages":
        serve_pages()
    else:
        print(json.dumps(export(sys.argv[2])))
