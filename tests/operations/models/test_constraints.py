"""Database constraints hold even when the admin's validation is bypassed."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from operations.models import (
    Activity,
    Breakdown,
    CoordinationCentre,
    DatePrecision,
    Dimension,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Series,
    Source,
    Unit,
)
from participants.models import Participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    series = Series.objects.create(name="EMPACT JAD South East Europe", short_name="JAD SEE", slug="jad-see")
    operation = Operation.objects.create(
        series=series,
        edition="2023",
        name="EMPACT Joint Action Days South East Europe 2023",
        short_name="JAD SEE 2023",
        slug="jad-see-2023",
        start_date=datetime.date(2023, 11, 13),
        end_date=datetime.date(2023, 11, 18),
    )
    persons = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    arrests = Metric.objects.create(code="arrests", name="Arrests", unit=persons)
    europol = Participant.objects.create(name="Europol", slug="europol", kind=Participant.Kind.EU_AGENCY)
    serbia = Participant.objects.create(name="Serbia", slug="serbia", kind=Participant.Kind.NON_EU, country="RS")
    source = Source.objects.create(title="Europol press release", kind=Source.Kind.PRESS_RELEASE, publisher=europol)
    return {
        "series": series,
        "operation": operation,
        "persons": persons,
        "arrests": arrests,
        "europol": europol,
        "serbia": serbia,
        "source": source,
    }


def assert_integrity_error(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_operation_is_draft_by_default_and_not_published(world):
    assert world["operation"].status == Operation.Status.DRAFT
    assert not Operation.objects.published().exists()


def test_operation_end_needs_a_start(world):
    assert_integrity_error(
        lambda: Operation.objects.create(
            series=world["series"],
            edition="2024",
            name="Endless",
            short_name="Endless",
            slug="endless",
            end_date=datetime.date(2024, 5, 1),
        )
    )


def test_operation_end_not_before_start(world):
    # Checked in clean_period(), not by the database: an end of month or year precision is stored
    # as its first day, which may be before a start within that month or year.
    backwards = Operation(
        series=world["series"],
        edition="2024",
        name="Backwards",
        short_name="Backwards",
        slug="backwards",
        start_date=datetime.date(2024, 5, 2),
        end_date=datetime.date(2024, 5, 1),
    )
    with pytest.raises(ValidationError) as error:
        backwards.full_clean()
    assert error.value.message_dict["end_date"] == ["The end (2024-05-01) is before the start (2024-05-02)."]
    backwards.end_precision = DatePrecision.MONTH
    backwards.full_clean()
    assert backwards.period_display == "2 May 2024 – May 2024"


def test_operation_clean_explains_end_before_start(world):
    operation = world["operation"]
    operation.end_date = datetime.date(2023, 11, 1)
    with pytest.raises(ValidationError) as error:
        operation.full_clean()
    assert "end_date" in error.value.message_dict


def test_month_precision_dates_must_be_first_of_month(world):
    operation = world["operation"]
    operation.start_precision = DatePrecision.MONTH
    operation.start_date = datetime.date(2023, 11, 13)
    operation.end_date = None
    with pytest.raises(ValidationError) as error:
        operation.full_clean()
    assert "start_date" in error.value.message_dict
    operation.end_precision = DatePrecision.YEAR
    operation.end_date = datetime.date(2024, 3, 1)
    with pytest.raises(ValidationError) as error:
        operation.full_clean()
    assert "end_date" in error.value.message_dict
    operation.end_date = None
    operation.start_date = datetime.date(2023, 11, 1)
    operation.full_clean()
    assert operation.period_display == "November 2023"


def test_unique_slugs(world):
    assert_integrity_error(lambda: Participant.objects.create(name="Other", slug="europol", kind="eu_agency"))


def test_one_participation_per_participant_and_operation(world):
    Participation.objects.create(operation=world["operation"], participant=world["serbia"])
    assert_integrity_error(
        lambda: Participation.objects.create(operation=world["operation"], participant=world["serbia"])
    )


def test_result_value_not_negative(world):
    assert_integrity_error(
        lambda: Result.objects.create(
            operation=world["operation"],
            metric=world["arrests"],
            value=Decimal("-1"),
            source=world["source"],
            quote="-1 arrests",
        )
    )


def test_result_empty_value_is_not_reported_not_zero(world):
    result = Result.objects.create(
        operation=world["operation"], metric=world["arrests"], value=None, source=world["source"], quote="arrests"
    )
    assert result.value is None
    assert str(result.value_display) == "not reported"


def test_same_source_can_state_a_figure_twice_with_different_qualifiers(world):
    common = {"operation": world["operation"], "metric": world["arrests"], "source": world["source"]}
    Result.objects.create(**common, value=566, qualifier_id=Qualifier.EXACT, quote="566 arrests")
    Result.objects.create(**common, value=500, qualifier_id=Qualifier.MORE_THAN, quote="more than 500 arrests")
    assert_integrity_error(
        lambda: Result.objects.create(**common, value=567, qualifier_id=Qualifier.EXACT, quote="567 arrests")
    )


def test_unique_statement_per_country_and_operation_wide_are_separate(world):
    common = {"operation": world["operation"], "metric": world["arrests"], "source": world["source"]}
    Result.objects.create(**common, value=566, quote="566 arrests")
    Result.objects.create(**common, country=world["serbia"], value=12, quote="12 in Serbia")
    assert_integrity_error(
        lambda: Result.objects.create(**common, country=world["serbia"], value=13, quote="13 in Serbia")
    )


def test_result_country_must_be_a_country(world):
    result = Result(
        operation=world["operation"],
        metric=world["arrests"],
        country=world["europol"],
        value=1,
        source=world["source"],
        quote="1",
    )
    with pytest.raises(ValidationError) as error:
        result.full_clean()
    assert "country" in error.value.message_dict


def test_two_sources_reporting_one_figure_are_two_statements(world):
    other = Source.objects.create(title="News agency report", kind=Source.Kind.NEWS_REPORT)
    Result.objects.create(
        operation=world["operation"], metric=world["arrests"], value=566, source=world["source"], quote="566"
    )
    Result.objects.create(operation=world["operation"], metric=world["arrests"], value=566, source=other, quote="566")
    assert world["operation"].results.count() == 2


def test_money_unit_needs_a_currency_and_no_factor(world):
    assert_integrity_error(lambda: Unit.objects.create(code="eur", name="euro", dimension=Dimension.MONEY))
    assert_integrity_error(
        lambda: Unit.objects.create(code="kg", name="kilograms", dimension=Dimension.MASS, currency="EUR", factor=1)
    )
    assert_integrity_error(lambda: Unit.objects.create(code="g", name="grams", dimension=Dimension.MASS))
    assert_integrity_error(
        lambda: Unit.objects.create(code="x", name="x", dimension=Dimension.MONEY, currency="EUR", factor=1)
    )
    Unit.objects.create(code="usd", name="US dollars", dimension=Dimension.MONEY, currency="USD", symbol="USD")


def test_metric_cannot_be_part_of_its_own_breakdown(world):
    by_crime_area = Breakdown.objects.create(total=world["arrests"], along=Breakdown.Along.CRIME_AREA)
    child = Metric.objects.create(
        code="arrests-smuggling",
        name="Migrant smuggling",
        parent=world["arrests"],
        breakdown=by_crime_area,
        unit=world["persons"],
    )
    arrests = world["arrests"]
    arrests.parent = child
    with pytest.raises(ValidationError):
        arrests.full_clean()
    assert sorted(world["arrests"].descendant_ids()) == sorted([world["arrests"].pk, child.pk])


def test_only_countries_have_country_codes(world):
    assert_integrity_error(
        lambda: Participant.objects.create(name="Frontex", slug="frontex", kind="eu_agency", country="PL")
    )
    assert_integrity_error(
        lambda: Participant.objects.create(name="Serbia again", slug="serbia-2", kind="non_eu", country="RS")
    )


def test_kosovo_is_shown_with_its_asterisk(world):
    kosovo = Participant.objects.create(
        name="Kosovo", slug="kosovo", kind="non_eu", country="XK", footnote="This designation is without prejudice"
    )
    assert str(kosovo) == "Kosovo*"
    assert kosovo.country.name == "Kosovo"


def test_activity_period_is_shown_as_precisely_as_given(world):
    seesac = Participant.objects.create(name="SEESAC", slug="seesac", kind="partner")
    activity = Activity.objects.create(
        kind_id="equipment_delivery",
        implementer=seesac,
        source=world["source"],
        title="c",
        slug="c",
        start_date=datetime.date(2024, 1, 1),
        start_precision=DatePrecision.YEAR,
    )
    assert activity.period_display == "2024"
    assert_integrity_error(
        lambda: Activity.objects.create(
            kind_id="training",
            implementer=seesac,
            source=world["source"],
            title="d",
            slug="d",
            end_date=datetime.date(2024, 1, 1),
        )  # fmt: skip
    )


def test_coordination_centre_names_city_and_host(world):
    macedonia = Participant.objects.create(name="North Macedonia", slug="north-macedonia", kind="non_eu", country="MK")
    centre = CoordinationCentre.objects.create(operation=world["operation"], city="Skopje", host_country=macedonia)
    assert str(centre) == "Skopje, North Macedonia"


def test_public_doors_hide_draft_operations(world):
    Result.objects.create(
        operation=world["operation"], metric=world["arrests"], value=566, source=world["source"], quote="566"
    )
    Participation.objects.create(operation=world["operation"], participant=world["serbia"])
    CoordinationCentre.objects.create(operation=world["operation"], city="Belgrade", host_country=world["serbia"])
    assert not Result.objects.public().exists()
    assert not Participation.objects.public().exists()
    assert not CoordinationCentre.objects.public().exists()
    assert not Source.objects.public().exists()
    assert not Participant.objects.public().exists()
    Operation.objects.filter(pk=world["operation"].pk).update(status=Operation.Status.PUBLISHED)
    assert Result.objects.public().count() == 1
    assert Participation.objects.public().count() == 1
    assert CoordinationCentre.objects.public().count() == 1
    assert list(Source.objects.public()) == [world["source"]]
    assert list(Participant.objects.public()) == [world["europol"], world["serbia"]]


def test_a_qualifier_says_how_far_a_bound_reaches_in_its_own_words(world):
    # The messages hold a per cent sign, which Django's %-formatting of constraint messages must keep.
    barely = Qualifier(code="barely", name="barely", bound=Qualifier.Bound.UPPER, reach=0)
    with pytest.raises(ValidationError) as error:
        barely.full_clean()
    assert error.value.messages == ["A bound or an approximation needs a reach above 0 %."]
    barely.reach = Decimal(2000)
    with pytest.raises(ValidationError) as error:
        barely.full_clean()
    assert error.value.messages == ["A reach above 1 000 % says nothing."]
    assert_integrity_error(lambda: Qualifier.objects.create(code="scarcely", name="scarcely", bound="lower", reach=0))
