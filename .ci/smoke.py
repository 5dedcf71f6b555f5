"""Smoke test: the site under gunicorn in production mode on PostgreSQL, on a loopback port.

Fetches the home page, a table (kept in the shared cache when CACHE_URL names Redis), an export
and a static file, asks /health/ over plain HTTP as a load balancer does, signs in to the admin,
and stops. Run by .ci/run; needs DATABASE_URL pointing at a database it may fill.
"""

import http.cookies
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = int(os.environ.get("SMOKE_PORT") or free_port())
BASE = f"http://127.0.0.1:{PORT}"
# gunicorn sits behind a TLS-terminating proxy in production; the header stands in for it here.
HEADERS = {"X-Forwarded-Proto": "https", "Host": "register.example.org"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def fetch(path, data=None, cookies=None, over_https=True):
    headers = dict(HEADERS) if over_https else {"Host": HEADERS["Host"]}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if data is not None:
        headers["Referer"] = "https://register.example.org/admin/login/"
        data = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(BASE + path, data=data, headers=headers)
    try:
        response = opener.open(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    body = response.read()
    jar = http.cookies.SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return response.status, response.headers, body, {k: m.value for k, m in jar.items()}


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        raise SystemExit(1)


def main():
    env = dict(
        os.environ,
        DJANGO_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="register.example.org",
    )
    password = secrets.token_urlsafe(16)

    def manage(*args, **extra):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=dict(env, **extra), check=True)

    manage("migrate", "--noinput", "-v0")
    manage("load_demo")
    manage("collectstatic", "--noinput", "-v0")
    subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            "from django.contrib.auth.models import User; User.objects.filter(username='smoke').delete()",
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    manage(
        "createsuperuser",
        "--noinput",
        "--username",
        "smoke",
        "--email",
        "smoke@example.org",
        DJANGO_SUPERUSER_PASSWORD=password,
    )

    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "jadsite.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(60):
            try:
                fetch("/")
                break
            except OSError:
                time.sleep(0.5)
        status, _, home, _ = fetch("/")
        check(status == 200, f"home page answers 200 (got {status})")
        status, headers, _, _ = fetch("/", over_https=False)
        check(status == 301 and headers["Location"].startswith("https://"), "plain HTTP is redirected to HTTPS")
        # Load balancers probe over plain HTTP: every check answers, the shared cache included.
        status, _, health, _ = fetch("/health/?format=json", over_https=False)
        answers = json.loads(health)
        check(status == 200 and set(answers.values()) == {"OK"}, f"/health/ over HTTP: {status} {answers}")
        status, _, table, _ = fetch("/results/")
        check(status == 200 and b"<table" in table, "results table answers 200 with a table")
        if os.environ.get("CACHE_URL", "").startswith("redis://"):
            import redis

            kept = redis.Redis.from_url(os.environ["CACHE_URL"]).keys("*:page:*")
            check(len(kept) >= 2, f"the pages are kept in the shared cache ({len(kept)} in Redis)")
            status, _, again, _ = fetch("/results/")
            check(status == 200 and again == table, "the results table answers the same from the shared cache")
        status, headers, export, _ = fetch("/results/?_export=csv")
        check(status == 200 and headers.get("Content-Type", "").startswith("text/csv"), "results CSV export")
        lines = export.count(b"\n")
        check(lines > 10, f"the export has rows ({lines} lines)")
        static = re.search(rb'/static/[^"\']+\.css', home)
        check(static is not None, "home page links a stylesheet")
        status, headers, _, _ = fetch(static.group().decode())
        check(status == 200 and "max-age" in headers.get("Cache-Control", ""), f"static file {static.group().decode()}")

        status, _, login_page, cookies = fetch("/admin/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1).decode()
        status, headers, _, signed_in = fetch(
            "/admin/login/?next=/admin/",
            data={"username": "smoke", "password": password, "csrfmiddlewaretoken": token, "next": "/admin/"},
            cookies=cookies,
        )
        check(status == 302 and "sessionid" in signed_in, f"admin sign-in redirects with a session ({status})")
        status, _, admin_index, _ = fetch("/admin/", cookies={**cookies, **signed_in})
        check(status == 200 and b"Log out" in admin_index, "the admin index shows the signed-in user")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("smoke test passed")


if __name__ == "__main__":
    sys.exit(main())
