"""The load test's visitors and its editor, run by bench/loadtest.py (`make loadtest`) under locust:

    locust -f bench/locustfile.py --headless --users 20 --spawn-rate 20 --run-time 60s --host URL

with LOADTEST_PLAN naming the JSON file loadtest.py wrote (the demo register's slugs, ids and the two
admin accounts) and LOADTEST_REPORT the JSON file this writes when the run stops.

Visitors read every public page and export (operations/urls.py, participants/urls.py). The editor,
a greenlet of its own beside them, signs in to the admin as two people (four-eyes publishing) and
goes round the demo's operations: withdraws one (the publisher), saves a figure of it (the editor),
submits it (the editor), publishes it again (the publisher). From the moment a withdrawal is
confirmed until its publication starts, every answer about that operation must not show it: its
page and workbook answer 404, and no list page or export names it. Any other answer is "stale".
"""

import html
import json
import os
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import gevent
import gevent.event
import requests
from locust import HttpUser, between, events, task

# Detail pages that answer 404 while the editor has withdrawn the operation that made them public.
PAGES_A_WITHDRAWAL_HIDES = ("/sources/", "/participants/")
PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text()) if os.environ.get("LOADTEST_PLAN") else None

# What the run saw, written to LOADTEST_REPORT at the end.
server_errors = []  # (time, method, name, status)
stale = []  # (time, slug, url, why)
editor = {"saves": {}, "actions": [], "errors": [], "cycles": 0}
# slug -> the time its withdrawal was confirmed; removed when its publication starts.
withdrawn = {}


@events.request.add_listener
def count_server_errors(request_type, name, response, exception, start_time=None, **kwargs):
    status = getattr(response, "status_code", 0)
    if status >= 500:
        server_errors.append((time.time(), request_type, name, status))


def must_not_show(slug, started, url, status, body):
    """Whether an answer to a request started at `started` shows a withdrawn operation: a reason, or None."""
    since = withdrawn.get(slug)
    if since is None or started <= since:
        return None
    operation = PLAN["operations"][slug]
    if url.startswith(f"/operations/{slug}/"):
        return None if status == 404 else f"status {status}, not 404"
    # Its link, or its name as a whole cell or link text: not the name inside longer words ("Pangea X"
    # in "Pangea XIV") nor a source's quote that mentions it ("...as part of Operation Dragon...").
    names = {html.escape(operation["name"]), html.escape(operation["short_name"])}
    if f'/operations/{slug}/"' in body or any(f">{name}<" in body for name in names):
        return "named on the page"
    if f"\n{operation['short_name']}," in body:  # the first column of the results CSV
        return "its figures in the export"
    return None


class Visitor(HttpUser):
    """An anonymous reader of every public page and export."""

    wait_time = between(0.2, 1.0)

    def get(self, url, name=None, check=True):
        started = time.time()
        with self.client.get(url, name=name or url.split("?")[0], catch_response=True) as response:
            # Also just after a publication starts, before it commits: not only while `withdrawn` names it.
            hidden = url.startswith(("/operations/", *PAGES_A_WITHDRAWAL_HIDES))
            if response.status_code == 404 and hidden and "_export" not in url:
                # A withdrawn operation's page (checked below), or a source's or participant's whose only
                # public operation is the one withdrawn at that moment: a 404 is the right answer.
                response.success()
            if check and response.status_code < 500:
                body = response.text if "text" in response.headers.get("Content-Type", "") else ""
                for slug in list(withdrawn):
                    why = must_not_show(slug, started, url, response.status_code, body)
                    if why:
                        stale.append((time.time(), slug, url, why))
                        response.failure(f"stale after withdrawal: {slug}: {why}")

    @task(4)
    def home(self):
        self.get("/")

    @task(4)
    def operations(self):
        self.get(random.choice(["/operations/", "/operations/?sort=-start_date", "/operations/?_export=csv"]))

    @task(6)
    def operation(self):
        slug = random.choice(list(PLAN["operations"]))
        self.get(f"/operations/{slug}/", name="/operations/<slug>/")

    @task(1)
    def workbook(self):
        slug = random.choice(list(PLAN["operations"]))
        self.get(f"/operations/{slug}/workbook.xlsx", name="/operations/<slug>/workbook.xlsx")

    @task(6)
    def results(self):
        slug = random.choice(list(PLAN["operations"]))
        self.get(
            random.choice(
                [
                    "/results/",
                    "/results/?sort=-value",
                    f"/results/?operation={slug}",
                    "/results/?page=2",
                    "/results/?_export=csv",
                    "/results/?_export=xlsx",
                ]
            ),
        )

    @task(2)
    def activities(self):
        self.get(random.choice(["/activities/", "/activities/?_export=csv", "/activities/?_export=xlsx"]))
        if PLAN["activities"]:
            self.get(f"/activities/{random.choice(PLAN['activities'])}/", name="/activities/<slug>/")

    @task(2)
    def sources(self):
        self.get(random.choice(["/sources/", "/sources/?_export=csv", "/sources/?_export=xlsx"]))
        self.get(f"/sources/{random.choice(PLAN['sources'])}/", name="/sources/<pk>/")

    @task(2)
    def participants(self):
        self.get(random.choice(["/participants/", "/participants/?_export=csv", "/participants/?_export=xlsx"]))
        self.get(f"/participants/{random.choice(PLAN['participants'])}/", name="/participants/<slug>/")

    @task(1)
    def compare(self):
        self.get("/compare/")

    @task(1)
    def operations_export_xlsx(self):
        self.get("/operations/?_export=xlsx")


