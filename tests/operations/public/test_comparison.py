"""The comparison page (/compare/): published operations side by side, the change from one to the
next, qualifiers and inconsistencies, its CSV and XLSX, hostile query strings, drafts that stay
invisible, and a query count that does not grow with the figures."""

import datetime
from decimal import Decimal

import pytest

from operations.models import Metric, Operation, Qualifier, Result
from tests import public_fixtures
from tests.public_fixtures import INJECTION, KOSOVO_FOOTNOTE, SECRET, add_results, body, operation, read_csv, read_xlsx

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

BOTH = "/compare/?operations=jad-see-2023&operations=jad-see-2024"
MESSAGE_2024 = (
    "Arrests, JAD SEE 2024, Europol press release (2024), by crime area: the 2 parts add up to 562, 4 fewer than "
    "the 566 reported."
)


def state(op, metric, value, source, qualifier=Qualifier.EXACT, country=None):
    return Result.objects.create(
        operation=op,
        metric=metric,
        value=None if value is None else Decimal(value),
        qualifier_id=qualifier,
        source=source,
        country=country,
        quote=f"{value} {metric.name}",
    )


@pytest.fixture
def figures(world):
    """JAD SEE 2023 gets arrests that add up (200 + 300 = 500) and 2 kg of cannabis, to set beside
    2024's 566 arrests (whose parts add up to 562) and 1.5 kg."""
    state(world.jad_2023, world.arrests, "500", world.report_2023)
    state(world.jad_2023, world.arrests_smuggling, "200", world.report_2023)
    state(world.jad_2023, world.arrests_firearms, "300", world.report_2023)
    state(world.jad_2023, world.cannabis, "2", world.report_2023)
    return world


def rows_of(response):
    return {row.label: row for row in response.context["comparison"].rows}


def cells(response, label):
    return [(cell.value, cell.value_display) for cell in rows_of(response)[label].cells]


def changes(response, label):
    return [
        (cell.change.absolute, cell.change.percent_rounded, cell.change.is_approximate) if cell.change else None
        for cell in rows_of(response)[label].cells
    ]


# ---- The page --------------------------------------------------------------------------------


def test_first_visit_shows_the_form_with_every_published_operation_and_no_error(client, world):
    response = client.get("/compare/")

    assert response.status_code == 200
    assert not response.context["form"].is_bound
    assert response.context["comparison"] is None
    content = response.content.decode()
    assert 'value="jad-see-2024"' in content and 'value="jad-see-2023"' in content
    assert 'href="/compare/"' in content  # in the navigation


def test_every_metric_side_by_side_with_the_headline_statement(client, figures):
    response = client.get(BOTH)

    assert response.status_code == 200
    assert [operation.slug for operation in response.context["comparison"].operations] == [
        "jad-see-2023",
        "jad-see-2024",
    ]
    # The headline rule: 22 488 (exact) rather than "over 22 000".
    assert cells(response, "Officers involved") == [(20000, "20 000"), (22488, "22 488")]
    assert cells(response, "Arrests") == [(500, "500"), (566, "566")]
    assert cells(response, "Cannabis seized") == [(2, "2 kg"), (Decimal("1.5"), "1.5 kg")]
    content = response.content.decode()
    assert "22 488" in content and "1 other statement" in content


def test_breakdowns_come_under_their_totals_in_catalogue_order(client, figures):
    rows = client.get(BOTH).context["comparison"].rows

    assert [(row.label, row.depth) for row in rows] == [
        ("Officers involved", 0),
        ("Arrests", 0),
        ("Arrests – Firearms trafficking", 1),
        ("Arrests – Migrant smuggling", 1),
        ("Weapons seized", 0),
        ("Weapons seized (Kosovo*)", 0),
        ("Cannabis seized", 0),
    ]
    # Weapons are given only for Kosovo*: the operation-wide row is there, with no figure.
    assert [cell.statement for cell in rows[4].cells] == [None, None]


def test_absolute_and_percentage_change_from_the_operation_before(client, figures):
    response = client.get(BOTH)

    assert changes(response, "Officers involved") == [None, (2488, Decimal("12.4"), False)]
    assert changes(response, "Arrests") == [None, (66, Decimal("13.2"), False)]
    assert changes(response, "Arrests – Migrant smuggling") == [None, (100, Decimal("50.0"), False)]
    assert changes(response, "Arrests – Firearms trafficking") == [None, (-38, Decimal("-12.7"), False)]
    assert changes(response, "Cannabis seized") == [None, (Decimal("-0.5"), Decimal("-25.0"), False)]
    # No figure in 2023: no change, rather than a change from zero.
    assert changes(response, "Weapons seized (Kosovo*)") == [None, None]
    content = response.content.decode()
    assert "+2 488" in content and "+12.4 %" in content
    assert "−38" in content and "−12.7 %" in content
    assert "−0.5 kg" in content


