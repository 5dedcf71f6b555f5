"""The operation, source and activity pages and the home page."""

import pytest

from operations.models import Correction, Qualifier, Result
from tests import public_fixtures
from tests.public_fixtures import KOSOVO_FOOTNOTE

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def figure_rows(response):
    return {row.metric.code: row for row in response.context["figure_rows"]}


def test_operation_page_shows_dates_centre_motto_and_crime_areas(client, world):
    response = client.get("/operations/jad-see-2024/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "18–22 November 2024" in content
    assert "Sarajevo" in content and "Bosnia and Herzegovina" in content
    assert "Uniting Forces Against Organised Crime" in content
    assert "Firearms trafficking" in content and "Migrant smuggling" in content


def test_operation_page_groups_participants_by_kind_with_roles(client, world):
    response = client.get("/operations/jad-see-2024/")
    groups = {kind: [p.participant.name for p in group] for kind, group in response.context["participant_groups"]}
    assert list(groups) == ["EU Member State", "Non-EU country or jurisdiction", "EU agency or body"]
    assert groups["Non-EU country or jurisdiction"] == ["Bosnia and Herzegovina", "Kosovo"]
    assert "Coordinator of operational activities" in response.content.decode()
    assert [p.participant.name for p in response.context["leads"]] == ["Spain"]


def test_results_tree_puts_the_breakdown_under_its_total(client, world):
    response = client.get("/operations/jad-see-2024/")
    rows = response.context["figure_rows"]
    codes = [row.metric.code for row in rows]
    assert codes.index("arrests") + 1 == codes.index("arrests-smuggling") or codes.index("arrests") + 1 == codes.index(
        "arrests-firearms"
    )
    by_code = figure_rows(response)
    assert by_code["arrests"].depth == 0
    assert by_code["arrests-smuggling"].depth == 1
    # 300 + 262 = 562, while the total says 566: both shown as published, the difference flagged
    # by the figure checks on the total's row.
    (finding,) = by_code["arrests"].operation_wide.findings
    assert "562" in finding.message
    assert finding.message in response.content.decode()
    assert by_code["arrests"].operation_wide.best.value == 566


def test_the_most_precise_statement_comes_first_and_the_others_beside_it(client, world):
    response = client.get("/operations/jad-see-2024/")
    officers = figure_rows(response)["officers"].operation_wide
    assert officers.best.pk == world.officers_exact.pk
    assert [other.pk for other in officers.others] == [world.officers_over.pk]
    content = response.content.decode()
    assert content.index("22 488") < content.index("over 22 000")
    assert world.news.get_absolute_url() in content


def test_among_qualified_statements_the_most_recent_source_wins(client, world):
    world.officers_exact.qualifier_id = Qualifier.MORE_THAN
    world.officers_exact.save()
    response = client.get("/operations/jad-see-2024/")
    # Both qualified now: the news report (26 Nov) is more recent than Europol's release (25 Nov).
    assert figure_rows(response)["officers"].operation_wide.best.pk == world.officers_over.pk


def test_the_editors_headline_choice_overrides_the_rule(client, world):
    Result.objects.filter(pk=world.officers_over.pk).update(is_headline=True)
    response = client.get("/operations/jad-see-2024/")
    assert figure_rows(response)["officers"].operation_wide.best.pk == world.officers_over.pk


def test_corrections_are_shown_with_their_reason(client, world):
    Correction.objects.create(
        result=world.arrests_total,
        old_value=560,
        old_qualifier_id=Qualifier.EXACT,
        new_value=566,
        new_qualifier_id=Qualifier.EXACT,
        reason="Typo in the first entry",
    )
    assert "Typo in the first entry" in client.get("/operations/jad-see-2024/").content.decode()


def test_country_figures_and_the_kosovo_footnote(client, world):
    response = client.get("/operations/jad-see-2024/")
    content = response.content.decode()
    assert "Kosovo*" in content
    assert KOSOVO_FOOTNOTE in content
    weapons = figure_rows(response)["weapons"]
    assert [figure.country.name for figure in weapons.figures] == ["Kosovo"]


def test_operation_page_lists_supporting_activities_and_sources(client, world):
    content = client.get("/operations/jad-see-2024/").content.decode()
    assert "Firearms detection training" in content
    assert "Secret workshop" not in content
    assert world.europol_release.title in content


def test_a_page_without_kosovo_has_no_footnote(client, world):
    response = client.get("/operations/jad-see-2023/")
    assert response.status_code == 200
    assert KOSOVO_FOOTNOTE not in response.content.decode()


def test_source_page(client, world):
    response = client.get(world.europol_release.get_absolute_url())
    assert response.status_code == 200
    assert {result.pk for result in response.context["results"]} >= {world.officers_exact.pk, world.kosovo_weapons.pk}
    assert KOSOVO_FOOTNOTE in response.content.decode()


def test_a_source_page_links_the_activity_a_figure_is_about(client, world):
    response = client.get(world.seesac_report.get_absolute_url())
    assert [result.pk for result in response.context["results"]] == [world.training_value.pk]
    figures = response.content.decode().split('id="figures-heading"')[1].split("</table>")[0]
    assert f'<a href="{world.training.get_absolute_url()}">Firearms detection training</a>' in figures
    assert "15 000 EUR" in figures


def test_activity_page(client, world):
    response = client.get("/activities/firearms-detection-training/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "SEESAC" in content and "Kosovo*" in content and KOSOVO_FOOTNOTE in content
    assert "15 000" in content and "EUR" in content


def test_home_page_shows_the_latest_operation_and_links_to_every_table(client, world):
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["latest"].slug == "jad-see-2024"
    headline_values = {figure.metric.code: figure.best.value for figure in response.context["headlines"]}
    assert headline_values["officers"] == 22488
    assert response.context["counts"] == {
        "operations": 2,
        "results": 9,  # 8 about the published operations, 1 (its value) about the published training
        "participants": 7,
        "activities": 2,
        "sources": 4,
    }
    for url in ("/operations/", "/results/", "/participants/", "/activities/", "/sources/"):
        assert f'href="{url}"' in response.content.decode()


def test_pages_have_landmarks_skip_link_and_vendored_bootstrap(client, world):
    content = client.get("/results/").content.decode()
    assert 'href="#main"' in content and '<main id="main"' in content
    assert "vendor/bootstrap/css/bootstrap.min.css" in content
    assert "cdn" not in content.lower()
    assert "<caption>" in content and 'scope="col"' in content
    assert "<details" in content


NO_COUNTRY_FIGURES = 'id="no-country-figures"'


def test_an_operation_without_figures_by_country_says_so_where_they_would_be(client, world):
    # JAD SEE 2023's one figure is for the whole operation.
    response = client.get("/operations/jad-see-2023/")
    assert response.context["has_country_figures"] is False
    content = response.content.decode()
    start = content.index('id="results-heading"')
    results = content[start : content.index("</section>", start)]
    assert NO_COUNTRY_FIGURES in results
    assert "No figures by country" in results
    # JAD SEE 2024 gives the weapons seized in Kosovo*: no such message.
    assert NO_COUNTRY_FIGURES not in client.get("/operations/jad-see-2024/").content.decode()


def test_an_operation_without_any_figure_says_only_that(client, world):
    Result.objects.filter(operation=world.jad_2023).delete()
    content = client.get("/operations/jad-see-2023/").content.decode()
    assert "No figures have been recorded for this operation yet." in content
    assert NO_COUNTRY_FIGURES not in content
