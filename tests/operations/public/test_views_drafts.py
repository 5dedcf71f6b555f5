"""A draft operation, and whatever only belongs to it, is invisible to visitors: lists, counts,
search, filters, exports and direct URLs. The same holds for every unpublished status."""

import pytest

from operations.models import Activity, Operation
from tests import public_fixtures
from tests.public_fixtures import SECRET, body

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

LISTS = ["/", "/operations/", "/results/", "/participants/", "/activities/", "/sources/"]
SECRETS = ["jad-see-2025", "Secret", SECRET, "Vaduz", "31337", "77777", "secret-workshop"]


def assert_no_secret(content, but=()):
    text = content.decode()
    for secret in set(SECRETS) - set(but):
        assert secret not in text, secret


@pytest.mark.parametrize("url", LISTS)
def test_lists_and_counts_never_show_the_draft(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_no_secret(response.content)


@pytest.mark.parametrize("url", LISTS[1:])
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exports_never_contain_the_draft(client, world, url, export_format):
    response = client.get(f"{url}?_export={export_format}")
    assert response.status_code == 200
    if export_format == "csv":
        assert_no_secret(body(response))
    else:
        from tests.public_fixtures import read_xlsx

        cells = " ".join(str(cell.value) for row in read_xlsx(response).iter_rows() for cell in row)
        assert_no_secret(cells.encode())


@pytest.mark.parametrize(
    "url",
    [
        "/results/?q=Secret",
        "/operations/?q=Secret",
        "/activities/?q=Secret",
        "/sources/?q=Secret",
        "/participants/?q=Secret",
        "/results/?value_min=31000&value_max=32000",
        "/results/?value_min=77000&value_max=78000",  # the draft activity's value
    ],
)
def test_search_never_finds_the_draft(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    assert list(response.context["table"].page.object_list) == []


@pytest.mark.parametrize(
    "url",
    [
        "/results/?operation=jad-see-2025",
        "/activities/?operation=jad-see-2025",
        "/participants/?operation=jad-see-2025",
        "/sources/?operation=jad-see-2025",
        "/operations/?participant=secretland",
        "/activities/?implementer=secretland",
    ],
)
def test_the_draft_cannot_be_chosen_in_a_filter(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["filter"].form.errors  # not a valid choice
    # The visitor's own query string comes back in the page's links, and nothing else.
    assert_no_secret(response.content, but=["jad-see-2025"])


def test_direct_urls_to_draft_things_are_404(client, world):
    assert client.get("/operations/jad-see-2025/").status_code == 404
    assert client.get("/activities/secret-workshop/").status_code == 404
    assert client.get(world.secret_source.get_absolute_url()).status_code == 404
    assert client.get("/participants/secretland/").status_code == 404
    assert client.get("/participants/nobodyland/").status_code == 404


@pytest.mark.parametrize("status", [Operation.Status.SUBMITTED, Operation.Status.RETURNED, Operation.Status.WITHDRAWN])
def test_every_unpublished_status_is_invisible(client, world, status):
    Operation.objects.filter(pk=world.jad_2023.pk).update(status=status, review_comment="x")
    assert client.get("/operations/jad-see-2023/").status_code == 404
    assert b"jad-see-2023" not in client.get("/operations/").content
    assert client.get("/").context["counts"]["operations"] == 1
    # Austria and North Macedonia took part only in 2023; the 2023 source reports only on it.
    assert client.get("/participants/austria/").status_code == 404
    assert client.get(world.report_2023.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("status", [Activity.Status.SUBMITTED, Activity.Status.RETURNED, Activity.Status.WITHDRAWN])
def test_an_unpublished_activity_and_its_figures_are_invisible(client, world, status):
    # The training supports a published operation: its review status alone hides it.
    Activity.objects.filter(pk=world.training.pk).update(status=status, review_comment="x")
    assert client.get("/activities/firearms-detection-training/").status_code == 404
    assert b"Firearms detection training" not in client.get("/activities/").content
    assert b"Firearms detection training" not in client.get("/operations/jad-see-2024/").content
    assert b"worth EUR 15 000" not in client.get("/results/").content
    assert client.get("/").context["counts"]["activities"] == 1


def test_publishing_makes_the_draft_visible(client, world):
    Operation.objects.filter(pk=world.draft.pk).update(status=Operation.Status.PUBLISHED)
    assert client.get("/operations/jad-see-2025/").status_code == 200
    assert client.get("/participants/secretland/").status_code == 200
    # An activity is reviewed and published on its own, not with the operation it supports.
    assert client.get("/activities/secret-workshop/").status_code == 404
    Activity.objects.filter(pk=world.secret_activity.pk).update(status=Activity.Status.PUBLISHED)
    response = client.get("/activities/secret-workshop/")
    assert response.status_code == 200
    assert "77 777" in response.content.decode()  # its figure with it
