"""Bar charts: the geometry module (operations/charts.py) on made-up values and figure trees, and
the SVG on the operation page: the right bars, accessible, no draft figure, no zero for a figure
that is not reported, and no query per chart."""

import re
from decimal import Decimal

import pytest

from operations.models import Breakdown, Dimension, Metric, Qualifier, Result
from operations.public.charts import (
    BAR_GAP,
    BAR_HEIGHT,
    LABEL_WIDTH,
    PADDING,
    TEXT_GAP,
    VALUE_WIDTH,
    WIDTH,
    ChartItem,
    bar_chart,
    breakdown_charts,
    shorten,
)
from operations.public.figures import figure_tree
from operations.quality import check_results
from tests import public_fixtures
from tests.operations.builders import (
    breakdown,
    make_country,
    make_metric,
    make_operation,
    make_source,
    make_unit,
    state,
)
from tests.public_fixtures import SECRET

PLOT = WIDTH - LABEL_WIDTH - VALUE_WIDTH

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def item(label, value, display=None):
    value = None if value is None else Decimal(value)
    return ChartItem(label, value, display or ("not reported" if value is None else str(value)))


# ---- Geometry -------------------------------------------------------------------------------------


def test_the_largest_value_spans_the_plot_and_the_others_are_to_scale():
    chart = bar_chart("arrests", "Arrests", [item("Smuggling", "200"), item("Firearms", "50")], label_heading="Part")

    smuggling, firearms = chart.bars
    assert (smuggling.x, smuggling.width) == (LABEL_WIDTH, PLOT)
    assert (firearms.x, firearms.width) == (LABEL_WIDTH, PLOT / 4)
    assert (smuggling.y, firearms.y) == (PADDING, PADDING + BAR_HEIGHT + BAR_GAP)
    assert smuggling.height == firearms.height == BAR_HEIGHT
    # The label ends left of the bar; the value starts right of its end.
    assert smuggling.label_x == LABEL_WIDTH - TEXT_GAP
    assert smuggling.value_x == LABEL_WIDTH + PLOT + TEXT_GAP
    assert firearms.value_x == LABEL_WIDTH + PLOT / 4 + TEXT_GAP
    assert smuggling.y < smuggling.text_y < smuggling.y + BAR_HEIGHT
    assert (chart.width, chart.height) == (WIDTH, 2 * PADDING + 2 * BAR_HEIGHT + BAR_GAP)


def test_bars_keep_the_order_given():
    chart = bar_chart("c", "C", [item("b", "1"), item("a", "3"), item("c", "2")], label_heading="Part")
    assert [bar.label for bar in chart.bars] == ["b", "a", "c"]


def test_a_value_not_reported_has_no_bar_and_says_so():
    chart = bar_chart("drugs", "Drugs", [item("Cocaine", "626"), item("Heroin", None)], label_heading="Part")

    cocaine, heroin = chart.bars
    assert cocaine.is_reported and cocaine.width == PLOT
    assert not heroin.is_reported
    assert heroin.width == 0 and heroin.value is None
    assert heroin.value_display == "not reported"
    assert chart.description == "Cocaine: 626; Heroin: not reported."


def test_zero_is_a_reported_value_without_length_and_all_zeros_do_not_divide_by_zero():
    chart = bar_chart("c", "C", [item("a", "0"), item("b", "0")], label_heading="Part")
    assert [(bar.is_reported, bar.width) for bar in chart.bars] == [(True, 0), (True, 0)]

    nothing = bar_chart("c", "C", [item("a", None)], label_heading="Part")
    assert nothing.bars[0].width == 0


def test_an_empty_chart_has_no_bars():
    chart = bar_chart("c", "C", [], label_heading="Part")
    assert chart.bars == () and chart.height == 2 * PADDING


def test_decimals_and_qualified_values_are_drawn_at_their_published_number():
    chart = bar_chart(
        "c",
        "C",
        [ChartItem("Cannabis", Decimal("300"), "almost 300 kg"), ChartItem("Cocaine", Decimal("1.5"), "1.5 kg")],
        label_heading="Part",
    )
    assert chart.bars[0].value_display == "almost 300 kg"
    assert chart.bars[1].width == round(1.5 / 300 * PLOT, 1)


def test_long_labels_are_shortened_in_the_chart_only():
    label = "Postal packages, parcels and other consignments"
    [bar] = bar_chart("c", "C", [item(label, "1")], label_heading="Part").bars
    assert bar.label == label
    assert bar.short_label == shorten(label) and bar.short_label.endswith("…") and len(bar.short_label) == 32
    assert shorten("Premises") == "Premises"


def test_ids_for_the_svg_and_its_table():
    chart = bar_chart("chart-7", "C", [item("a", "1")], label_heading="Part")
    assert (chart.title_id, chart.description_id, chart.table_id) == ("chart-7-title", "chart-7-desc", "chart-7-table")


# ---- Breakdown charts from a figure tree (made-up operations) --------------------------------------


def charts_of(operation):
    results = list(Result.objects.filter(operation=operation).with_related())
    report = check_results(results)
    return breakdown_charts(operation, figure_tree(results, Metric.objects.select_related("unit"), report.by_figure()))


