"""The public operation page's data-quality section: every finding of the figure checks about that
operation, in plain language, from published data only; on the demo data, each inconsistency the
seed documents really contain, by its numbers."""

import pytest

from operations.models import Operation, Qualifier, Result
from tests import public_fixtures

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

ARRESTS_2023 = (
    "Arrests, JAD SEE 2023, Europol press release (2023), by crime area: the 4 parts add up to 562, 4 fewer than "
    "the 566 reported."
)
WEAPONS_2023 = (
    "Weapons seized, JAD SEE 2023, Europol press release (2023): the 10 parts add up to 307, 3 fewer than the "
    "310 reported."
)
CANNABIS_2023 = (
    "Drugs seized – Cannabis, JAD SEE 2023: the statements cannot all be true: 300 kg (News agency (unnamed) news "
    "report (2023)) against almost 300 kg (Europol press release (2023))."
)
OFFICERS_2023 = (
    "Officers involved, JAD SEE 2023: stated with different precision, all compatible: 22 488 (Europol press "
    "release (2023)), more than 22 400 (News agency (unnamed) news report (2023)), more than 22 000 (Europol press "
    "release (2023)), over 22 000 (SEESAC news item (2023))."
)
CHECKS_2024 = (
    "Entities checked, JAD SEE 2024, EU4FAST press release (2024): the 4 parts add up to 674 603, 18 689 more than "
    "the 655 914 reported."
)


def section(response):
    content = response.content.decode()
    start = content.index('<section aria-labelledby="quality-heading"')
    return content[start : content.index("</section>", start)]


def messages(findings):
    return [finding.message for finding in findings]


def test_demo_2023_lists_every_inconsistency_by_its_numbers(client, demo_data):
    response = client.get("/operations/jad-see-2023/")

    assert messages(response.context["inconsistencies"]) == [ARRESTS_2023, WEAPONS_2023, CANNABIS_2023]
    text = section(response)
    for message in (ARRESTS_2023, WEAPONS_2023, CANNABIS_2023):
        assert message in text
    assert "Breakdown does not add up" in text and "Sources contradict each other" in text
    assert CHECKS_2024 not in text


def test_demo_2023_lists_the_differences_in_precision_apart(client, demo_data):
    response = client.get("/operations/jad-see-2023/")

    notes = messages(response.context["precision_notes"])
    assert len(notes) == 3
    assert notes[0] == OFFICERS_2023
    assert any("Entities checked, JAD SEE 2023" in note and "almost 290 000" in note for note in notes)
    assert any("Ammunition seized, JAD SEE 2023" in note and "more than 20 000" in note for note in notes)
    text = section(response)
    assert text.index("cannot all be true as published") < text.index(OFFICERS_2023)


def test_demo_2024_checks_655_914_against_674_603(client, demo_data):
    response = client.get("/operations/jad-see-2024/")

    assert messages(response.context["inconsistencies"]) == [CHECKS_2024]
    assert response.context["precision_notes"] == []
    assert CHECKS_2024 in section(response)
    assert ARRESTS_2023 not in response.content.decode()


def test_the_notes_next_to_each_affected_figure_are_kept(client, demo_data):
    response = client.get("/operations/jad-see-2023/")

    rows = {row.metric.code: row for row in response.context["figure_rows"]}
    assert messages(rows["arrests"].operation_wide.findings) == [ARRESTS_2023]
    assert messages(rows["weapons-seized"].operation_wide.findings) == [WEAPONS_2023]
    assert messages(rows["drugs-cannabis"].operation_wide.findings) == [CANNABIS_2023]
    content = response.content.decode()
    results_table = content[: content.index('<section aria-labelledby="quality-heading"')]
    for message in (ARRESTS_2023, WEAPONS_2023, CANNABIS_2023):
        assert message in results_table


def test_an_operation_without_findings_says_so(client, world):
    text = section(client.get("/operations/jad-see-2023/"))
    assert "No inconsistency found between the published figures of this operation." in text


def test_only_published_data_is_checked(client, world):
    # A draft statement of the published operation's officers is impossible (results belong to one
    # operation), so the draft gets its own contradictions: none of them may show on a public page.
    Result.objects.create(
        operation=world.draft, metric=world.arrests_smuggling, value=99999, source=world.secret_source, quote="x"
    )
    Result.objects.create(
        operation=world.draft,
        metric=world.arrests,
        value=31337,
        qualifier_id=Qualifier.ALMOST,
        source=world.europol_release,
        quote="y",
    )
    for slug in ("jad-see-2024", "jad-see-2023"):
        response = client.get(f"/operations/{slug}/")
        for finding in [*response.context["inconsistencies"], *response.context["precision_notes"]]:
            assert finding.operation.status == Operation.Status.PUBLISHED
        assert "31 337" not in section(response) and "99 999" not in section(response)
    assert client.get("/operations/jad-see-2025/").status_code == 404


def test_the_world_2024_breakdown_and_precision_note(client, world):
    response = client.get("/operations/jad-see-2024/")

    assert messages(response.context["inconsistencies"]) == [
        "Arrests, JAD SEE 2024, Europol press release (2024), by crime area: the 2 parts add up to 562, 4 fewer than "
        "the 566 reported."
    ]
    assert messages(response.context["precision_notes"]) == [
        "Officers involved, JAD SEE 2024: stated with different precision, all compatible: 22 488 (Europol press "
        "release (2024)), over 22 000 (News agency news report (2024))."
    ]
