"""Datasette measured in-process, the counterpart of django_probe.py. Runs with the bench's own
Datasette environment (bench/.venv-datasette/bin/python), never the project's.

    bench/.venv-datasette/bin/python bench/datasette_probe.py DATABASE

JSON lines in: {"url", "repeat"}; JSON lines out: {"times_ms", "queries", "status", "bytes"}.
Requests go through Datasette's own in-process client (its ASGI app, no socket), with the same
settings as the served instance: suggest_facets off, max_csv_mb 0. SQL queries are counted with
Datasette's tracer on one extra request.
"""

import asyncio
import json
import sys
import time

from datasette.app import Datasette
from datasette.tracer import capture_traces


async def main(database):
    datasette = Datasette([database], settings={"suggest_facets": False, "max_csv_mb": 0})
    await datasette.invoke_startup()
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        request = json.loads(line)
        times = []
        response = None
        for _ in range(request["repeat"]):
            start = time.perf_counter()
            response = await datasette.client.get(request["url"])
            times.append((time.perf_counter() - start) * 1000)
        traces = []
        with capture_traces(traces):
            await datasette.client.get(request["url"])
        queries = sum(1 for trace in traces if trace.get("type") == "sql")
        answer = {"times_ms": times, "queries": queries, "status": response.status_code, "bytes": len(response.content)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
