"""The commands behind `make run` and the production settings' refusal to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_demo_superuser_gets_a_random_password_printed_once(settings, capsys):
    settings.DEBUG = True
    call_command("create_demo_superuser", username="demo-a")
    first = capsys.readouterr().out
    password = first.split("with password: ")[1].split()[0]
    user = get_user_model().objects.get(username="demo-a")
    assert user.is_superuser and user.check_password(password)

    call_command("create_demo_superuser", username="demo-b")
    other = capsys.readouterr().out.split("with password: ")[1].split()[0]
    assert other != password

    call_command("create_demo_superuser", username="demo-a")
    again = capsys.readouterr().out
    assert "already exists" in again and password not in again


@pytest.mark.django_db
def test_demo_superuser_refused_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_superuser", username="demo-c")
    assert not get_user_model().objects.filter(username="demo-c").exists()


def run_check(extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_production_refuses_to_start_without_secret_key_and_hosts():
    result = run_check({"DJANGO_ENV": "production"})
    assert result.returncode != 0
    assert "needs SECRET_KEY and ALLOWED_HOSTS" in result.stderr


def test_production_starts_when_configured():
    result = run_check({"DJANGO_ENV": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "register.example.org"})
    assert result.returncode == 0, result.stderr


def settings_in(extra_env, expression):
    env = {k: v for k, v in os.environ.items() if k not in {"CACHE_URL", "DATABASE_URL"}}
    env.update(extra_env)
    code = f"from django.conf import settings; print({expression})"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_background_imports_report_progress_where_the_web_processes_read_it():
    # The worker and the web server are two processes: their progress cache must be one both see.
    progress = "settings.CACHES['progress']['BACKEND']"
    assert settings_in({}, progress) == "django.core.cache.backends.filebased.FileBasedCache"
    shared = {"CACHE_URL": "redis://127.0.0.1:6379/9"}
    assert settings_in(shared, progress) == "jadsite.redis.RedisCache"
    assert settings_in(shared, "settings.CACHES['progress']['LOCATION']") == "redis://127.0.0.1:6379/9"
    # SQLite lets pages be read while an import writes.
    assert settings_in({}, "settings.DATABASES['default']['OPTIONS']['init_command']") == "PRAGMA journal_mode=WAL;"


def test_a_stopped_redis_or_restarted_database_costs_a_second_or_a_reconnection_not_an_error():
    shared = {"CACHE_URL": "redis://127.0.0.1:6379/9"}
    options = "sorted(settings.CACHES['default']['OPTIONS'].items())"
    assert settings_in(shared, options) == "[('socket_connect_timeout', 1), ('socket_timeout', 1)]"
    assert settings_in({}, "settings.DATABASES['default']['CONN_HEALTH_CHECKS']") == "True"
