"""The request log: one JSON line per request, with what a log collector needs."""

import io
import json
import logging
import re
import secrets
from datetime import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.module_loading import import_string

from tests.fresh_process import shell_output

FIELDS = {"time", "level", "logger", "message", "method", "path", "status", "duration_ms", "user_id", "request_id"}


@pytest.fixture
def request_lines():
    """What the request logger writes, through the JSON formatter the settings configure."""
    options = dict(settings.LOGGING["formatters"]["json"])
    formatter = import_string(options.pop("()"))(**options)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    logger = logging.getLogger("jadsite.requests")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield lambda: stream.getvalue().splitlines()
    logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.mark.django_db
def test_one_request_writes_one_json_line(client, request_lines):
    response = client.get("/health/database/?format=json")
    [line] = request_lines()
    entry = json.loads(line)
    assert set(entry) == FIELDS
    assert entry["method"] == "GET" and entry["path"] == "/health/database/" and entry["status"] == 200
    assert entry["level"] == "INFO" and entry["logger"] == "jadsite.requests"
    assert entry["user_id"] is None
    assert isinstance(entry["duration_ms"], float) and entry["duration_ms"] >= 0
    assert datetime.fromisoformat(entry["time"]).utcoffset().total_seconds() == 0
    assert re.fullmatch(r"[0-9a-f]{32}", entry["request_id"])
    assert response["X-Request-ID"] == entry["request_id"]


@pytest.mark.django_db
def test_the_line_names_the_signed_in_user_and_keeps_the_proxys_request_id(client, request_lines):
    user = get_user_model().objects.create_user("ops-reader", password="unused-password-7")
    client.force_login(user)
    client.get("/admin/", headers={"X-Request-ID": "lb-7f3a.42"})
    client.get("/admin/", headers={"X-Request-ID": "not a plausible id\n"})
    first, second = (json.loads(line) for line in request_lines())
    assert first["user_id"] == user.pk and first["request_id"] == "lb-7f3a.42"
    assert first["status"] == 302  # to the admin's sign-in: the account is not staff
    assert re.fullmatch(r"[0-9a-f]{32}", second["request_id"])


@pytest.mark.django_db
def test_an_error_is_logged_with_its_status(client, request_lines):
    client.get("/operations/no-such-operation-anywhere/")
    [line] = request_lines()
    assert json.loads(line)["status"] == 404


def logger_enabled(extra_env):
    code = "import logging; print(logging.getLogger('jadsite.requests').isEnabledFor(logging.INFO))"
    return shell_output(code, env=extra_env, unset={"REQUEST_LOG", "DJANGO_ENV", "SECRET_KEY"}) == "True"


def test_the_request_log_is_on_in_production_and_off_elsewhere():
    production = {
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "register.example.org",
    }
    assert logger_enabled(production)
    assert not logger_enabled({})
    assert logger_enabled({"REQUEST_LOG": "true"})
    assert not logger_enabled({**production, "REQUEST_LOG": "false"})
