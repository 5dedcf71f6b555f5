"""Logs for a log collector: one JSON line per request, and the logging configuration.

`RequestLogMiddleware` writes, for every request, one record to the logger `jadsite.requests`:

    {"time": "2026-12-06T15:04:05.123456+00:00", "level": "INFO", "logger": "jadsite.requests",
     "message": "GET /results/ 200", "method": "GET", "path": "/results/", "status": 200,
     "duration_ms": 12.3, "user_id": null, "request_id": "3f2a..."}

`user_id` is the signed-in account's id (null for visitors); `request_id` is the proxy's
`X-Request-ID` when it sends a plausible one, else a new one, and is sent back in the response's
`X-Request-ID` header so a visitor's report can be matched with the line. The path is logged
without its query string. The duration runs until the response is handed to the server: a
streamed export goes on after it.

`logging_config()` is the LOGGING setting: the request lines on when REQUEST_LOG says so (by
default in production only, so tests and `make run` stay quiet), everything else at LOG_LEVEL, as
JSON lines too when LOG_FORMAT is "json" (the default in production).
"""

import logging
import re
import time
import uuid

logger = logging.getLogger("jadsite.requests")

# What a request id from the proxy may look like (a UUID, a trace id); anything else is replaced.
PLAUSIBLE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


class RequestLogMiddleware:
    """First in MIDDLEWARE, so that it times and sees every answer, the HTTPS redirect included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        given = request.headers.get("X-Request-ID", "")
        request.request_id = given if PLAUSIBLE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "user_id": signed_in_user_id(request),
                    "request_id": request.request_id,
                },
            )
        return response


def signed_in_user_id(request):
    # No `user` when an answer came before AuthenticationMiddleware (a redirect, a static file).
    user = getattr(request, "user", None)
    return user.pk if user is not None and user.is_authenticated else None


def logging_config(*, request_log, log_format, level):
    """The LOGGING setting (see the module's docstring)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "{levelname}{name}{message}",
                "style": "{",
                "timestamp": "time",  # ISO 8601, in UTC
                "rename_fields": {"levelname": "level", "name": "logger"},
            },
            "plain": {"format": "{levelname} {name}: {message}", "style": "{"},
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": log_format},
            "requests": {"class": "logging.StreamHandler", "formatter": "json"},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "jadsite.requests": {
                "handlers": ["requests"],
                "level": "INFO" if request_log else "WARNING",
                "propagate": False,
            },
        },
    }
