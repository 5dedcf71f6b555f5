"""Starting and stopping the servers under test on 127.0.0.1, and driving them with wrk.

Only loopback addresses are ever used. Every server is started by these helpers in its own process
group and stopped by its process id when the `with` block ends, whatever happens inside it.
"""

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / ".data"
# BENCH_DATABASE=/tmp/x.sqlite3 builds and measures another file (a small trial run, say).
DATABASE = Path(os.environ["BENCH_DATABASE"]).resolve() if os.environ.get("BENCH_DATABASE") else DATA / "bench.sqlite3"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DATASETTE_VENV = BENCH / ".venv-datasette"
DATASETTE = DATASETTE_VENV / "bin" / "datasette"
DATASETTE_PYTHON = DATASETTE_VENV / "bin" / "python"
HOST = "127.0.0.1"


# The shared cache as deployed: Django's RedisCache on the local Redis, a database of the bench's own.
BENCH_CACHE_URL = "redis://127.0.0.1:6379/3"


# The database Django is measured on: the SQLite file above, or a PostgreSQL database that
# results_page.py's --database-url names (built with the same rows; Datasette stays on the file).
DJANGO_DATABASE_URL = f"sqlite:///{DATABASE}"


def django_environment(database=None, rendered=False, shared_cache=True):
    """The environment of every measured Django process: development settings with DEBUG off (debug
    mode records every query), the bench database (a SQLite path, else DJANGO_DATABASE_URL), a
    throwaway key, and the shared cache in Redis,
    as deployed. `rendered=True` renders every page (PUBLIC_PAGE_CACHE_SECONDS=0: no page is kept,
    which is what the first request for an address costs after each change of the register).
    `shared_cache=False` keeps pages in the process's own memory, the default of `make run`."""
    env = dict(os.environ)
    env.update(
        DJANGO_ENV="development",
        DEBUG="False",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=f"sqlite:///{database}" if database else DJANGO_DATABASE_URL,
        SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
        LOG_LEVEL="ERROR",
        # Connections kept between requests, as production keeps them (jadsite/settings.py): development's
        # default of a new connection per request cost PostgreSQL a connection set-up on every page.
        CONN_MAX_AGE="60",
        DJANGO_SETTINGS_MODULE="jadsite.settings",
        PYTHONPATH=str(ROOT),
    )
    env["CACHE_URL"] = BENCH_CACHE_URL if shared_cache else "locmemcache://bench"
    if rendered:
        env["PUBLIC_PAGE_CACHE_SECONDS"] = "0"
    return env


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_answering(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


@contextlib.contextmanager
def running(command, env, ready_path, log_name):
    """Run a server command (which must listen on the port in `command`), wait for `ready_path`
    to answer, yield (base URL, process), then stop it by its process group id."""
    port = command[command.index("--port") + 1] if "--port" in command else None
    if port is None:
        bind = command[command.index("--bind") + 1]
        port = bind.rsplit(":", 1)[1]
    base = f"http://{HOST}:{port}"
    DATA.mkdir(exist_ok=True)
    log = open(DATA / log_name, "w")  # noqa: SIM115 (closed below, after the server)
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until_answering(base + ready_path, process)
        yield base, process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


def gunicorn(workers=2, database=None, ready_path="/results/?per_page=10", rendered=False):
    command = [
        str(GUNICORN),
        "jadsite.wsgi:application",
        "--bind",
        f"{HOST}:{free_port()}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--timeout",
        "120",
        "--log-level",
        "warning",
    ]
    return running(command, django_environment(database, rendered), ready_path, "gunicorn.log")


def datasette(database=DATABASE):
    if not DATASETTE.exists():
        raise RuntimeError(
            f"Datasette is not installed: python3.11 -m venv {DATASETTE_VENV} && "
            f"{DATASETTE_VENV}/bin/pip install datasette"
        )
    command = [
        str(DATASETTE),
        "serve",
        str(database),
        "--host",
        HOST,
        "--port",
        str(free_port()),
        "--setting",
        "suggest_facets",
        "off",
        "--setting",
        "max_csv_mb",
        "0",
    ]
    return running(command, dict(os.environ), f"/{database.stem}.json", "datasette.log")


def worker_pids(process):
    """The process and its children (gunicorn's workers)."""
    pids = [process.pid]
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    return pids


def reset_peak_memory(pids):
    """Reset VmHWM (peak resident memory) of each process, as Linux allows (clear_refs 5)."""
    for pid in pids:
        with contextlib.suppress(OSError):
            Path(f"/proc/{pid}/clear_refs").write_text("5")


def peak_memory_mib(pids):
    """The largest VmHWM among `pids`, in MiB."""
    peaks = []
    for pid in pids:
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peaks.append(int(match.group(1)) / 1024)
    return max(peaks, default=float("nan"))


def resident_mib(pids):
    values = []
    for pid in pids:
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                values.append(int(match.group(1)) / 1024)
    return max(values, default=float("nan"))


WRK_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _milliseconds(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * WRK_UNITS[match.group(2)] if match else float("nan")


def wrk(url, connections, seconds, threads=1):
    """Run wrk against a loopback URL for a bounded time; returns requests/s, latency percentiles (ms),
    the counts of requests, non-2xx/3xx answers and socket errors, and wrk's own text."""
    if not url.startswith(f"http://{HOST}:"):
        raise ValueError("wrk only ever targets 127.0.0.1")
    command = [
        "wrk",
        f"-t{min(threads, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    result = {"command": " ".join(command), "output": output}
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    result["rps"] = float(match.group(1)) if match else float("nan")
    match = re.search(r"(\d+) requests in", output)
    result["requests"] = int(match.group(1)) if match else 0
    match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non_2xx_3xx"] = int(match.group(1)) if match else 0
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["socket_errors"] = sum(int(n) for n in match.groups()) if match else 0
    for percentile in ("50", "75", "90", "99"):
        match = re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.MULTILINE)
        result[f"p{percentile}"] = _milliseconds(match.group(1)) if match else float("nan")
    return result


def drain(base, timeout=600):
    """Wait until the server has worked through what a finished wrk run left queued. A sync worker
    still answers the requests of connections wrk has closed, one after the other; a cheap request
    sent now is accepted after all of them. Returns the seconds it took."""
    start = time.perf_counter()
    for _ in range(2):  # one per worker, roughly: the second waits for the other worker's backlog
        try:
            with urllib.request.urlopen(f"{base}/bench-drain/", timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as answer:  # the 404 is the point
            answer.read()
    return time.perf_counter() - start


def fetch_streamed(url, chunk_size=1 << 16):
    """GET a URL, reading the body in chunks and throwing them away; returns (seconds, bytes, lines, status)."""
    start = time.perf_counter()
    size = lines = 0
    with urllib.request.urlopen(url, timeout=600) as response:
        status = response.status
        while chunk := response.read(chunk_size):
            size += len(chunk)
            lines += chunk.count(b"\n")
    return time.perf_counter() - start, size, lines, status


def say(*parts):
    print(*parts, file=sys.stderr, flush=True)
