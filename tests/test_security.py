"""Sign-in throttling, CSRF on admin posts, security headers."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def staff():
    return get_user_model().objects.create_user("staffer", password="a-Correct-password-1", is_staff=True)


def sign_in(client, password, username="staffer", address="10.1.1.1"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address)


def test_repeated_failures_lock_the_account_even_with_the_right_password(staff, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, "wrong").status_code == 429
    locked = sign_in(client, "a-Correct-password-1")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_follows_the_account_to_another_address(staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), "wrong", address="10.1.1.1")
    assert sign_in(Client(), "a-Correct-password-1", address="10.9.9.9").status_code == 429


def test_lockout_follows_the_address_to_another_account(staff, settings):
    get_user_model().objects.create_user("other", password="another-Password-2", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), "wrong", address="10.2.2.2")
    assert sign_in(Client(), "another-Password-2", username="other", address="10.2.2.2").status_code == 429
    assert sign_in(Client(), "another-Password-2", username="other", address="10.3.3.3").status_code == 302


def test_fewer_failures_than_the_limit_still_sign_in(staff, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong")
    assert sign_in(client, "a-Correct-password-1").status_code == 302


def test_admin_posts_need_a_csrf_token(staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    response = client.post("/admin/logout/")
    assert response.status_code == 403


def test_pages_carry_a_content_security_policy(client):
    response = client.get(LOGIN)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_admin_is_never_cached(client):
    response = client.get(LOGIN)
    assert "no-cache" in response.headers["Cache-Control"] or "private" in response.headers["Cache-Control"]
