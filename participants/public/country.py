"""What a country's page adds to a participant's: the capacity building it received (how many of
each kind, and the money stated per currency) and its years as charts with the numbers beside them.

Built from what the participant's page already fetched through the public doors, plus one query for
the received activities' money statements, so it cannot show a draft. Money is never converted and
never summed across currencies; an amount given for several countries together is counted whole
and said to be shared, since the sources do not say how it was divided."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _

from operations.models import Activity, Result
from operations.models.numbers import written_number
from operations.public.charts import ChartAddress, ChartItem, bar_chart
from operations.quality.headlines import statement_order


@dataclass(frozen=True)
class Amount:
    """One received activity's money, as its headline statement gives it."""

    activity: object
    statement: Result
    shared_with: int
    """How many other countries received the same activity."""


@dataclass
class CurrencyTotal:
    currency: str
    alone: Decimal = Decimal(0)
    shared: Decimal = Decimal(0)
    qualified: bool = False
    """Whether an amount in it was stated with a qualifier ("over", "nearly"): the sum is then approximate."""

    @property
    def alone_display(self):
        return f"{written_number(self.alone)} {self.currency}"

    @property
    def shared_display(self):
        return f"{written_number(self.shared)} {self.currency}"


@dataclass
class Received:
    kinds: list = field(default_factory=list)
    """[(kind, how many)], the most frequent first."""
    amounts: list = field(default_factory=list)
    totals: list = field(default_factory=list)
    """[CurrencyTotal], by currency code."""


def with_countries(activities, *, partners=False):
    """`activities`, each given the ids of its beneficiary countries (`beneficiary_ids`) and, with
    `partners`, of its partners (`partner_ids`), read as pairs, a query each: what was received by
    whom needs no Participant objects, whose prefetch cost 25 of a country page's 60 ms
    (docs/performance.md)."""
    activities = list(activities)
    relations = {"beneficiary_ids": Activity.beneficiary_countries.through}
    if partners:
        relations["partner_ids"] = Activity.partners.through
    for attribute, through in relations.items():
        ids = {}
        pairs = through.objects.filter(activity_id__in=[activity.pk for activity in activities])
        for activity_id, participant_id in pairs.values_list("activity_id", "participant_id"):
            ids.setdefault(activity_id, set()).add(participant_id)
        for activity in activities:
            setattr(activity, attribute, frozenset(ids.get(activity.pk, ())))
    return activities


def activities_received(participant, activities):
    """Those of `activities` (`with_countries`) that `participant` received."""
    return [activity for activity in activities if participant.pk in activity.beneficiary_ids]


def money_of(activities, statements=None):
    """The money statements of `activities`, in one query: {activity id: {metric id: [statements]}},
    metrics in catalogue order. For one country's activities or for every country's at once.
    `statements`: the public statements to read them from (the API passes its register's)."""
    statements = Result.objects.public() if statements is None else statements
    money = (
        statements.filter(activity__in=activities, metric__parent__isnull=True, country__isnull=True)
        .exclude(unit__currency="")
        .exclude(value__isnull=True)
        .select_related("metric", "unit", "qualifier", "source")
        .order_by("metric__position", "metric__name")
    )
    by_activity = {}
    for statement in money:
        by_activity.setdefault(statement.activity_id, {}).setdefault(statement.metric_id, []).append(statement)
    return by_activity


def received(mine, by_activity=None):
    """What the country received, from the activities it received (`with_countries`);
    `by_activity`: their money (`money_of`), when it was read already."""
    summary = Received(kinds=Counter(str(activity.kind) for activity in mine).most_common())
    if by_activity is None:
        by_activity = money_of(mine)
    totals = {}
    for activity in mine:
        metrics = by_activity.get(activity.pk)
        if not metrics:
            continue
        # The activity's first money figure in catalogue order (its value, else its budget): one
        # amount per activity, so that a value and a budget of the same grant are not added up.
        statement = statement_order(next(iter(metrics.values())))[0]
        shared_with = len(activity.beneficiary_ids) - 1
        summary.amounts.append(Amount(activity, statement, shared_with))
        # Money units are the currency itself (Unit: a money unit has no factor).
        total = totals.setdefault(statement.unit.currency, CurrencyTotal(statement.unit.currency))
        total.qualified = total.qualified or not statement.qualifier.is_exact
        if shared_with:
            total.shared += statement.value
        else:
            total.alone += statement.value
    summary.totals = [totals[currency] for currency in sorted(totals)]
    return summary


#: The keys of a participant's charts in their addresses.
OPERATIONS_PER_YEAR = "operations-per-year"
RECEIVED_PER_YEAR = "received-per-year"


def chart_address(participant, key):
    return ChartAddress(reverse("participants:chart", args=[participant.slug, key]))


def year_charts(participant, timeline, mine):
    """Its years as bar charts: the operations it took part in and the activities it received
    (`mine`), one bar per year of its timeline. Each is at /participants/<slug>/charts/<key>/."""
    dated = [year for year in timeline if year.year is not None]
    if len(dated) < 2:
        return []
    operations = [ChartItem(str(year.year), Decimal(len(year.operations)), str(len(year.operations))) for year in dated]
    received_in = Counter(activity.start_date.year for activity in mine if activity.start_date)
    received_each_year = [received_in[year.year] for year in dated]
    charts = [
        bar_chart(
            f"chart-{OPERATIONS_PER_YEAR}",
            _("Operations %(name)s took part in, per year") % {"name": participant.display_name},
            operations,
            label_heading=_("Year"),
            key=OPERATIONS_PER_YEAR,
            address=chart_address(participant, OPERATIONS_PER_YEAR),
        )
    ]
    if any(received_each_year):
        charts.append(
            bar_chart(
                f"chart-{RECEIVED_PER_YEAR}",
                _("Capacity-building activities %(name)s received, per year") % {"name": participant.display_name},
                [
                    ChartItem(str(year.year), Decimal(count), str(count))
                    for year, count in zip(dated, received_each_year, strict=True)
                ],
                label_heading=_("Year"),
                key=RECEIVED_PER_YEAR,
                address=chart_address(participant, RECEIVED_PER_YEAR),
            )
        )
    return charts
