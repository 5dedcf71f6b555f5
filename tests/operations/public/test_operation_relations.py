"""Operations that are not editions of a series, parts of another operation, and aggregates: the
page shows "part of" both ways, says what an aggregate is, and the workbook of a one-off works."""

import datetime
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError

from operations.models import Operation
from tests.operations.builders import make_operation
from tests.public_fixtures import body

pytestmark = pytest.mark.django_db


@pytest.fixture
def dragon():
    """Operation Dragon (2017), a one-off, with GAAD June 2017 as its part and a draft part."""
    whole = make_operation("Operation Dragon")
    Operation.objects.filter(pk=whole.pk).update(series=None, edition="")
    part = make_operation("GAAD June")
    part.part_of = whole
    part.save()
    draft = make_operation("Secret part", status=Operation.Status.DRAFT)
    draft.part_of = whole
    draft.save()
    whole.refresh_from_db()
    return whole, part, draft


def test_part_of_is_shown_both_ways_and_drafts_are_not(client, dragon):
    whole, part, draft = dragon

    whole_page = client.get(whole.get_absolute_url()).content.decode()
    part_page = client.get(part.get_absolute_url()).content.decode()

    assert "None: an operation on its own" in whole_page
    assert f'<a href="{part.get_absolute_url()}">{part.name}</a>' in whole_page
    assert draft.name not in whole_page
    assert f'<a href="{whole.get_absolute_url()}">{whole.name}</a>' in part_page


def test_a_part_of_a_draft_does_not_name_it(client, dragon):
    whole, part, _draft = dragon
    Operation.objects.filter(pk=whole.pk).update(status=Operation.Status.DRAFT)
    assert whole.name not in client.get(part.get_absolute_url()).content.decode()


def test_a_loop_of_parts_is_refused_with_a_message(dragon):
    whole, part, _draft = dragon
    whole.part_of = part
    with pytest.raises(ValidationError) as refused:
        whole.full_clean()
    assert "part_of" in refused.value.message_dict


def test_an_aggregate_says_its_figures_are_its_own(client):
    results = make_operation("EMPACT results")
    Operation.objects.filter(pk=results.pk).update(is_aggregate=True)
    page = client.get(results.get_absolute_url()).content.decode()
    assert "never added to those of any operation" in page


def test_the_workbook_of_a_one_off_part_says_so(client, dragon):
    whole, part, _draft = dragon
    response = client.get(f"{whole.get_absolute_url()}workbook.xlsx")
    assert response.status_code == 200
    summary = openpyxl.load_workbook(io.BytesIO(body(response))).worksheets[0]
    facts = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row and row[0]}
    assert facts["Series"] == "None: an operation on its own"
    part_summary = openpyxl.load_workbook(
        io.BytesIO(body(client.get(f"{part.get_absolute_url()}workbook.xlsx")))
    ).worksheets[0]
    assert {row[0]: row[1] for row in part_summary.iter_rows(values_only=True) if row and row[0]}["Part of"] == (
        whole.name
    )


def test_a_participant_is_listed_under_the_kind_it_had_that_year(client):
    from operations.models import Participation
    from participants.models import KindPeriod, Participant

    united_kingdom = Participant.objects.create(name="United Kingdom", slug="uk", kind="non_eu", country="GB")
    KindPeriod.objects.create(participant=united_kingdom, kind="eu_member_state", since=1973, until=2020)
    then, now = make_operation("GAAD"), make_operation("Pangea")
    Operation.objects.filter(pk=then.pk).update(start_date=datetime.date(2016, 6, 15))
    for operation in (then, now):
        Participation.objects.create(operation=operation, participant=united_kingdom)

    def heading_before_uk(operation):
        page = client.get(operation.get_absolute_url()).content.decode()
        return page[: page.index(">United Kingdom<")].rsplit('<h3 class="h6 mt-3">', 1)[1].split(" <span")[0]

    assert heading_before_uk(then) == "EU Member State"
    assert heading_before_uk(now) == "Non-EU country or jurisdiction"