@pytest.mark.django_db
def test_one_chart_per_total_whose_parts_have_figures():
    operation, source = make_operation(), make_source("Joint release")
    arrests, [smuggling, drugs, other] = breakdown("Arrests", "Smuggling", "Drugs", "Other")
    weapons, _parts = breakdown("Weapons", "Pistols")  # a part in the catalogue, none stated
    officers = make_metric("Officers")
    state(operation, arrests, source, 566)
    state(operation, smuggling, source, 300)
    state(operation, drugs, source, 270)
    state(operation, other, source, None)  # named without a figure
    state(operation, weapons, source, 40)  # no parts given: no chart
    state(operation, officers, source, 22488)  # no breakdown at all

    [chart] = charts_of(operation)

    assert chart.title == "Arrests: breakdown"
    # Named by its metric's code, never a database id, in its HTML ids and its address.
    assert (chart.id, chart.key) == (f"chart-{arrests.code}", arrests.code)
    assert chart.address.page == f"/operations/{operation.slug}/charts/{arrests.code}/"
    assert chart.address.svg == chart.address.page + "chart.svg"
    assert chart.sources == (source,)
    assert [(bar.label, bar.value, bar.is_reported) for bar in chart.bars] == [
        ("Drugs", 270, True),
        ("Other", None, False),
        ("Smuggling", 300, True),
    ]
    assert chart.bars[2].width == PLOT
    assert chart.description.startswith(
        "Arrests, 566 in total. By part: Drugs: 270; Other: not reported; Smuggling: 300."
    )
    # 300 + 270 already exceed the total, whatever "Other" is: said under the chart.
    assert "the 2 parts with a figure already add up to 570, 4 more than the 566 reported" in chart.note
    assert chart.note in chart.description
    # A page shows the note under the chart: the chart's own description there leaves it out.
    assert chart.description_beside_note == (
        "Arrests, 566 in total. By part: Drugs: 270; Other: not reported; Smuggling: 300."
    )


@pytest.mark.django_db
def test_parts_without_a_total_still_make_a_chart_and_every_level_of_the_tree_is_looked_at():
    operation, source = make_operation(), make_source()
    drugs, [cannabis, cocaine] = breakdown("Drugs", "Cannabis", "Cocaine", unit=make_unit("kg", "mass", "kg"))
    state(operation, cannabis, source, 300, Qualifier.ALMOST)
    state(operation, cocaine, source, 626)

    [chart] = charts_of(operation)

    assert chart.description.startswith("Drugs, no total published. By part: Cannabis: almost 300 kg; Cocaine: 626 kg.")
    assert chart.note == ""
    assert [bar.value_display for bar in chart.bars] == ["almost 300 kg", "626 kg"]


@pytest.mark.django_db
def test_parts_in_a_unit_that_does_not_add_up_into_the_totals_are_left_out():
    # A part is of its total's dimension, whose units convert into each other, but one currency is
    # never converted into another: a part stated in USD is not drawn beside a total in EUR, even
    # when it comes first.
    operation, source = make_operation(), make_source()
    eur = make_unit("eur", Dimension.MONEY, "EUR", currency="EUR")
    usd = make_unit("usd", Dimension.MONEY, "USD", currency="USD")
    funding, [bilateral, union] = breakdown("Funding", "Bilateral donors", "European Union", unit=eur)
    state(operation, funding, source, 700)
    state(operation, bilateral, source, 5000, unit=usd)
    state(operation, union, source, 626)

    [chart] = charts_of(operation)

    assert [(bar.label, bar.value_display) for bar in chart.bars] == [("European Union", "626 EUR")]
    assert "Left out, in another unit: Bilateral donors." in chart.description


@pytest.mark.django_db
def test_parts_in_another_unit_of_the_same_dimension_are_drawn_in_the_totals_unit():
    operation, source = make_operation(), make_source()
    kg = make_unit("kg", Dimension.MASS, "kg")
    tonnes = make_unit("t", Dimension.MASS, "t", factor="1000")
    drugs, [cannabis, cocaine] = breakdown("Drugs", "Cannabis", "Cocaine", unit=kg)
    state(operation, drugs, source, 2500)
    state(operation, cannabis, source, 2, unit=tonnes)
    state(operation, cocaine, source, 500)

    [chart] = charts_of(operation)

    # Drawn to scale in kilograms, labelled as published.
    assert [(bar.label, bar.value, bar.value_display) for bar in chart.bars] == [
        ("Cannabis", 2000, "2 t"),
        ("Cocaine", 500, "500 kg"),
    ]
    assert chart.bars[0].width == PLOT


@pytest.mark.django_db
def test_a_part_whose_sources_conflict_is_flagged_on_its_bar():
    operation = make_operation()
    release, news = make_source("Release"), make_source("News")
    drugs, [cannabis] = breakdown("Drugs", "Cannabis")
    state(operation, cannabis, release, 300, Qualifier.ALMOST)
    state(operation, cannabis, news, 300)

    [chart] = charts_of(operation)

    [bar] = chart.bars
    assert bar.value_display == "300"  # the exact statement is the headline
    assert "the statements cannot all be true" in bar.note


