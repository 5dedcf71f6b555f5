"""Small register data for the admin and import-export tests: one draft operation of JAD SEE,
a metric with its breakdown, four participants (Kosovo* among them) and a few figures."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.urls import reverse

from operations.models import (
    Activity,
    Breakdown,
    CoordinationCentre,
    CrimeArea,
    Dimension,
    Metric,
    Operation,
    Participation,
    Qualifier,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from participants.models import Institution, Participant

KOSOVO_FOOTNOTE = (
    "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 "
    "and the ICJ Opinion on the Kosovo declaration of independence."
)


def build_world():
    firearms = CrimeArea.objects.create(name="Firearms trafficking", slug="firearms-trafficking")
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
    operation.crime_areas.add(firearms)
    persons = Unit.objects.create(code="persons", name="persons", dimension=Dimension.COUNT, factor=1)
    eur = Unit.objects.create(code="eur", name="EUR", symbol="EUR", dimension=Dimension.MONEY, currency="EUR")
    officers = Metric.objects.create(code="officers", name="Officers involved", unit=persons, position=1)
    arrests = Metric.objects.create(code="arrests", name="Arrests", unit=persons, position=2)
    by_crime_area = Breakdown.objects.create(total=arrests, along=Breakdown.Along.CRIME_AREA)
    arrests_firearms = Metric.objects.create(
        code="arrests-firearms",
        name="Firearms trafficking",
        parent=arrests,
        breakdown=by_crime_area,
        unit=persons,
        crime_area=firearms,
    )
    value = Metric.objects.create(code="value", name="Value", unit=eur, position=3)
    europol = Participant.objects.create(name="Europol", slug="europol", kind=Participant.Kind.EU_AGENCY)
    serbia = Participant.objects.create(name="Serbia", slug="serbia", kind=Participant.Kind.NON_EU, country="RS")
    spain = Participant.objects.create(name="Spain", slug="spain", kind=Participant.Kind.EU_MEMBER_STATE, country="ES")
    kosovo = Participant.objects.create(
        name="Kosovo", slug="kosovo", kind=Participant.Kind.NON_EU, country="XK", footnote=KOSOVO_FOOTNOTE
    )
    source = Source.objects.create(
        title="Europol press release on JAD SEE 2023",
        kind=Source.Kind.PRESS_RELEASE,
        publisher=europol,
        year=2023,
    )
    coordinator = Role.objects.create(name="Coordinator of operational activities", slug="coordinator", is_leading=True)
    centre = CoordinationCentre.objects.create(operation=operation, city="Belgrade", host_country=serbia)
    participation = Participation.objects.create(operation=operation, participant=spain)
    participation.roles.add(coordinator)
    participation.sources.add(source)
    Participation.objects.create(operation=operation, participant=kosovo)
    results = [
        Result.objects.create(
            operation=operation,
            metric=officers,
            value=Decimal("22488"),
            source=source,
            quote="22 488 officers",
        ),
        Result.objects.create(
            operation=operation,
            metric=officers,
            value=Decimal("22400"),
            qualifier_id=Qualifier.MORE_THAN,
            source=source,
            quote="more than 22,400 officers",
        ),
        Result.objects.create(
            operation=operation, metric=arrests, value=Decimal("566"), source=source, quote="566 arrests"
        ),
        Result.objects.create(
            operation=operation,
            metric=arrests_firearms,
            country=kosovo,
            value=Decimal("12"),
            source=source,
            quote="12 arrests for firearms trafficking",
            note='=HYPERLINK("http://example.com")',
        ),
    ]
    institution = Institution.objects.create(
        participant=serbia, name="Border Police", kind=Institution.Kind.BORDER_POLICE, slug="serbia-border-police"
    )
    activity = Activity.objects.create(
        kind_id="training",
        title="Firearms detection training",
        slug="firearms-detection-training",
        implementer=europol,
        start_date=datetime.date(2023, 10, 2),
        operation=operation,
        source=source,
    )
    Result.objects.create(
        activity=activity, metric=value, value=Decimal("15000.50"), source=source, quote="worth EUR 15 000.50"
    )
    activity.beneficiary_countries.add(serbia, kosovo)
    activity.beneficiary_institutions.add(institution)
    return SimpleNamespace(
        firearms=firearms,
        series=series,
        operation=operation,
        persons=persons,
        officers=officers,
        arrests=arrests,
        arrests_firearms=arrests_firearms,
        europol=europol,
        serbia=serbia,
        spain=spain,
        kosovo=kosovo,
        source=source,
        coordinator=coordinator,
        centre=centre,
        participation=participation,
        results=results,
        institution=institution,
        activity=activity,
    )


# --- Admin pages -------------------------------------------------------------------------


def admin_url(model_or_obj, view, *args):
    opts = model_or_obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def form_data(response):
    """The POST data of an admin change form as it was rendered, inlines included."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if callable(value):
                value = value()
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                data[form.add_prefix(name)] = [getattr(item, "pk", item) for item in value]
            else:
                data[form.add_prefix(name)] = getattr(value, "pk", value)

    add(response.context["adminform"].form)
    # The history's revert page has the form alone, without inlines.
    inlines = response.context.get("inline_admin_formsets", [])
    for inline in inlines:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = value
        for form in formset.forms:
            add(form)
    return data


def add_inline_row(data, prefix, **fields):
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = index + 1
    for name, value in fields.items():
        data[f"{prefix}-{index}-{name}"] = value
