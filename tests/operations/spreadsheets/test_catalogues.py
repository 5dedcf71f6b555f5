"""Every register model imports: the catalogues (series, crime areas, roles, units, qualifiers, kinds
of activity) and coordination centres, by natural keys, re-importing their own exports unchanged."""

import pytest
import tablib
from import_export.formats.base_formats import CSV, XLSX

from operations.models import ActivityKind, CoordinationCentre, Qualifier, Role, Series, Unit
from operations.spreadsheets.catalogues import (
    ActivityKindResource,
    CoordinationCentreResource,
    CrimeAreaResource,
    QualifierResource,
    RoleResource,
    SeriesResource,
    UnitResource,
)
from participants.spreadsheets import InstitutionResource, ParticipantResource
from tests.operations.fixtures import admin_url, build_world

pytestmark = pytest.mark.django_db

RESOURCES = [
    SeriesResource,
    CrimeAreaResource,
    RoleResource,
    UnitResource,
    QualifierResource,
    ActivityKindResource,
    CoordinationCentreResource,
    ParticipantResource,
    InstitutionResource,
]


@pytest.fixture
def world(db):
    return build_world()


def errors(result):
    return {row.sheet_row: row.error_dict for row in result.invalid_rows}


@pytest.mark.parametrize("resource_class", RESOURCES, ids=lambda resource: resource.__name__)
@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_an_export_reimports_unchanged(world, resource_class, file_format):
    fmt = file_format()
    dataset = fmt.create_dataset(fmt.export_data(resource_class().export(force_native_type=file_format is XLSX)))

    result = resource_class().import_data(dataset, dry_run=True)

    assert not result.has_errors(), [error.error for error in result.base_errors]
    assert not result.has_validation_errors(), errors(result)
    assert result.totals["skip"] == resource_class._meta.model.objects.count() == len(dataset)


def test_a_series_gets_a_slug_from_its_short_name(world):
    dataset = tablib.Dataset(["JAD Danube", "EMPACT Joint Action Days Danube"], headers=["short_name", "name"])

    SeriesResource().import_data(dataset)

    assert Series.objects.get(short_name="JAD Danube").slug == "jad-danube"


def test_a_role_is_leading_or_not_in_words(world):
    dataset = tablib.Dataset(headers=["name", "is_leading"])
    dataset.append(["Deployer of experts", "no"])
    dataset.append(["Co-lead", "Yes"])
    dataset.append(["Observer", "perhaps"])

    result = RoleResource().import_data(dataset, dry_run=True)

    assert errors(result) == {4: {"is_leading": ['Cannot read "perhaps" as yes or no.']}}
    RoleResource().import_data(tablib.Dataset(*dataset[:2], headers=dataset.headers))
    assert dict(Role.objects.values_list("name", "is_leading"))["Co-lead"] is True


def test_money_needs_a_currency_in_the_units_words(world):
    dataset = tablib.Dataset(["gbp", "pounds sterling", "money", ""], headers=["code", "name", "dimension", "currency"])

    result = UnitResource().import_data(dataset)

    assert errors(result) == {2: {"__all__": ["Money needs a currency; other units have none."]}}
    assert not Unit.objects.filter(code="gbp").exists()


def test_a_coordination_centre_is_found_by_operation_and_city(world):
    dataset = tablib.Dataset(headers=["operation", "city", "host_country", "note"])
    dataset.append(["jad-see-2023", "Belgrade", "RS", "Police headquarters"])
    dataset.append(["JAD SEE 2023", "Madrid", "Spain", ""])

    result = CoordinationCentreResource().import_data(dataset)

    assert [row.import_type for row in result.rows] == ["update", "new"]
    assert CoordinationCentre.objects.get(city="Belgrade").note == "Police headquarters"
    assert CoordinationCentre.objects.get(city="Madrid").host_country == world.spain


