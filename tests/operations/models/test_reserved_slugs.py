"""An activity's slug is its address (/activities/<slug>/): a slug that is the address of another
page under /activities/ is refused, in the admin's forms (the model's validation) and in imports,
with a message an editor understands."""

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.urls import URLPattern

from operations import urls
from operations.models import Activity
from operations.models.activities import RESERVED_ACTIVITY_SLUGS, validate_activity_slug
from operations.spreadsheets.resources import ActivityResource
from tests.operations.fixtures import build_world


def fixed_pages_under_activities():
    """The pages of operations/urls.py at /activities/<word>/ without a parameter in the word."""
    pages = set()
    for pattern in urls.urlpatterns:
        route = str(pattern.pattern)
        if isinstance(pattern, URLPattern) and route.startswith("activities/") and "<" not in route:
            word = route.removeprefix("activities/").strip("/")
            if word:
                pages.add(word.split("/")[0])
    return pages


def test_every_page_under_activities_is_a_reserved_slug():
    assert fixed_pages_under_activities() == {"map"}
    assert fixed_pages_under_activities() <= RESERVED_ACTIVITY_SLUGS


@pytest.mark.parametrize("slug", ["map", "Map"])
def test_a_reserved_slug_is_refused_with_a_message_an_editor_understands(slug):
    with pytest.raises(ValidationError) as refused:
        validate_activity_slug(slug)
    assert refused.value.code == "reserved"
    assert refused.value.messages == [
        f"“{slug}” cannot be an activity's slug: /activities/{slug}/ is the address of another page of the site. "
        "Choose another, for example one that names the activity and its year."
    ]


def test_other_slugs_are_accepted():
    for slug in ("map-training-2024", "mapping-workshop", "roadmap"):
        validate_activity_slug(slug)


@pytest.mark.django_db
def test_the_model_refuses_it_on_its_slug_field():
    world = build_world()
    activity = Activity(
        kind_id="training", title="Map reading", slug="map", implementer=world.europol, source=world.source
    )
    with pytest.raises(ValidationError) as refused:
        activity.full_clean()
    assert list(refused.value.message_dict) == ["slug"]
    activity.slug = "map-reading-2024"
    activity.full_clean()


@pytest.mark.django_db
def test_an_import_refuses_it_against_its_column_and_saves_nothing():
    world = build_world()
    dataset = tablib.Dataset(headers=["slug", "title", "kind", "implementer", "source"])
    dataset.append(["map", "Map reading", "training", "Europol", world.source.title])

    result = ActivityResource().import_data(dataset, dry_run=False)

    [row] = result.invalid_rows
    assert row.error_dict["slug"][0].startswith("“map” cannot be an activity's slug")
    assert not Activity.objects.filter(slug="map").exists()
