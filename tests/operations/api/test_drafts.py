"""Drafts never appear in the API: an operation (and an activity) made with the builders is
invisible in every endpoint until published through the review workflow, visible once published,
and gone again, everywhere, once withdrawn."""

import pytest
from django.contrib.auth import get_user_model

from operations.models import Activity, Participation
from operations.review import workflow
from tests.operations.builders import make_activity, make_country, make_metric, make_operation, make_source, state

pytestmark = pytest.mark.django_db

Status = Activity.Status


@pytest.fixture
def draft():
    """A draft operation with everything that would make things public: a participant country
    named only by it, a source cited only by it, a statement; and a draft activity beside it."""
    operation = make_operation("Operation Nightjar", status=Status.DRAFT)
    country = make_country("Zubrowka", "ZZ")
    source = make_source("Nightjar bulletin")
    Participation.objects.create(operation=operation, participant=country).sources.set([source])
    statement = state(operation, make_metric("Vehicles checked"), source, 42, country=country)
    activity = make_activity("Nightjar workshop", status=Status.DRAFT, source=make_source("Workshop notes"))
    activity.beneficiary_countries.set([country])
    return operation, activity, statement, country, source


def endpoints(operation, activity, statement, country, source):
    """{address: what must not appear in it while the draft is a draft}."""
    return {
        "/api/operations/": operation.slug,
        f"/api/operations/{operation.slug}/": None,
        "/api/statements/": f'"id":{statement.pk},',
        f"/api/statements/{statement.pk}/": None,
        f"/api/statements/?country={country.slug}": None,  # not a choice: 400
        "/api/sources/": source.title,
        f"/api/sources/{source.pk}/": None,
        "/api/participants/": country.slug,
        f"/api/participants/{country.slug}/": None,
        "/api/countries/": country.slug,
        f"/api/countries/{country.slug}/": None,
        "/api/activities/": activity.slug,
        f"/api/activities/{activity.slug}/": None,
    }


def assert_invisible(client, addresses):
    for address, trace in addresses.items():
        response = client.get(address)
        if trace is None:
            assert response.status_code in (400, 404), address
        else:
            assert response.status_code == 200, address
            assert trace not in response.content.decode(), address


def assert_visible(client, addresses, but=()):
    for address, trace in addresses.items():
        if any(word in address for word in but):
            continue
        response = client.get(address)
        assert response.status_code == 200, address
        if trace is not None:
            assert trace in response.content.decode(), address


def test_published_then_withdrawn(client, draft):
    operation, activity, statement, country, source = draft
    editor = get_user_model().objects.create_user("editor")
    reviewer = get_user_model().objects.create_user("reviewer")
    addresses = endpoints(*draft)
    assert_invisible(client, addresses)

    workflow.submit(operation, editor)
    assert_invisible(client, addresses)
    workflow.publish(operation, reviewer)
    # The activity is reviewed on its own: still a draft, and the country is public through the operation.
    assert_visible(client, addresses, but=["activities"])
    assert activity.slug not in client.get("/api/activities/").content.decode()
    assert client.get(f"/api/activities/{activity.slug}/").status_code == 404
    assert activity.slug not in client.get(f"/api/countries/{country.slug}/").content.decode()

    workflow.submit(activity, editor)
    workflow.publish(activity, reviewer)
    assert_visible(client, addresses)
    assert activity.slug in client.get(f"/api/countries/{country.slug}/").content.decode()

    workflow.withdraw(operation, reviewer, "Figures under review")
    workflow.withdraw(activity, reviewer, "Figures under review")
    assert_invisible(client, addresses)
