"""`manage.py check_figures`, on made-up operations and on the demo data from the seed documents,
whose own inconsistencies must all be found, each by its numbers."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from simple_history.models import registered_models

from operations.models import Metric, Operation, Qualifier, Result, Source
from operations.quality import FindingKind, check_operations, choose_headlines
from tests.operations.builders import breakdown, make_metric, make_operation, make_source, state

pytestmark = pytest.mark.django_db


def check_figures(*args):
    out = StringIO()
    call_command("check_figures", *args, stdout=out, no_color=True)
    return out.getvalue()


@pytest.fixture
def two_operations():
    """A published operation whose arrests do not add up and whose officers are stated with
    different precision, and a draft one whose only finding is a difference in precision."""
    published = make_operation("Lantern")
    draft = make_operation("Beacon", status=Operation.Status.DRAFT)
    europol, news = make_source("Europol release"), make_source("News report")
    arrests, [smuggling, drugs] = breakdown("Arrests", "Smuggling", "Drugs")
    officers = make_metric("Officers")
    state(published, arrests, europol, 566)
    state(published, smuggling, europol, 400)
    state(published, drugs, europol, 162)
    state(published, officers, europol, 22488)
    state(published, officers, news, 22000, Qualifier.MORE_THAN)
    state(draft, officers, europol, 900)
    state(draft, officers, news, 850, Qualifier.OVER)
    return published, draft


def test_prints_every_finding_grouped_by_operation_with_a_summary(two_operations):
    published, draft = two_operations

    output = check_figures()

    # Operations in their usual order: latest first, then by name (both start on the same day).
    assert output.splitlines() == [
        f"{draft.name} (Draft)",
        f"  [precision]    Officers, {draft.short_name}: stated with different precision, all compatible: "
        "900 (Europol release), over 850 (News report).",
        f"{published.name} (Published)",
        f"  [breakdown]    Arrests, {published.short_name}, Europol release: "
        "the 2 parts add up to 562, 4 fewer than the 566 reported.",
        f"  [precision]    Officers, {published.short_name}: stated with different precision, all compatible: "
        "22 488 (Europol release), more than 22 000 (News report).",
        "",
        "2 operations checked: 3 findings: 1 breakdown that does not add up, 2 differences in precision.",
    ]


def test_an_operation_without_findings_says_so():
    operation = make_operation()
    state(operation, make_metric("Officers"), make_source(), 10)
    assert check_figures().splitlines()[1:] == ["  no findings", "", "1 operation checked: no findings."]


def test_one_operation_by_slug(two_operations):
    published, draft = two_operations

    output = check_figures("--operation", draft.slug)

    assert published.name not in output
    assert output.endswith("1 operation checked: 1 finding: 1 difference in precision.\n")


def test_an_unknown_slug_is_an_error(two_operations):
    with pytest.raises(CommandError, match="No operation no-such-operation"):
        check_figures("--operation", "no-such-operation")


def test_published_only(two_operations):
    published, draft = two_operations

    output = check_figures("--published-only")

    assert published.name in output
    assert draft.name not in output
    with pytest.raises(CommandError, match="No published operation"):
        check_figures("--published-only", "--operation", draft.slug)


def test_strict_fails_on_an_inconsistency(two_operations):
    published, draft = two_operations
    assert "1 breakdown" in check_figures()  # without --strict, findings do not fail

    with pytest.raises(CommandError, match="1 inconsistent figure found"):
        check_figures("--strict")
    # Differences in precision are notes: the draft alone passes.
    check_figures("--strict", "--operation", draft.slug)


def test_never_changes_any_data(two_operations):
    history = [model.history.model for model in registered_models.values()]
    before = [model.objects.count() for model in (Result, Source, Metric, Operation, *history)]
    values = list(Result.objects.order_by("pk").values_list("pk", "value", "qualifier", "is_headline"))

    with CaptureQueriesContext(connection) as queries, pytest.raises(CommandError):
        check_figures("--strict")

    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries.captured_queries)
    assert [model.objects.count() for model in (Result, Source, Metric, Operation, *history)] == before
    assert list(Result.objects.order_by("pk").values_list("pk", "value", "qualifier", "is_headline")) == values


def test_queries_do_not_grow_with_operations(django_assert_num_queries):
    metrics = [breakdown(f"Total {n}", "Part A", "Part B") for n in range(3)]
    sources = [make_source() for _ in range(3)]
    for _ in range(6):
        operation = make_operation()
        for total, parts in metrics:
            for n, source in enumerate(sources):
                state(operation, total, source, 10 + n % 2)  # the second source's total is off by one
                for part in parts:
                    state(operation, part, source, 5)

    with django_assert_num_queries(4):
        # 1. the operations; 2. the capacity-building activities; 3. their results with metric, unit,
        # parent, country, source and publisher; 4. the catalogue's parts of the totals that a source
        # breaks down
        output = check_figures()

    assert output.count("[breakdown]") == 6 * 3
    assert output.count("[conflict]") == 6 * 3


# ---- The demo data: what the seed documents really contain ---------------------------------------


EUROPOL_2023 = "001_ee7ea68983a09b71.txt"
EU4FAST_2024 = "002_5c633ea500f506e7.txt"
NEWS_2023 = "003_8700fdc01530333b.txt"
SEESAC_2023 = "000_5bd5ca7cf638c22a.txt"


@pytest.fixture
def demo_report(demo_data):
    return check_operations(Operation.objects.filter(series__short_name="JAD SEE"))


def summary(finding):
    return (finding.kind, finding.operation.slug, finding.metric.code)


def find(findings, slug, code):
    [finding] = [finding for finding in findings if (finding.operation.slug, finding.metric.code) == (slug, code)]
    return finding


def test_demo_every_finding(demo_report):
    assert sorted(summary(finding) for finding in demo_report.findings) == sorted(
        [
            (FindingKind.BREAKDOWN_MISMATCH, "jad-see-2023", "arrests"),
            (FindingKind.BREAKDOWN_MISMATCH, "jad-see-2023", "weapons-seized"),
            (FindingKind.BREAKDOWN_MISMATCH, "jad-see-2024", "entities-checked"),
            # The news report drops the release's "almost": 300 kg against almost 300 kg.
            (FindingKind.CONFLICT, "jad-see-2023", "drugs-cannabis"),
            (FindingKind.DIFFERENT_PRECISION, "jad-see-2023", "officers-involved"),
            (FindingKind.DIFFERENT_PRECISION, "jad-see-2023", "entities-checked"),
            (FindingKind.DIFFERENT_PRECISION, "jad-see-2023", "ammunition-seized"),
        ]
    )
    assert demo_report.parts_exceeding_totals == ()


def test_demo_2023_arrests_566_against_562(demo_report):
    finding = find(demo_report.breakdown_mismatches, "jad-see-2023", "arrests")

    assert finding.source.seed_file == EUROPOL_2023
    assert (finding.total_value, finding.total_qualifier) == (566, Qualifier.EXACT)
    assert sorted(part.value for part in finding.parts) == [69, 89, 186, 218]
    assert (finding.parts_sum, finding.difference) == (562, -4)
    assert finding.parts_missing == finding.parts_not_reported == ()
    assert "the 4 parts add up to 562, 4 fewer than the 566 reported" in finding.message


def test_demo_2023_weapons_310_against_307(demo_report):
    finding = find(demo_report.breakdown_mismatches, "jad-see-2023", "weapons-seized")

    assert finding.source.seed_file == EUROPOL_2023
    assert finding.total_value == 310
    assert sorted(part.value for part in finding.parts) == sorted([84, 65, 59, 22, 16, 7, 6, 4, 2, 42])
    assert (finding.parts_sum, finding.difference) == (307, -3)
    assert "the 10 parts add up to 307, 3 fewer than the 310 reported" in finding.message


def test_demo_2024_checks_655_914_against_674_603(demo_report):
    finding = find(demo_report.breakdown_mismatches, "jad-see-2024", "entities-checked")

    assert finding.source.seed_file == EU4FAST_2024
    assert finding.total_value == 655914
    assert sorted(part.value for part in finding.parts) == [1181, 4985, 152284, 516153]
    assert (finding.parts_sum, finding.difference) == (674603, 18689)
    assert "the 4 parts add up to 674 603, 18 689 more than the 655 914 reported" in finding.message


def test_demo_breakdowns_that_add_up(demo_report):
    mismatched = {(finding.operation.slug, finding.metric.code) for finding in demo_report.breakdown_mismatches}
    # 120 = 94 + 11 + 10 + 5 in three sources; 288 774 = 215 273 + 67 277 + 5 225 + 999 in two.
    assert ("jad-see-2023", "cyber-patrol-targets") not in mismatched
    assert ("jad-see-2023", "entities-checked") not in mismatched
    # Almost 1 000 kg against 626 kg + almost 300 kg + heroin and marijuana plants without a figure
    # (Europol), or nearly 1 000 kg against 626 + 300 + the same two (news report): between 896 and
    # 926 kg plus the unreported parts can well be almost a tonne.
    assert ("jad-see-2023", "drugs-seized") not in mismatched


def test_demo_sums_checked_against_the_data(demo_data):
    def value(code, seed_file, qualifier=Qualifier.EXACT):
        return Result.objects.get(
            operation__slug="jad-see-2023", metric__code=code, source__seed_file=seed_file, qualifier=qualifier
        ).value

    platforms = ("messaging-applications", "marketplaces", "other-clear-websites", "dark-web")
    for seed_file in (SEESAC_2023, EUROPOL_2023, NEWS_2023):
        parts = sum(value(f"cyber-targets-{platform}", seed_file) for platform in platforms)
        assert value("cyber-patrol-targets", seed_file) == parts == 120
    for seed_file in (EUROPOL_2023, NEWS_2023):
        parts = sum(
            value(f"entities-{kind}", seed_file) for kind in ("persons", "vehicles", "postal-items", "premises")
        )
        assert value("entities-checked", seed_file) == parts == 288774


def statements(finding):
    return [(statement.value, statement.qualifier_id, statement.source.seed_file) for statement in finding.statements]


def test_demo_officers_differ_in_precision_not_in_substance(demo_report):
    finding = find(demo_report.disagreements, "jad-see-2023", "officers-involved")

    assert finding.kind == FindingKind.DIFFERENT_PRECISION
    assert not finding.is_inconsistency
    exact, *qualified = statements(finding)
    assert exact == (22488, Qualifier.EXACT, EUROPOL_2023)
    assert sorted(qualified) == [
        (22000, Qualifier.MORE_THAN, EUROPOL_2023),
        (22000, Qualifier.OVER, SEESAC_2023),
        (22400, Qualifier.MORE_THAN, NEWS_2023),
    ]


def test_demo_ammunition_and_entities_differ_in_precision(demo_report):
    ammunition = find(demo_report.disagreements, "jad-see-2023", "ammunition-seized")
    assert ammunition.kind == FindingKind.DIFFERENT_PRECISION
    assert sorted(statements(ammunition)) == [
        (20000, Qualifier.MORE_THAN, NEWS_2023),
        (20206, Qualifier.EXACT, SEESAC_2023),
        (20206, Qualifier.EXACT, EUROPOL_2023),
    ]

    entities = find(demo_report.disagreements, "jad-see-2023", "entities-checked")
    assert entities.kind == FindingKind.DIFFERENT_PRECISION
    assert statements(entities)[-1] == (290000, Qualifier.ALMOST, EUROPOL_2023)


def test_demo_cannabis_300_kg_contradicts_almost_300_kg(demo_report):
    finding = find(demo_report.disagreements, "jad-see-2023", "drugs-cannabis")

    assert finding.kind == FindingKind.CONFLICT
    [(first, second)] = finding.conflicting_pairs
    assert {(first.value, first.qualifier_id), (second.value, second.qualifier_id)} == {
        (300, Qualifier.EXACT),
        (300, Qualifier.ALMOST),
    }
    assert {first.source.seed_file, second.source.seed_file} == {NEWS_2023, EUROPOL_2023}


def test_demo_almost_and_nearly_a_tonne_agree(demo_report):
    assert ("jad-see-2023", "drugs-seized") not in {
        (finding.operation.slug, finding.metric.code) for finding in demo_report.disagreements
    }


def test_demo_headlines_are_the_exact_figures(demo_data):
    results = Result.objects.filter(operation__slug="jad-see-2023").with_related()
    headlines = {
        (headline.statement.metric.code, headline.statement.country_id): headline
        for headline in choose_headlines(results).values()
    }

    officers = headlines[("officers-involved", None)]
    assert (officers.statement.value, officers.statement.source.seed_file) == (22488, EUROPOL_2023)
    assert len(officers.alternatives) == 3
    assert headlines[("entities-checked", None)].statement.value == Decimal(288774)
    assert headlines[("entities-checked", None)].alternatives[-1].qualifier_id == Qualifier.ALMOST
    assert headlines[("ammunition-seized", None)].statement.value == 20206
    assert headlines[("drugs-cannabis", None)].statement.qualifier_id == Qualifier.EXACT


def test_demo_command_output(demo_data):
    output = check_figures("--operation", "jad-see-2023", "--operation", "jad-see-2024")

    assert "2 operations checked: 7 findings: 3 breakdowns that do not add up, 1 conflict between statements, " in (
        output
    )
    assert (
        "Arrests, JAD SEE 2023, Europol press release (2023), by crime area: the 4 parts add up to 562, 4 fewer"
        in output
    )
    with pytest.raises(CommandError, match="4 inconsistent figures found"):
        check_figures("--strict", "--operation", "jad-see-2023", "--operation", "jad-see-2024")
    assert "1 finding: 1 breakdown" in check_figures("--operation", "jad-see-2024")