def test_operations_come_oldest_first_whatever_the_order_in_the_url(client, figures):
    older = operation(figures.series, "2022", start=datetime.date(2022, 11, 14))
    state(older, figures.officers, "15000", figures.report_2023)

    response = client.get("/compare/?operations=jad-see-2024&operations=jad-see-2022&operations=jad-see-2023")

    assert [operation.edition for operation in response.context["comparison"].operations] == ["2022", "2023", "2024"]
    # Each change is from the column before: 15 000 → 20 000 → 22 488.
    assert changes(response, "Officers involved") == [
        None,
        (5000, Decimal("33.3"), False),
        (2488, Decimal("12.4"), False),
    ]


def test_a_qualified_figure_is_shown_with_its_words_and_makes_the_change_approximate(client, figures):
    Result.objects.filter(operation=figures.jad_2023, metric=figures.officers).update(qualifier=Qualifier.MORE_THAN)

    response = client.get(BOTH)

    assert cells(response, "Officers involved")[0] == (20000, "more than 20 000")
    assert changes(response, "Officers involved") == [None, (2488, Decimal("12.4"), True)]
    content = response.content.decode()
    assert "more than 20 000" in content
    assert "≈</abbr> +2 488" in content


def test_not_reported_is_not_zero_and_a_change_from_zero_has_no_percentage(client, figures):
    Result.objects.filter(operation=figures.jad_2023, metric=figures.cannabis).update(value=None)
    Result.objects.filter(operation=figures.jad_2023, metric=figures.arrests_smuggling).update(value=0)

    response = client.get(BOTH)

    assert cells(response, "Cannabis seized")[0] == (None, "not reported")
    assert changes(response, "Cannabis seized") == [None, None]
    assert changes(response, "Arrests – Migrant smuggling") == [None, (300, None, False)]


def test_inconsistent_figures_are_flagged_with_the_checks_words(client, figures):
    response = client.get(BOTH)

    arrests = rows_of(response)["Arrests"].cells
    assert arrests[0].inconsistencies == []  # 200 + 300 = 500
    [finding] = arrests[1].inconsistencies
    message = MESSAGE_2024
    assert finding.message == message
    assert [(number, finding.message) for number, finding in response.context["comparison"].notes] == [(1, message)]
    content = response.content.decode()
    assert 'href="#comparison-note-1"' in content and 'id="comparison-note-1"' in content
    assert message in content
    # A difference in precision (22 488 and "over 22 000") is not an inconsistency.
    assert rows_of(response)["Officers involved"].cells[1].inconsistencies == []


def test_kosovo_is_named_with_its_asterisk_and_footnote(client, figures):
    content = client.get(BOTH).content.decode()
    assert "Kosovo*" in content and KOSOVO_FOOTNOTE in content


def test_the_url_is_the_shareable_comparison_and_links_to_its_exports(client, figures):
    content = client.get(BOTH).content.decode()
    assert 'href="?operations=jad-see-2023&amp;operations=jad-see-2024&amp;_export=csv"' in content
    assert 'href="?operations=jad-see-2023&amp;operations=jad-see-2024&amp;_export=xlsx"' in content
    assert 'value="jad-see-2023" id="id_operations_1" checked' in content


# ---- Charts ---------------------------------------------------------------------------------------


def test_one_chart_per_main_metric_with_a_bar_per_operation(client, figures):
    charts = {chart.title: chart for chart in client.get(BOTH).context["charts"]}

    # Main (root) metrics with a figure; weapons only by country, so no chart.
    assert list(charts) == ["Officers involved", "Arrests", "Cannabis seized"]
    arrests = charts["Arrests"]
    assert [(bar.label, bar.value) for bar in arrests.bars] == [("JAD SEE 2023", 500), ("JAD SEE 2024", 566)]
    assert arrests.bars[1].note == "inconsistent: see note 1"
    # Each chart on its own scale: the larger value spans the plot, in every chart.
    assert charts["Cannabis seized"].bars[0].width == charts["Arrests"].bars[1].width