@pytest.mark.django_db
def test_parts_by_country_only_make_no_chart():
    operation, source = make_operation(), make_source()
    weapons, [pistols] = breakdown("Weapons", "Pistols")
    state(operation, pistols, source, 3, country=make_country())
    assert charts_of(operation) == []


# ---- On the operation page ------------------------------------------------------------------------


def svg_of(content, chart_id):
    start = content.index('<svg class="bar-chart-svg"', content.index(f'id="{chart_id}-title"') - 600)
    return content[start : content.index("</svg>", start)]


@pytest.mark.django_db
def test_operation_page_draws_each_breakdown_with_its_numbers_beside_it(client, world):
    response = client.get("/operations/jad-see-2024/")

    [chart] = response.context["breakdown_charts"]
    assert [(bar.label, bar.value) for bar in chart.bars] == [("Firearms trafficking", 262), ("Migrant smuggling", 300)]
    content = response.content.decode()
    svg = svg_of(content, chart.id)
    assert 'role="img"' in svg and 'aria-label="Arrests: breakdown"' in svg
    # Described by its summary, the note under it (said once on the page) and its table.
    assert f'aria-describedby="{chart.description_id} {chart.note_id} {chart.table_id}"' in svg
    assert f'<title id="{chart.title_id}">Arrests: breakdown</title>' in svg
    assert "<desc" in svg and "566 in total" in svg and chart.note not in svg
    assert f'<figcaption class="small text-danger-emphasis" id="{chart.note_id}">' in content
    widths = [float(width) for width in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths == [round(262 / 300 * PLOT, 1), PLOT]
    assert f'<table class="table table-sm small mb-0" id="{chart.table_id}">' in content
    # The total's parts add up to 562, not 566: said under the chart.
    assert "the 2 parts add up to 562, 4 fewer than the 566 reported" in chart.note


@pytest.mark.django_db
def test_a_part_not_reported_is_said_not_drawn(client, world):
    drugs_arrests = Metric.objects.create(
        code="arrests-drugs",
        name="Drug trafficking",
        parent=world.arrests,
        breakdown=world.by_crime_area,
        unit=world.persons,
    )
    Result.objects.create(
        operation=world.jad_2024, metric=drugs_arrests, value=None, source=world.europol_release, quote="drug arrests"
    )

    response = client.get("/operations/jad-see-2024/")

    [chart] = response.context["breakdown_charts"]
    svg = svg_of(response.content.decode(), chart.id)
    assert svg.count("<rect") == 2
    assert "bar-not-reported" in svg and ">not reported<" in svg


@pytest.mark.django_db
def test_charts_never_show_a_draft_figure(client, world):
    # The draft operation gets a breakdown of its own: its page is a 404 and its figures are on no chart.
    Result.objects.create(
        operation=world.draft, metric=world.arrests_smuggling, value=31000, source=world.secret_source, quote="x"
    )
    assert client.get("/operations/jad-see-2025/").status_code == 404
    for url in ("/operations/jad-see-2024/", "/operations/jad-see-2023/"):
        response = client.get(url)
        for chart in response.context["breakdown_charts"]:
            assert all(bar.value not in (31000, 31337) for bar in chart.bars)
        content = response.content.decode()
        assert SECRET not in content and "31 000" not in content and "31000" not in content


@pytest.mark.django_db
def test_an_operation_without_breakdowns_has_no_chart_section(client, world):
    response = client.get("/operations/jad-see-2023/")
    assert response.context["breakdown_charts"] == []
    assert 'class="bar-chart-svg"' not in response.content.decode()  # (the map of its participants is an SVG)


@pytest.mark.django_db
def test_operation_page_query_count_does_not_grow_with_charts(client, world, django_assert_num_queries):
    # The same fourteen queries as without charts (see test_views_queries): the charts are drawn from the
    # figure tree already in memory, the data-quality section from the figure checks' report.
    with django_assert_num_queries(14):
        few = client.get("/operations/jad-see-2024/")
    for n in range(12):
        total = Metric.objects.create(code=f"total-{n}", name=f"Total {n}", unit=world.persons, position=10 + n)
        by_type = Breakdown.objects.create(total=total)
        for p in range(3):
            part = Metric.objects.create(
                code=f"part-{n}-{p}", name=f"Part {p}", parent=total, breakdown=by_type, unit=world.persons
            )
            Result.objects.create(
                operation=world.jad_2024, metric=part, value=p, source=world.europol_release, quote="x"
            )
        Result.objects.create(operation=world.jad_2024, metric=total, value=4, source=world.europol_release, quote="x")
    with django_assert_num_queries(14):
        many = client.get("/operations/jad-see-2024/")
    assert len(many.context["breakdown_charts"]) == len(few.context["breakdown_charts"]) + 12
    assert len(many.context["inconsistencies"]) == len(few.context["inconsistencies"]) + 12  # 0 + 1 + 2 = 3, not 4
