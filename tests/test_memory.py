"""A server process freezes what it holds after its first request (jadsite.memory), once."""

import gc

import pytest
from django.core.signals import request_finished

from jadsite.memory import freeze_after_first_request


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()
    request_finished.disconnect(dispatch_uid="jadsite.memory.freeze")


@pytest.mark.django_db
def test_what_the_process_holds_is_frozen_after_the_first_request_only(client, unfrozen):
    freeze_after_first_request()
    assert gc.get_freeze_count() == 0
    client.get("/about/")
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, the URL resolver, the templates...
    gc.unfreeze()
    client.get("/about/")
    assert gc.get_freeze_count() == 0  # once: the second request froze nothing
