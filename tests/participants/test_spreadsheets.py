"""Participants in and out of spreadsheets, keyed by name."""

import pytest
import tablib
from import_export.formats.base_formats import CSV, XLSX

from participants.models import Institution, Participant
from participants.spreadsheets import InstitutionResource, ParticipantResource

pytestmark = pytest.mark.django_db

HEADERS = ["name", "short_name", "slug", "kind", "country", "footnote", "aliases"]


@pytest.fixture
def participants(db):
    serbia = Participant.objects.create(name="Serbia", slug="serbia", kind="non_eu", country="RS")
    Participant.objects.create(name="Kosovo", slug="kosovo", kind="non_eu", country="XK", footnote="UNSCR 1244/1999.")
    Participant.objects.create(
        name="United Nations Development Programme SEESAC", short_name="SEESAC", slug="seesac", kind="partner"
    )
    Participant.objects.create(name="=cmd", slug="formula", kind="partner")
    Institution.objects.create(participant=serbia, name="Border Police", kind="border_police", slug="rs-border-police")


def through(file_format, dataset):
    fmt = file_format()
    return fmt.create_dataset(fmt.export_data(dataset))


def one_row(**cells):
    row = dict.fromkeys(HEADERS, "")
    row.update(cells)
    return tablib.Dataset(list(row.values()), headers=list(row))


def errors_of(result):
    return {row.number: row.error.message_dict for row in result.invalid_rows}


def test_export_keys_by_name_and_shows_the_asterisk(participants):
    rows = {row["name"]: row for row in ParticipantResource().export().dict}

    assert rows["Kosovo"]["display_name"] == "Kosovo*"
    assert rows["Kosovo"]["country"] == "XK" and rows["Kosovo"]["kind"] == "non_eu"
    assert rows["'=cmd"]["slug"] == "formula"


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
@pytest.mark.parametrize("resource_class", [ParticipantResource, InstitutionResource])
def test_reimporting_an_export_changes_nothing(participants, file_format, resource_class):
    dataset = through(file_format, resource_class().export(force_native_type=file_format is XLSX))
    count = resource_class._meta.model.objects.count()

    result = resource_class().import_data(dataset, dry_run=True)

    assert not result.has_errors() and not result.has_validation_errors(), errors_of(result)
    assert result.totals["skip"] == count and result.totals["new"] == 0
    result = resource_class().import_data(dataset)
    assert resource_class._meta.model.objects.count() == count


def test_a_changed_row_updates_in_place(participants):
    dataset = ParticipantResource().export()
    index = next(i for i, row in enumerate(dataset.dict) if row["name"] == "Serbia")
    row = list(dataset[index])
    row[dataset.headers.index("aliases")] = "Republic of Serbia"
    dataset[index] = tuple(row)

    result = ParticipantResource().import_data(dataset)

    assert result.totals["update"] == 1
    assert Participant.objects.get(name="Serbia").aliases == "Republic of Serbia"
    assert Participant.objects.count() == 4


def test_kind_by_label_country_by_name_and_slug_from_the_name(participants):
    dataset = one_row(name="North Macedonia", kind="Non-EU country or jurisdiction", country="North Macedonia")

    result = ParticipantResource().import_data(dataset)

    assert result.totals["new"] == 1, errors_of(result)
    created = Participant.objects.get(name="North Macedonia")
    assert (created.slug, created.kind, created.country.code) == ("north-macedonia", "non_eu", "MK")


def test_an_asterisk_in_the_name_finds_kosovo(participants):
    result = ParticipantResource().import_data(one_row(name="Kosovo*", kind="non_eu", country="XKX", footnote="x"))

    assert result.totals["update"] == 1, errors_of(result)
    assert Participant.objects.get(slug="kosovo").footnote == "x"


def test_a_blank_slug_keeps_the_stored_one(participants):
    result = ParticipantResource().import_data(one_row(name="Serbia", kind="non_eu", country="RS", short_name="SRB"))

    assert result.totals["update"] == 1
    assert Participant.objects.get(name="Serbia").slug == "serbia"


def test_unknown_kind_and_country_name_the_closest(participants):
    result = ParticipantResource().import_data(one_row(name="Frontex", kind="EU agency or bdy", country="Belgum"))

    errors = errors_of(result)[1]
    assert errors["kind"] == ['Unknown kind "EU agency or bdy"; closest: EU agency or body']
    (message,) = errors["country"]
    assert message.startswith('Unknown country code "Belgum"; closest: Belgium')


def test_country_code_for_a_partner_is_refused_with_the_constraint_message(participants):
    result = ParticipantResource().import_data(one_row(name="Frontex", kind="eu_agency", country="PL"), dry_run=True)

    assert errors_of(result)[1]["__all__"] == ["Only countries and jurisdictions have a country code."]


def test_missing_kind_column_fails_the_file(participants):
    dataset = tablib.Dataset(["Frontex"], headers=["name"])

    result = ParticipantResource().import_data(dataset, dry_run=True)

    (error,) = result.base_errors
    assert str(error.error).startswith("Missing required column(s): kind.")


def test_institution_finds_its_country_by_code(participants):
    dataset = tablib.Dataset(["rs-csi", "CSI unit", "RS", "Crime scene investigation unit"])
    dataset.headers = ["slug", "name", "participant", "kind"]

    result = InstitutionResource().import_data(dataset)

    assert result.totals["new"] == 1, errors_of(result)
    assert Institution.objects.get(slug="rs-csi").participant.name == "Serbia"


def test_a_group_is_imported_with_its_members(participants):
    result = ParticipantResource().import_data(
        one_row(
            name="Two Western Balkan jurisdictions",
            kind="Group of countries or jurisdictions",
            members="Serbia; Kosovo*",
        )
    )

    assert result.totals["new"] == 1, errors_of(result)
    group = Participant.objects.get(name="Two Western Balkan jurisdictions")
    assert set(group.members.values_list("name", flat=True)) == {"Serbia", "Kosovo"}
    exported = {row["name"]: row for row in ParticipantResource().export().dict}
    assert exported["Two Western Balkan jurisdictions"]["members"] == "Kosovo*; Serbia"


def test_members_of_what_is_not_a_group_are_refused(participants):
    result = ParticipantResource().import_data(one_row(name="Montenegro", kind="non_eu", members="Serbia"))

    assert errors_of(result) == {
        1: {"members": ["Only a group has members: make its kind a group, or leave it blank."]}
    }
    assert not Participant.objects.filter(name="Montenegro").exists()
