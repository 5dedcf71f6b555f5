"""Settings for JAD Register, read from the environment (django-environ).

Development defaults: DEBUG on, an embedded SQLite database. Production mode
(DJANGO_ENV=production) refuses to start without a strong SECRET_KEY and an ALLOWED_HOSTS
that names the site's hosts (jadsite/production.py).
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from jadsite.logs import logging_config
from jadsite.production import check_production_secrets

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

# Production never runs in debug mode, whatever the environment says.
DEBUG = False if PRODUCTION else env.bool("DEBUG", default=True)

if PRODUCTION:
    # Fail loudly rather than run with a guessable key or an open host list.
    try:
        SECRET_KEY = env.str("SECRET_KEY")
        ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
    except ImproperlyConfigured as missing:
        raise ImproperlyConfigured(
            f"DJANGO_ENV=production needs SECRET_KEY and ALLOWED_HOSTS in the environment: {missing}"
        ) from missing
    check_production_secrets(SECRET_KEY, ALLOWED_HOSTS)
else:
    # A development key is generated per checkout and kept out of version control.
    _key_file = BASE_DIR / ".dev-secret-key"
    if "SECRET_KEY" in env:
        SECRET_KEY = env.str("SECRET_KEY")
    else:
        if not _key_file.exists():
            from django.core.management.utils import get_random_secret_key

            _key_file.write_text(get_random_secret_key())
        SECRET_KEY = _key_file.read_text().strip()
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, as it requires
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_countries",
    "django_filters",
    "django_tables2",
    "import_export",
    "simple_history",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "health_check",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "participants",
    "operations",
]

MIDDLEWARE = [
    "jadsite.logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that may answer (CommonMiddleware's redirects), as django-cors-headers asks.
    "corsheaders.middleware.CorsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # `?release=N`: the rest of the request reads release N's frozen register (operations.frozen).
    "operations.frozen.reading.ReleaseMiddleware",
    "jadsite.middleware.PublicCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "jadsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "operations.public.context_processors.register_facts",
            ],
        },
    },
]

WSGI_APPLICATION = "jadsite.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60 if PRODUCTION else 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: the planner's estimate for a page with a count per row (/sources/) passed
    # jit_above_cost and PostgreSQL spent 745 ms compiling a query that runs in 45 ms.
    # Joins reordered in groups of at most 4 rather than 8: the results table joins nine tables for
    # the names it shows, and planning took most of the page (EXPLAIN ANALYZE at 1,000,000 results:
    # unfiltered, 34 ms planning for 5 ms of execution; with 4, 9 ms and the same plan). The ORM
    # writes joins from the table a query is about, the order they are best run in here.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off -c join_collapse_limit=4"
# A kept connection is tested before a request uses it, so that a database restarted between two
# requests costs a reconnection, not an error page (bench/loadtest.py --faults restarts it).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging, so that pages are read while a background import writes: in SQLite's
    # default mode a transaction too large for its page cache (an import of many thousand rows)
    # locks every reader out until it ends. Writers still take turns: one waits up to 20 s.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"init_command": "PRAGMA journal_mode=WAL;", "timeout": 20})

DATABASE_ROUTERS = ["operations.frozen.reading.FrozenRegisterRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English by default; the region's languages: Serbian in Latin script, Serbian in Cyrillic (`sr`,
# transliterated from the Latin: `make translations`), Macedonian and Albanian. The language comes
# from the browser (Accept-Language, through LocaleMiddleware) or the switcher in the footer (a
# cookie), which names each language in its own words.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("sr-latn", "Srpski"), ("sr", "Српски"), ("mk", "Македонски"), ("sq", "Shqip")]
# Content (the catalogues' names, operations' summaries) in the region's languages: one column per
# stored language (django-modeltranslation, registered in operations/translation.py and
# participants/translation.py), English where a language has none. Serbian in Cyrillic is not
# stored: it is read from the Latin and transliterated (operations.models.languages).
MODELTRANSLATION_LANGUAGES = ("en", "sr-latn", "mk", "sq")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"  # codes and slugs are made from the English name
LOCALE_PATHS = [BASE_DIR / "locale"]
# The register writes dates as "13 November 2023" in English (jadsite/formats/en); Serbian uses
# Django's own formats ("13. novembar 2023.").
FORMAT_MODULE_PATH = ["jadsite.formats"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_BACKEND",
            default="whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}

# Kosovo has no ISO 3166-1 code; XK is the customary user-assigned one.
COUNTRIES_OVERRIDE = {"XK": {"names": [_("Kosovo")], "alpha3": "XKX"}}

DJANGO_TABLES2_TEMPLATE = "django_tables2/bootstrap5-responsive.html"

IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True
# The file between preview and confirmation is kept in the shared cache, so any app server behind
# the load balancer can confirm an import another one previewed.
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
# What one admin import takes (operations.spreadsheets.reading); larger results files are imported on the
# server with `manage.py import_results FILE`. At some 1,000 rows a second, 5,000 rows keep the
# preview and the confirmation each within a few seconds.
IMPORT_MAX_UPLOAD_BYTES = env.int("IMPORT_MAX_UPLOAD_BYTES", default=5 * 1024 * 1024)
IMPORT_MAX_WEB_ROWS = env.int("IMPORT_MAX_WEB_ROWS", default=5000)
# What a results import in the background takes (operations.spreadsheets.background): refused above
# these before anything of the file is read into memory. 200,000 rows import in under a minute.
IMPORT_MAX_BACKGROUND_BYTES = env.int("IMPORT_MAX_BACKGROUND_BYTES", default=50 * 1024 * 1024)
IMPORT_MAX_BACKGROUND_ROWS = env.int("IMPORT_MAX_BACKGROUND_ROWS", default=200_000)
# Background tasks (django-tasks): a queue in the database, run by `manage.py db_worker`
# (`make run` starts one; docs/deployment.md says how to run them in production).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# The shared cache: local memory by default (one process: `make run`, the tests), Redis in
# production (CACHE_URL=redis://127.0.0.1:6379/1, Django's RedisCache), so that every app server
# answers from one cache: public pages under the register's revision (operations.public.cache), and
# uploads between an import's preview and its confirmation. "local" is each process's own memory,
# for what is small and cheap to read again per process (choice lists, counts, the {% cache %}
# fragments of templates): a round trip to Redis cost more than reading them from memory.
CACHES = {
    "default": env.cache_url("CACHE_URL", default="locmemcache://jad-register"),
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jad-local"},
    "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jad-local"},
}
CACHES["default"].setdefault("KEY_PREFIX", "jad")
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "jadsite.redis.RedisCache"  # the same, with its clients kept (jadsite/redis.py)
    # Redis down or unreachable must cost a page about a second at most, not a hung worker: the
    # page is then rendered from the database (operations.public.cache logs a warning).
    CACHES["default"].setdefault("OPTIONS", {}).update({"socket_connect_timeout": 1, "socket_timeout": 1})
# The progress of background imports, written by the worker and read by the admin's pages, so a
# cache both processes see (operations.spreadsheets.background says why not the database): the
# shared cache when CACHE_URL names one; with the default cache, one process's memory, files in a
# folder of this machine, which `make run`'s web server and worker share.
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache":
    CACHES["progress"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env.str("PROGRESS_CACHE_DIR", default=str(BASE_DIR / ".import-progress")),
    }
else:
    CACHES["progress"] = dict(CACHES["default"])

if PRODUCTION:
    # SECURE_COOKIES=false only for a production-mode server on plain HTTP on this machine (the load
    # test, bench/loadtest.py, with SECURE_SSL_REDIRECT=false): clients send no secure cookie over HTTP.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    # Load balancers probe each application server over plain HTTP (jadsite/health.py).
    SECURE_REDIRECT_EXEMPT = [r"^health/"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Sign-in throttling: after AXES_FAILURE_LIMIT failures the username and the address are each locked out.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env.int("AXES_IPWARE_PROXY_COUNT", default=0)

# Content Security Policy: no inline scripts anywhere, site and admin alike.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # django-import-export's export page has one inline handler; allow exactly that one.
        "script-src": [SELF, UNSAFE_HASHES, "'sha256-wid4zL8fR53ZYy1ljOepzR77Dn6vWUUxuNnnWWBP3I8='"],
        "style-src": [SELF, UNSAFE_INLINE],  # the admin sets style attributes
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The read-only JSON API under /api/ (operations/api/, docs/api.md). Everyone is anonymous to it
# (it serves only public data) and throttled per address: API_ANON_RATE as DRF writes rates
# ("120/minute"); API_PROXY_COUNT says how many proxies in front of the site append to
# X-Forwarded-For (0: the connection's own address, which a client cannot forge).
API_ANON_RATE = env.str("API_ANON_RATE", default="120/minute")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": ["operations.api.throttling.AnonymousThrottle"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "operations.api.negotiation.LenientContentNegotiation",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "NUM_PROXIES": env.int("API_PROXY_COUNT", default=0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "JAD Register API",
    "DESCRIPTION": (
        "The published register of Joint Action Days and the capacity building around them, read-only: "
        "operations, statements (every figure as one source published it), sources, participants, "
        "countries and capacity-building activities. Filters are those of the site's tables; lists are "
        "paged by cursor. See /api/docs/ and docs/api.md."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from drf-spectacular-sidecar's static files (pinned in requirements.txt), never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge from the online validator: the CSP allows images from this site only.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None, "displayRequestDuration": True},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "operations.api.documentation.release_parameter",
    ],
}
# Other sites' scripts may read the API (GET, HEAD, OPTIONS), without cookies; nothing else of the site.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# Public pages and exports may be cached this long by proxies; an admin change shows within it.
PUBLIC_CACHE_SECONDS = env.int("PUBLIC_CACHE_SECONDS", default=60)
PRIVATE_PATH_PREFIXES = ["/admin/"]
# How long the shared cache keeps a public page rendered for anonymous visitors, and what pages read
# from the whole register (choice lists, counts). Keys carry the register's revision, so a change is
# seen at once whatever these say; they only bound what an unchanged register keeps. 0 pages: every
# page is rendered (what the first request after each change costs).
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=24 * 3600)
PUBLIC_DATA_CACHE_SECONDS = env.int("PUBLIC_DATA_CACHE_SECONDS", default=24 * 3600)
# An operation's page shows every statement up to this many; beyond, its statements are grouped by
# metric, each metric's statements by country folded and, when many, fetched on demand
# (operations.public.groups): 4,000 statements inline weighed 3.5 MB and took 2.2 s to render.
OPERATION_PAGE_WHOLE_UP_TO = env.int("OPERATION_PAGE_WHOLE_UP_TO", default=400)

# The person who publishes an operation must not be its last editor.
# The licence under which the register's data may be reused (the About page says it).
DATA_LICENCE_NAME = env.str("DATA_LICENCE_NAME", default="CC BY 4.0")
DATA_LICENCE_URL = env.str("DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/")
# Open data (operations.opendata): who publishes the register and whom reusers write to, in the data
# package and the DCAT-AP catalogue record; without an address, the record points to the About page.
DATA_PUBLISHER_NAME = env.str("DATA_PUBLISHER_NAME", default="JAD Register secretariat")
DATA_CONTACT_EMAIL = env.str("DATA_CONTACT_EMAIL", default="")
# The public site's address, for the addresses written into what is built without a request (the
# data package, the catalogue record).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
# The data package of the register as it is now (/data/jad-register.zip) is built by the background
# worker after each change and kept in the database (operations.opendata.current). Only on a site
# where none was ever kept does a download build it itself, for a register of at most this many
# public results (50,000 take about a second); a larger one is answered 503 until the worker is done.
DATA_PACKAGE_MAX_RESULTS_BUILT_ON_REQUEST = env.int("DATA_PACKAGE_MAX_RESULTS_BUILT_ON_REQUEST", default=50_000)
# On SQLite, where each release's frozen register is kept (a file per release, read by `?release=N`);
# keep it with the database and its backups. On PostgreSQL each is a schema of the same database.
FROZEN_REGISTER_DIR = Path(env.str("FROZEN_REGISTER_DIR", default=str(BASE_DIR / ".releases")))

# The fonts a chart's PNG file is drawn with (operations.public.sharing.files): Latin and Cyrillic,
# regular and bold; Debian's fonts-dejavu-core by default.
CHART_FONT_FILES = env.list(
    "CHART_FONT_FILES",
    default=[
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ],
)

FOUR_EYES_PUBLISHING = env.bool("FOUR_EYES_PUBLISHING", default=True)

SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Where `manage.py backup_register` (`make backup`) writes (jadsite/backups.py); keep a copy elsewhere.
BACKUP_DIR = Path(env.str("BACKUP_DIR", default=str(BASE_DIR / "backups")))

# One JSON line per request for a log collector (jadsite/logs.py), on by default in production.
LOGGING = logging_config(
    request_log=env.bool("REQUEST_LOG", default=PRODUCTION),
    log_format=env.str("LOG_FORMAT", default="json" if PRODUCTION else "plain"),
    level=env.str("LOG_LEVEL", default="WARNING"),
)
