"""What a server process holds for its whole life (modules, the URL resolver, compiled templates,
the map of Europe once drawn) kept out of the garbage collector's full collections.

A full collection walks every object the collector tracks: some 150,000 in a process that has
answered a page, which took 20–80 ms of CPU every dozen or so requests on this machine and made
the 95th percentile of a country page three times its median (docs/performance.md). After the
first request has loaded what the process keeps, `gc.freeze()` moves all of it to a generation the
collector never walks; what requests create is collected as before. Frozen objects are still freed
when nothing refers to them; only a cycle among them would stay, and the first request's own
garbage is collected before the freeze.
"""

import gc

from django.core.signals import request_finished


def freeze_after_first_request():
    """Freeze what the process holds once its first request is answered (called by
    jadsite/wsgi.py, and by bench/django_probe.py to measure the process as deployed)."""
    request_finished.connect(_freeze_once, dispatch_uid="jadsite.memory.freeze")


def _freeze_once(**kwargs):
    request_finished.disconnect(dispatch_uid="jadsite.memory.freeze")
    gc.collect()
    gc.freeze()
