"""Text that editors enter is rendered escaped everywhere: a participant, source, motto or quote
holding markup never becomes markup on a public or admin page."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from operations.models import Activity, Participation, Result
from participants.models import Participant
from tests.public_fixtures import world  # noqa: F401

pytestmark = pytest.mark.django_db

PAYLOAD = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def hostile(world):  # noqa: F811
    evil = Participant.objects.create(name=PAYLOAD, slug="evil", kind=Participant.Kind.NON_EU, country="AD")
    Participation.objects.create(operation=world.jad_2024, participant=evil, note=PAYLOAD)
    world.jad_2024.motto = PAYLOAD
    world.jad_2024.save()
    source = world.europol_release
    source.note = PAYLOAD
    source.save()
    Result.objects.create(
        operation=world.jad_2024,
        metric=world.weapons,
        country=evil,
        value=3,
        source=source,
        quote=PAYLOAD,
    )
    Activity.objects.create(
        kind_id="training",
        status=Activity.Status.PUBLISHED,
        title=f"Training {PAYLOAD}",
        slug="evil-training",
        description=PAYLOAD,
        implementer=world.seesac,
        place=PAYLOAD,
        start_date=datetime.date(2024, 5, 1),
        source=source,
        operation=world.jad_2024,
    ).beneficiary_countries.set([evil])
    return evil


def public_pages(world, evil):  # noqa: F811
    return [
        "/",
        "/operations/",
        "/results/",
        "/participants/",
        "/activities/",
        "/sources/",
        world.jad_2024.get_absolute_url(),
        evil.get_absolute_url(),
        world.europol_release.get_absolute_url(),
        "/activities/evil-training/",
        f"/results/?country={evil.slug}",
    ]


def test_public_pages_escape_entered_text(client, world, hostile):  # noqa: F811
    for url in public_pages(world, hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert PAYLOAD not in content, url
    # and the name is really shown (escaped) where participants are listed
    for url in ("/participants/", world.jad_2024.get_absolute_url(), hostile.get_absolute_url()):
        assert ESCAPED in client.get(url).content.decode(), url


def test_admin_pages_escape_entered_text(client, world, hostile):  # noqa: F811
    client.force_login(get_user_model().objects.create_superuser("root", password=None))
    urls = [
        reverse("admin:participants_participant_changelist"),
        reverse("admin:participants_participant_change", args=[hostile.pk]),
        reverse("admin:operations_operation_change", args=[world.jad_2024.pk]),
        reverse("admin:operations_result_changelist"),
        reverse("admin:operations_participation_changelist"),
        reverse("admin:operations_activity_changelist"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert PAYLOAD not in response.content.decode(), url
