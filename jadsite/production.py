"""What production mode refuses to start with: a weak secret key, or a host list open to any host.

The rules are Django's own deploy checks (security.W009 and W020's spirit), made fatal: `check
--deploy` only warns, and a warning is easily missed when a server starts.
"""

from django.core.exceptions import ImproperlyConfigured

SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5
# The prefix of the keys `startproject` writes: a key someone copied from a generated settings file.
INSECURE_KEY_PREFIX = "django-insecure-"


def check_production_secrets(secret_key, allowed_hosts):
    """Raise ImproperlyConfigured, naming the setting, unless both are fit for production."""
    if not secret_key:
        raise ImproperlyConfigured("SECRET_KEY is empty; DJANGO_ENV=production needs a long random key.")
    if secret_key.startswith(INSECURE_KEY_PREFIX):
        raise ImproperlyConfigured(
            f"SECRET_KEY starts with '{INSECURE_KEY_PREFIX}': it is a generated development key. "
            "Set a new random one for production."
        )
    if len(secret_key) < SECRET_KEY_MIN_LENGTH:
        raise ImproperlyConfigured(
            f"SECRET_KEY has {len(secret_key)} characters; DJANGO_ENV=production needs at least "
            f"{SECRET_KEY_MIN_LENGTH}."
        )
    if len(set(secret_key)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS:
        raise ImproperlyConfigured(
            f"SECRET_KEY has {len(set(secret_key))} distinct characters; DJANGO_ENV=production needs at "
            f"least {SECRET_KEY_MIN_UNIQUE_CHARACTERS} (a random key, not a repeated one)."
        )
    if not allowed_hosts:
        raise ImproperlyConfigured("ALLOWED_HOSTS is empty; DJANGO_ENV=production needs the site's host names.")
    if "*" in allowed_hosts:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS contains '*', which accepts any Host header; DJANGO_ENV=production needs the "
            "site's host names."
        )