class FormFields(HTMLParser):
    """The fields a browser would send with the admin's change form (inputs, selects, textareas)."""

    def __init__(self):
        super().__init__()
        self.fields, self._select, self._textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in {"submit", "button", "file"}:
            if attrs.get("type") in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields[name] = attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")
        elif tag == "select" and name:
            self._select = name
            self.fields.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data.removeprefix("\n") if not self.fields[self._textarea] else data


class Admin:
    """One person signed in to the admin, with a session and a CSRF token, retrying what the server
    could not answer (a restarted database, a killed worker) until it is confirmed."""

    def __init__(self, base, account):
        self.base, self.account = base, account
        self.session = requests.Session()
        self.sign_in()

    def token(self, html):
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        return match.group(1) if match else self.session.cookies.get("csrftoken", "")

    def sign_in(self):
        page = self.session.get(f"{self.base}/admin/login/", timeout=30)
        answer = self.session.post(
            f"{self.base}/admin/login/?next=/admin/",
            data={
                "username": self.account["username"],
                "password": self.account["password"],
                "csrfmiddlewaretoken": self.token(page.text),
                "next": "/admin/",
            },
            timeout=30,
        )
        if "sessionid" not in self.session.cookies:
            raise RuntimeError(f"{self.account['username']} could not sign in: {answer.status_code}")

    def attempt(self, what, step, tries=30):
        """Run `step()` until it returns True; a 5xx or a dropped connection is retried."""
        for _ in range(tries):
            try:
                if step():
                    return True
            except requests.RequestException as error:
                editor["errors"].append((time.time(), what, repr(error)))
            gevent.sleep(1)
        editor["errors"].append((time.time(), what, "gave up"))
        return False

    def action(self, action, operation_id, comment=""):
        """A workflow action on the list of operations, confirmed (the confirmation page's 'yes')."""
        url = f"{self.base}/admin/operations/operation/"

        def step():
            page = self.session.get(url, timeout=30)
            if page.status_code != 200:
                return False
            answer = self.session.post(
                url,
                data={
                    "csrfmiddlewaretoken": self.token(page.text),
                    "action": action,
                    "_selected_action": str(operation_id),
                    "index": "0",
                    "comment": comment,
                    "confirm": "yes",
                },
                timeout=30,
            )
            done = answer.status_code == 200 and 'class="success"' in answer.text
            if answer.status_code == 200 and not done and "errornote" not in answer.text:
                editor["errors"].append((time.time(), action, "no success message"))
            return done

        ok = self.attempt(f"{action} {operation_id}", step)
        editor["actions"].append((time.time(), self.account["username"], action, operation_id, ok))
        return ok

    def save_figure(self, result_id, value):
        url = f"{self.base}/admin/operations/result/{result_id}/change/"

        def step():
            page = self.session.get(url, timeout=30)
            if page.status_code != 200:
                return False
            form = FormFields()
            form.feed(page.text)
            fields = {**form.fields, "value": str(value), "_save": "Save"}
            answer = self.session.post(url, data=fields, timeout=30, allow_redirects=False)
            return answer.status_code == 302

        if self.attempt(f"save result {result_id}", step):
            editor["saves"][str(result_id)] = str(value)
            return True
        return False


def edit_and_republish(base, stop):
    """The editor's round of the operations until the run stops."""
    people = {role: Admin(base, account) for role, account in PLAN["accounts"].items()}
    publisher, author = people["publisher"], people["editor"]
    slugs = list(PLAN["operations"])
    turn = 0
    while not stop.is_set():
        slug = slugs[turn % len(slugs)]
        operation = PLAN["operations"][slug]
        turn += 1
        if not publisher.action("withdraw", operation["id"], comment="load test: withdrawn for a correction"):
            continue
        withdrawn[slug] = time.time()
        gevent.sleep(2)  # visitors ask for it while it is withdrawn
        result_id = random.choice(operation["results"])
        author.save_figure(result_id, 1000 + turn)
        author.action("submit_for_review", operation["id"])
        gevent.sleep(1)
        withdrawn.pop(slug, None)  # from here on, its pages may show it again
        publisher.action("publish", operation["id"])
        editor["cycles"] += 1
        gevent.sleep(1)


stop_editor = gevent.event.Event()
editor_greenlet = None


@events.test_start.add_listener
def start_editor(environment, **kwargs):
    global editor_greenlet
    editor_greenlet = gevent.spawn(edit_and_republish, environment.host, stop_editor)


@events.test_stop.add_listener
def write_report(environment, **kwargs):
    stop_editor.set()
    if editor_greenlet is not None:
        editor_greenlet.join(timeout=60)
        if editor_greenlet.exception is not None:
            editor["errors"].append((time.time(), "editor", repr(editor_greenlet.exception)))
    total = environment.stats.total
    report = {
        "requests": total.num_requests,
        "failures": total.num_failures,
        "p50_ms": total.get_response_time_percentile(0.5),
        "p95_ms": total.get_response_time_percentile(0.95),
        "p99_ms": total.get_response_time_percentile(0.99),
        "rps": total.total_rps,
        "server_errors": server_errors,
        "stale": stale,
        "editor": editor,
        "failures_by_kind": [
            {"method": error.method, "name": error.name, "error": str(error.error), "occurrences": error.occurrences}
            for error in environment.stats.errors.values()
        ],
    }
    if os.environ.get("LOADTEST_REPORT"):
        Path(os.environ["LOADTEST_REPORT"]).write_text(json.dumps(report, indent=2))
