"""All checks at once, what they cost, and how findings are worded."""

import pytest
from django.utils.translation import override

from operations.models import Operation, Qualifier, Result, Source
from operations.quality import (
    FindingKind,
    check_operation,
    check_operations,
    check_results,
    choose_headlines,
    find_breakdown_mismatches,
    find_part_exceeding_total,
    find_source_disagreements,
)
from participants.models import Participant
from tests.operations.builders import (
    breakdown,
    make_metric,
    make_operation,
    make_source,
    state,
)

pytestmark = pytest.mark.django_db


def catalogue(breakdowns, parts):
    return [breakdown(f"Total {n}", *(f"Part {i}" for i in range(parts))) for n in range(breakdowns)]


def fill(operation, sources, metrics):
    """Many statements: each source gives each total twice, exact (odd sources: one off) and
    qualified, and its parts."""
    for total, children in metrics:
        parts = len(children)
        for source in sources:
            state(operation, total, source, 100 * parts + (source.pk % 2))
            state(operation, total, source, 100 * parts, Qualifier.MORE_THAN if source.pk % 2 else Qualifier.ALMOST)
            for child in children:
                state(operation, child, source, 100)


def test_check_operation_returns_every_finding(operation, source):
    arrests, parts = breakdown("Arrests", "Smuggling", "Drugs")
    state(operation, arrests, source, 10)
    state(operation, parts[0], source, 12)
    state(operation, parts[1], source, 1)
    state(operation, arrests, make_source("News"), 9)
    state(operation, make_metric("Officers"), source, 22488)

    report = check_operation(operation)

    assert [finding.kind for finding in report.findings] == [
        FindingKind.BREAKDOWN_MISMATCH,
        # 12 smuggling against 10 in the same source; that it also exceeds the news report's 9 says
        # nothing more, so it is not a second finding
        FindingKind.PART_EXCEEDS_TOTAL,
        FindingKind.CONFLICT,  # 10 against 9
    ]
    assert [finding.same_source for finding in report.parts_exceeding_totals] == [True]
    assert len(report) == 3
    assert report.inconsistencies == report.findings
    assert report.counts()[FindingKind.DIFFERENT_PRECISION] == 0
    assert {key: len(findings) for key, findings in report.by_figure().items()} == {
        (operation.pk, None, arrests.pk, None): 3
    }


def test_checks_cost_two_queries_however_many_results(django_assert_num_queries):
    operations = [make_operation() for _ in range(3)]
    sources = [make_source() for _ in range(4)]
    metrics = catalogue(breakdowns=5, parts=4)
    for operation in operations:
        fill(operation, sources, metrics)
    assert Result.objects.count() == 3 * 5 * 4 * 6

    with django_assert_num_queries(2):
        # 1. the results with operation, metric (unit, parent), country and source; 2. the catalogue's parts
        report = check_operations(Operation.objects.all())
        messages = [finding.message for finding in report.findings]

    # Odd sources give one more than their parts; each total is also stated with a qualifier.
    assert len(report.breakdown_mismatches) == 3 * 5 * 2
    assert len(report.disagreements) == 3 * 5
    assert len(messages) == len(report)


def test_check_costs_no_more_with_many_results(django_assert_max_num_queries):
    operation = make_operation()
    sources = [make_source() for _ in range(10)]
    fill(operation, sources, catalogue(breakdowns=10, parts=6))
    results = list(Result.objects.filter(operation=operation).for_checks())

    with django_assert_max_num_queries(1):
        # Given results already fetched, only the catalogue's parts are read.
        find_breakdown_mismatches(results)
    with django_assert_max_num_queries(0):
        findings = [*find_part_exceeding_total(results), *find_source_disagreements(results)]
        choose_headlines(results)
        # Without the publishers fetched, messages name sources by title rather than query.
        assert all(finding.message for finding in findings)
    assert findings


def test_messages_name_sources_by_publisher_and_kind(operation):
    europol = Participant.objects.create(name="Europol", slug="europol", kind=Participant.Kind.EU_AGENCY)
    release = Source.objects.create(title="566 arrests", kind=Source.Kind.PRESS_RELEASE, publisher=europol, year=2023)
    report = Source.objects.create(title="Untitled", kind=Source.Kind.NEWS_REPORT, publisher_name="News agency")
    officers = make_metric("Officers")
    state(operation, officers, release, 22488)
    state(operation, officers, report, 22400, Qualifier.MORE_THAN)

    [finding] = check_operation(operation).disagreements

    assert finding.message.endswith(
        "22 488 (Europol press release (2023)), more than 22 400 (News agency news report)."
    )


def test_report_for_one_operation(source):
    first, second = make_operation(), make_operation(status=Operation.Status.DRAFT)
    arrests, [smuggling] = breakdown("Arrests", "Smuggling")
    for operation, part in ((first, 4), (second, 11)):
        state(operation, arrests, source, 10)
        state(operation, smuggling, source, part)

    report = check_operations(Operation.objects.all())

    assert [finding.operation for finding in report.for_operation(first).findings] == [first]
    assert [finding.kind for finding in report.for_operation(second).findings] == [
        FindingKind.BREAKDOWN_MISMATCH,
        FindingKind.PART_EXCEEDS_TOTAL,
    ]


@pytest.mark.parametrize("language", ["en", "mk", "sr"])
def test_a_reports_messages_at_once_say_what_each_finding_says(operation, language):
    """`messages()` names each metric, country, source and figure once for all the findings."""
    serbia = Participant.objects.create(name="Serbia", slug="serbia", kind=Participant.Kind.NON_EU, country="RS")
    sources = [make_source() for _ in range(3)]
    metrics = catalogue(breakdowns=3, parts=3)
    fill(operation, sources, metrics)
    for total, _parts in metrics:
        state(operation, total, sources[0], 7, country=serbia)
        state(operation, total, sources[1], 8, Qualifier.ALMOST, country=serbia)
    report = check_operation(operation)

    with override(language):
        messages = report.messages()
        assert messages == [finding.message for finding in report.findings]
    assert any("(Србија)" in message or "(Srbija)" in message or "(Serbia)" in message for message in messages)
    assert len(messages) == len(report) >= 6  # how many depends on the sources' ids (see `fill`)


def test_names_are_kept_only_while_the_messages_are_written(operation, source):
    officers = make_metric("Officers")
    state(operation, officers, source, 22488)
    state(operation, officers, make_source("News"), 22000, Qualifier.MORE_THAN)
    statements = list(Result.objects.filter(operation=operation).for_checks())
    assert check_results(statements).messages()[0].startswith("Officers, ")

    for statement in statements:  # the same objects, checked again
        statement.metric.name = "Police officers"

    assert check_results(statements).messages()[0].startswith("Police officers, ")
