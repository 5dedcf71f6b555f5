"""Production mode refuses to start half-configured: each weak SECRET_KEY and an open ALLOWED_HOSTS
stop `manage.py check` with an ImproperlyConfigured error that names the setting."""

import secrets

import pytest

from tests.fresh_process import manage, shell_output

HOST = "register.example.org"


def run_check(extra_env):
    """`manage.py check` in a fresh process, with only the given production variables set."""
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ENV"}
    return manage("check", env={**extra_env, "DJANGO_ENV": "production"}, unset=unset)


def strong_key():
    return secrets.token_urlsafe(50)  # what CI's deploy check uses


def test_production_refuses_to_start_without_secret_key_and_hosts():
    result = run_check({})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "needs SECRET_KEY and ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize(
    ("secret_key", "reason"),
    [
        ("", "SECRET_KEY is empty"),
        (strong_key()[:49], "SECRET_KEY has 49 characters"),
        ("abcd" * 20, "SECRET_KEY has 4 distinct characters"),
        ("django-insecure-" + strong_key(), "SECRET_KEY starts with 'django-insecure-'"),
    ],
    ids=["empty", "short", "few-distinct-characters", "startproject-key"],
)
def test_production_refuses_a_weak_secret_key(secret_key, reason):
    result = run_check({"SECRET_KEY": secret_key, "ALLOWED_HOSTS": HOST})
    assert result.returncode != 0
    assert f"django.core.exceptions.ImproperlyConfigured: {reason}" in result.stderr


@pytest.mark.parametrize("hosts", ["*", f"{HOST},*"])
def test_production_refuses_any_host(hosts):
    result = run_check({"SECRET_KEY": strong_key(), "ALLOWED_HOSTS": hosts})
    assert result.returncode != 0
    assert "django.core.exceptions.ImproperlyConfigured: ALLOWED_HOSTS contains '*'" in result.stderr


def test_production_refuses_an_empty_host_list():
    result = run_check({"SECRET_KEY": strong_key(), "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ImproperlyConfigured: ALLOWED_HOSTS is empty" in result.stderr


def test_production_starts_when_configured():
    # The shortest key accepted, of exactly five distinct characters: the limits are inclusive.
    for key in (strong_key(), "abcde" * 10):
        result = run_check({"SECRET_KEY": key, "ALLOWED_HOSTS": HOST})
        assert result.returncode == 0, result.stderr


def test_load_balancers_probe_health_over_plain_http(tmp_path):
    # Production redirects every plain-HTTP request to HTTPS, except the health endpoints.
    code = (
        "from django.test import Client; c = Client(); "
        "print(c.get('/').status_code, c.get('/health/database/', headers={'accept': 'application/json'}).content)"
    )
    env = {
        "DJANGO_ENV": "production",
        "SECRET_KEY": strong_key(),
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    answered = shell_output(code, env=env, unset={"DEBUG", "CACHE_URL"})
    assert answered == """301 b'{"Database(alias=\\'default\\')": "OK"}'"""