def test_charts_are_accessible_svg_with_the_numbers_beside_them(client, figures):
    content = client.get(BOTH).content.decode()

    chart = content[content.index('aria-label="Arrests"') - 200 :]
    chart = chart[: chart.index("</figure>")]
    assert 'role="img"' in chart and "<title" in chart and "<desc" in chart
    assert chart.count("<rect") == 2
    assert 'aria-describedby="compare-chart-' in chart
    assert "<table" in chart and "566" in chart


# ---- Exports --------------------------------------------------------------------------------------


def test_csv_has_every_row_with_real_numbers_and_changes(client, figures):
    response = client.get(f"{BOTH}&_export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="comparison-jad-see-2023-jad-see-2024-' in response["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header == [
        "Metric",
        "Part of",
        "Level",
        "Country",
        "JAD SEE 2023: value",
        "JAD SEE 2023: unit",
        "JAD SEE 2023: qualifier",
        "JAD SEE 2023: inconsistency",
        "JAD SEE 2024: value",
        "JAD SEE 2024: unit",
        "JAD SEE 2024: qualifier",
        "JAD SEE 2024: change",
        "JAD SEE 2024: change (%)",
        "JAD SEE 2024: inconsistency",
        "Note",
    ]
    by_label = {(row[0], row[1], row[3]): row for row in rows}
    # Each statement's own unit beside its value (a unit without a symbol by its name).
    assert by_label[("Arrests", "", "")][4:14] == [
        "500",
        "persons",
        "exact",
        "",
        "566",
        "persons",
        "exact",
        "66",
        "13.2",
        MESSAGE_2024,
    ]
    assert by_label[("Firearms trafficking", "Arrests", "")][2] == "1"
    assert by_label[("Firearms trafficking", "Arrests", "")][11:13] == ["-38", "-12.7"]
    assert by_label[("Officers involved", "", "")][8:13] == ["22488", "persons", "exact", "2488", "12.4"]
    assert by_label[("Cannabis seized", "", "")][4:6] == ["2", "kg"]
    kosovo = by_label[("Weapons seized", "", "Kosovo*")]
    assert kosovo[4:7] == ["", "", ""] and kosovo[8:10] == ["12", "items"]
    assert kosovo[-1] == f"*Kosovo: {KOSOVO_FOOTNOTE}"
    assert len(rows) == len(client.get(BOTH).context["comparison"].rows)


def test_xlsx_numbers_are_numbers(client, figures):
    Result.objects.filter(operation=figures.jad_2023, metric=figures.cannabis).update(value=None)
    sheet = read_xlsx(client.get(f"{BOTH}&_export=xlsx"))

    rows = list(sheet.iter_rows(values_only=True))
    by_label = {(row[0], row[1], row[3]): row for row in rows[1:]}
    arrests = by_label[("Arrests", None, None)]
    assert arrests[4] == 500 and isinstance(arrests[4], int)
    assert arrests[11] == 66 and arrests[12] == pytest.approx(13.2)
    assert isinstance(by_label[("Cannabis seized", None, None)][8], float)
    assert by_label[("Cannabis seized", None, None)][4:7] == (None, "kg", "not reported")
    assert by_label[("Officers involved", None, None)][13] is None  # no inconsistency


def test_exports_are_formula_safe(client, figures):
    Metric.objects.filter(pk=figures.cannabis.pk).update(name=INJECTION)
    Operation.objects.filter(pk=figures.jad_2024.pk).update(short_name="=cmd|' /C calc'!A0")

    csv_rows = read_csv(client.get(f"{BOTH}&_export=csv"))
    sheet = read_xlsx(client.get(f"{BOTH}&_export=xlsx"))

    assert "'" + INJECTION in [row[0] for row in csv_rows]
    assert csv_rows[0][8] == "'=cmd|' /C calc'!A0: value"
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert "'" + INJECTION in texts
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


