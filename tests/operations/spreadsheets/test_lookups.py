"""Names read as the register knows them: as written in any case, or written otherwise but the same
once folded (accents, punctuation, Cyrillic script, a country's name in the region's languages);
failing that, through the editors' mappings for the upload's organisation or template."""

import pytest
import tablib

from operations.models import NameMapping, Result
from operations.spreadsheets.resources import ResultResource
from participants.models import Participant
from participants.spreadsheets import participant_widget
from tests.operations.fixtures import build_world
from tests.operations.sheets import RESULT_HEADERS, SOURCE

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    world = build_world()
    world.north_macedonia = Participant.objects.create(
        name="North Macedonia",
        slug="north-macedonia",
        kind=Participant.Kind.NON_EU,
        country="MK",
        aliases="Severna Makedonija",
    )
    return world


@pytest.mark.parametrize(
    "written",
    [
        "North Macedonia",  # its name
        "Severna Makedonija",  # its regional name, among its other names
        "Северна Македонија",  # the same in Cyrillic: the same once folded
        "MK",  # its code
        "mkd",
        "Makedonija",  # django-countries' Serbian (Latin) name
        "Македонија",  # and Serbian (Cyrillic)
        "north  macedonia.",
    ],
)
def test_a_participant_is_known_by_every_spelling_of_it(world, written):
    assert participant_widget().clean(written) == world.north_macedonia


def test_a_close_spelling_is_not_taken_for_it_but_suggested(world):
    with pytest.raises(ValueError, match='Unknown participant "Sjeverna Makedonija"; closest: Severna Makedonija'):
        participant_widget().clean("Sjeverna Makedonija")


def results(*countries):
    rows = [
        ["JAD SEE 2023", "arrests", country, SOURCE, "exact", "7", f"7 arrests in {country}"] for country in countries
    ]
    return tablib.Dataset(*rows, headers=RESULT_HEADERS)


def mapping(written, target, scope=""):
    return NameMapping.objects.create(
        scope=scope, kind=NameMapping.Kind.PARTICIPANT, written=written, participant=target
    )


def test_an_import_lists_each_unknown_name_once_with_its_rows_and_the_closest(world):
    result = ResultResource().import_data(
        results("Sjeverna Makedonija", "Serbia", "sjeverna makedonija", "Atlantis"), dry_run=True
    )

    names = result.names.unknown_names()
    assert [(name.kind, name.written, name.rows, name.columns) for name in names] == [
        ("participant", "Sjeverna Makedonija", [2, 4], ["country"]),
        ("participant", "Atlantis", [5], ["country"]),
    ]
    assert names[0].candidates == [("Severna Makedonija", world.north_macedonia)]
    assert names[1].candidates == []


def test_an_upload_reads_the_mappings_of_its_scope_and_those_for_every_upload(world):
    mapping("Sjeverna Makedonija", world.north_macedonia, scope="MUP Srbije")
    mapping("Republika Srbija", world.serbia)

    result = ResultResource(scope="  MUP   Srbije ").import_data(
        results("Sjeverna Makedonija", "Republika Srbija"), dry_run=True
    )

    assert not result.has_validation_errors()
    assert [(applied.written, applied.target, applied.scope) for applied in result.names.applied()] == [
        ("Sjeverna Makedonija", world.north_macedonia, "MUP Srbije"),
        ("Republika Srbija", world.serbia, ""),
    ]


def test_a_mapping_of_another_scope_is_not_read(world):
    mapping("Sjeverna Makedonija", world.north_macedonia, scope="MUP Srbije")

    for scope in ("", "MVR Crne Gore"):
        result = ResultResource(scope=scope).import_data(results("Sjeverna Makedonija"), dry_run=True)
        assert [name.written for name in result.names.unknown_names()] == ["Sjeverna Makedonija"]


def test_the_scope_s_mapping_wins_over_the_one_for_every_upload(world):
    mapping("Makedonia", world.serbia)  # a wrong one, for every upload
    mapping("Makedonia", world.north_macedonia, scope="SEESAC")

    ResultResource(scope="SEESAC").import_data(results("Makedonia"))

    assert Result.objects.get(quote="7 arrests in Makedonia").country == world.north_macedonia


def test_a_name_the_register_knows_wins_over_a_mapping(world):
    mapping("Serbia", world.spain, scope="SEESAC")

    ResultResource(scope="SEESAC").import_data(results("SERBIA"))

    assert Result.objects.get(quote="7 arrests in SERBIA").country == world.serbia
