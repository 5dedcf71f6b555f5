"""Health endpoints for load balancers and operators (django-health-check).

- `/health/` runs every check: the database, the shared cache and the queue of background imports.
  HTML by default, JSON with `Accept: application/json` or `?format=json`, plain text with
  `?format=text`; 200 when all pass, 503 when one fails.
- `/health/database/` runs only the database check: a cheap liveness probe.

Anyone may ask, so the answers say which check failed and never why: a driver's message can name
hosts, ports and users. The details go to the server's log (logger `health_check`, with the
traceback). The pages are never cached and never redirected to HTTPS (SECURE_REDIRECT_EXEMPT), since
load balancers probe the application servers over plain HTTP.
"""

import dataclasses

from asgiref.sync import sync_to_async
from django.db import DatabaseError, transaction
from django.urls import path
from django.utils.decorators import method_decorator
from django_tasks import task_backends
from django_tasks.exceptions import InvalidTaskBackendError
from django_tasks_db.models import DBTaskResult
from health_check import checks
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

# What a failed check says publicly, after its kind ("Unavailable: ...").
PUBLIC_FAILURE = "see the server's log"


class Discreet:
    """A check whose failure keeps its kind but drops its message: the library puts part of the
    database driver's text in the answer, and has already logged the whole of it."""

    async def get_result(self, executor=None):
        result = await super().get_result(executor)
        if result.error is not None:
            result.error = type(result.error)(PUBLIC_FAILURE, timestamp=result.error.timestamp)
        return result


@dataclasses.dataclass
class Database(Discreet, checks.Database):
    """The database answers `SELECT 1` on a connection of its own."""


@dataclasses.dataclass
class Cache(Discreet, checks.Cache):
    """The shared cache (Redis in production) stores a value and gives it back."""


@dataclasses.dataclass
class TaskQueue(Discreet, HealthCheck):
    """The queue of background imports can be used: its backend (django-tasks) loads and its table
    in the database (django-tasks-db) is read. Whether a worker runs is not asked: the site serves
    pages without one (uploads wait), and `manage.py stuck_imports` shows what waits."""

    alias: str = "default"

    async def run(self):
        try:
            task_backends[self.alias]
        except InvalidTaskBackendError as error:
            raise ServiceUnavailable("Task backend cannot be loaded") from error
        await sync_to_async(self.read_queue)()

    def read_queue(self):
        try:
            # A savepoint inside a request's transaction, so a failed read leaves it usable.
            with transaction.atomic():
                DBTaskResult.objects.filter(backend_name=self.alias).ready().exists()
        except DatabaseError as error:
            raise ServiceUnavailable("Queue table cannot be read") from error


class HealthView(HealthCheckView):
    checks = (Database, Cache, TaskQueue)

    @method_decorator(transaction.non_atomic_requests)  # as the library's own dispatch
    async def dispatch(self, request, *args, **kwargs):
        response = await super().dispatch(request, *args, **kwargs)
        # The library answers 500 when a check fails; 503 says the server works but cannot serve.
        if response.status_code == 500:
            response.status_code = 503
        return response


app_name = "health"
urlpatterns = [
    path("", HealthView.as_view(), name="all"),
    path("database/", HealthView.as_view(checks=(Database,)), name="database"),
]