# ---- Bad input and drafts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, error",
    [
        ("operations=jad-see-2024", "Choose at least two operations to compare."),
        ("operations=jad-see-2024&operations=jad-see-2024", "Choose at least two operations to compare."),
        ("operations=", "Choose at least two operations to compare."),
        ("operations=jad-see-2024&operations=atlantis", "“atlantis” is not a published operation."),
        ("operations=jad-see-2024&operations=1'%20OR%20'1'='1", "is not a published operation."),
        ("operations=jad-see-2024&operations=%00", "Some of the values given are not names of operations."),
        ("operations=jad-see-2024&operations=" + "x" * 5000, "Some of the values given are not names of operations."),
        ("&".join(f"operations=op-{n}" for n in range(40)), "Choose at most 8 operations."),
        ("operations=jad-see-2024&operations=%F0%9F%92%A3", "is not a published operation."),
        ("operations=jad-see-2024&operations=jad-see-2023&_export=csv&operations=nope", "is not a published"),
    ],
)
def test_bad_input_shows_the_form_with_its_error(client, figures, query, error):
    response = client.get(f"/compare/?{query}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.context["comparison"] is None
    assert error in response.content.decode()


@pytest.mark.parametrize("query", ["_export=csv", "_export=../../etc", "page=abc&sort=-x", "operations[]=1"])
def test_other_parameters_alone_show_the_empty_form(client, world, query):
    response = client.get(f"/compare/?{query}")
    assert response.status_code == 200
    assert response.context["comparison"] is None


def test_more_than_the_maximum_of_real_operations_is_refused(client, world):
    public_fixtures.add_operations(world, 8)
    slugs = [op.slug for op in Operation.objects.published()]

    response = client.get("/compare/?" + "&".join(f"operations={slug}" for slug in slugs))

    assert len(slugs) == 10
    assert "Choose at most 8 operations." in response.content.decode()


@pytest.mark.parametrize("status", [status for status in Operation.Status if status != Operation.Status.PUBLISHED])
def test_an_unpublished_operation_can_neither_be_chosen_nor_seen(client, figures, status):
    Operation.objects.filter(pk=figures.draft.pk).update(status=status, review_comment="Check the figures")

    chosen = client.get("/compare/?operations=jad-see-2025&operations=jad-see-2024")
    form = client.get("/compare/")
    export = client.get("/compare/?operations=jad-see-2025&operations=jad-see-2024&_export=csv")

    assert "“jad-see-2025” is not a published operation." in chosen.content.decode()
    for response in (chosen, form, export):
        text = body(response).decode()
        for secret in ("Secret motto", SECRET, "31337", "EMPACT Joint Action Days JAD SEE 2025"):
            assert secret not in text


def test_a_comparison_never_shows_a_draft_figure(client, figures):
    # A draft's figure of the same metric exists (31 337 arrests); only published operations are compared.
    content = client.get(BOTH).content.decode() + body(client.get(f"{BOTH}&_export=csv")).decode()
    assert "31337" not in content and "31 337" not in content


# ---- Queries --------------------------------------------------------------------------------------


def test_query_count_does_not_grow_with_figures(client, figures, django_assert_num_queries):
    # 1. the chosen operations, through the public door (the form's validation)
    # 2. their public results with metric, unit, parent, country, source and publisher
    # 3. the metric catalogue with units and parents
    # 4. the catalogue's breakdowns, for the figure checks (a source gives a total and its parts)
    # 5. every published operation, for the form's choices
    # 6. the register's revision and last update, for the footer (a page the cache does not keep)
    with django_assert_num_queries(6):
        few = client.get(BOTH)
    add_results(figures, 40, operation=figures.jad_2024)
    add_results_to_2023 = Metric.objects.filter(code__startswith="extra-")
    for metric in add_results_to_2023[:20]:
        state(figures.jad_2023, metric, "7", figures.report_2023)
    with django_assert_num_queries(6):
        many = client.get(BOTH)
    assert len(many.context["comparison"].rows) >= len(few.context["comparison"].rows) + 40


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_query_count_does_not_grow_with_figures(client, figures, django_assert_num_queries, export_format):
    # The page's queries 1 to 4; no choices to show; the register's last update, which the file states.
    with django_assert_num_queries(5):
        body(client.get(f"{BOTH}&_export={export_format}"))
    add_results(figures, 40, operation=figures.jad_2024)
    with django_assert_num_queries(5):
        body(client.get(f"{BOTH}&_export={export_format}"))


def test_bad_input_costs_three_queries_at_most(client, world, django_assert_num_queries):
    # the slugs checked against the published operations · the form's choices · the register's last
    # update, for the footer
    with django_assert_num_queries(3):
        client.get("/compare/?operations=jad-see-2024&operations=nope")
    # Garbage is refused before any query: only the choices and the footer's last update.
    with django_assert_num_queries(2):
        client.get("/compare/?operations=%00&operations=jad-see-2024")


def test_operations_without_figures_compare_to_an_empty_table(client, world):
    operation(world.series, "2030")
    operation(world.series, "2031")

    response = client.get("/compare/?operations=jad-see-2030&operations=jad-see-2031")

    assert response.status_code == 200
    assert response.context["comparison"].rows == []
    assert response.context["charts"] == []
    assert read_csv(client.get("/compare/?operations=jad-see-2030&operations=jad-see-2031&_export=csv"))[1:] == []
