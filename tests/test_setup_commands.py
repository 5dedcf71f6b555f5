"""The commands behind `make run`, and what the settings choose for background imports.

Production mode's refusal to start half-configured: tests/test_production_settings.py."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from tests.fresh_process import shell_output


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


def settings_in(extra_env, expression):
    code = f"from django.conf import settings; print({expression})"
    return shell_output(code, env=extra_env, unset={"CACHE_URL", "DATABASE_URL"})


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