@pytest.mark.parametrize(
    "model", [Series, Role, Unit, Qualifier, ActivityKind, CoordinationCentre], ids=lambda model: model.__name__
)
def test_their_admin_pages_import_and_offer_a_template(admin_client, world, model):
    assert admin_client.get(admin_url(model, "import")).status_code == 200
    assert admin_client.get(admin_url(model, "import_template")).status_code == 200


def test_a_host_or_a_beneficiary_must_be_a_country(world):
    from operations.spreadsheets.resources import ActivityResource

    centres = tablib.Dataset(["JAD SEE 2023", "The Hague", "Europol"], headers=["operation", "city", "host_country"])
    activities = tablib.Dataset(
        ["x", "Training", "training", "Europol", world.source.title, "Serbia; Europol"],
        headers=["slug", "title", "kind", "implementer", "source", "beneficiary_countries"],
    )

    assert errors(CoordinationCentreResource().import_data(centres, dry_run=True)) == {
        2: {"host_country": ["Only countries and jurisdictions belong here, not: Europol."]}
    }
    assert errors(ActivityResource().import_data(activities, dry_run=True)) == {
        2: {"beneficiary_countries": ["Only countries and jurisdictions belong here, not: Europol."]}
    }


def test_a_new_qualifier_is_added_and_read_in_results_by_its_words(world):
    from operations.spreadsheets.resources import ResultResource

    qualifiers = tablib.Dataset(headers=["code", "name", "name_sr_latn", "bound", "inclusive", "reach", "aliases"])
    qualifiers.append(["roughly", "roughly", "otprilike", "approximate", "yes", "10", "more or less; give or take"])

    result = QualifierResource().import_data(qualifiers)

    assert not errors(result) and result.totals["new"] == 1
    roughly = Qualifier.objects.get(code="roughly")
    assert (roughly.bound, roughly.reach, roughly.position) == ("approximate", 10, 0)
    statements = tablib.Dataset(headers=["operation", "metric", "country", "source", "qualifier", "value", "quote"])
    statements.append(["JAD SEE 2023", "arrests", "", world.source.title, "Give or take", "560", "give or take 560"])
    assert ResultResource().import_data(statements).totals["new"] == 1
    assert world.arrests.results.get(qualifier=roughly).value == 560


def test_qualifiers_with_blank_regional_names_are_added_side_by_side(world):
    qualifiers = tablib.Dataset(headers=["code", "name", "name_sr_latn", "name_mk", "name_sq", "bound", "reach"])
    qualifiers.append(["roughly", "roughly", "otprilike", "", "", "approximate", "10"])
    qualifiers.append(["beyond", "beyond", "", "", "përtej", "lower", "100"])

    result = QualifierResource().import_data(qualifiers)

    assert not errors(result) and result.totals["new"] == 2
    names = Qualifier.objects.filter(code__in=["roughly", "beyond"]).order_by("code")
    assert list(names.values_list("name_en", "name_sr_latn", "name_mk", "name_sq")) == [
        ("beyond", None, None, "përtej"),
        ("roughly", "otprilike", None, None),
    ]


def test_a_bound_without_a_reach_is_refused_in_the_models_words(world):
    qualifiers = tablib.Dataset(headers=["code", "name", "bound", "reach"])
    qualifiers.append(["beyond", "beyond", "lower", "0"])

    result = QualifierResource().import_data(qualifiers, dry_run=True)

    assert errors(result) == {2: {"__all__": ["A bound or an approximation needs a reach above 0 %."]}}


def test_a_kind_of_activity_is_added_and_activities_take_it_by_name(world):
    from operations.spreadsheets.resources import ActivityResource

    kinds = tablib.Dataset(["study_visit", "Study visit", "Studijska poseta"], headers=["code", "name", "name_sr_latn"])
    assert ActivityKindResource().import_data(kinds).totals["new"] == 1
    activities = tablib.Dataset(headers=["slug", "title", "kind", "implementer", "source"])
    activities.append(["visit-2024", "Study visit to Vienna", "Studijska poseta", "Europol", world.source.title])

    result = ActivityResource().import_data(activities)

    assert not errors(result)
    assert ActivityKind.objects.get(activities__slug="visit-2024").code == "study_visit"
