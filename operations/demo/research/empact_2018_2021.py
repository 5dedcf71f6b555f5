"""EMPACT 2018-2021 policy cycle results (research record 23): the Council's press release of 15 July
2022 as IEU Monitoring published it.

An aggregate (`is_aggregate`): its figures are over the whole four-year cycle and are never added
to, or compared with, any single operation's (nor with EMPACT JADs 2018, a part of the cycle).

Researcher's note:
- "Headline rounds 31 584 arrests to '31 000'": not an inconsistency the register should flag. The
  headline rounds the body's count down without a word such as "over"; it is not a second count. It
  cannot be entered as a statement beside the body's either: both are unqualified statements of one
  figure by one source, and the register keeps one statement per operation, metric, country, source
  and qualifier. The headline's words are kept in the figure's note.
"""

from ..records import Figure, Listed, MetricRecord, OperationRecord, Report, SourceRecord, UnitRecord
from .empact_2018 import PRIORITIES_2018_2021

UNITS = (
    UnitRecord("investigations-and-operations", "investigations and operations"),
    UnitRecord("priorities", "priorities"),
)

METRICS = (
    MetricRecord(
        "investigations-and-operations",
        "International investigations and operations",
        "investigations-and-operations",
        description="International investigations and operations, counted together.",
    ),
    MetricRecord(
        "potential-victims-identified",
        "Potential victims of trafficking and child sexual exploitation identified",
        "persons",
        description="Potential victims of trafficking in human beings and of child sexual exploitation, one count.",
    ),
    MetricRecord("priority-crime-areas", "Priority crime areas", "priorities"),
)

EMPACT_2018_2021 = OperationRecord(
    name="EMPACT 2018-2021 policy cycle results",
    short_name="EMPACT 2018-2021",
    series="EMPACT results",
    edition="2018-2021",
    when="2018/2021",
    is_aggregate=True,
    crime_areas=PRIORITIES_2018_2021,
    centres=(),
    description=(
        "The results with which EMPACT closed its 2018-2021 cycle, over its 10 priorities: cybercrime, drugs "
        "trafficking, facilitation of illegal immigration (the register's migrant smuggling), organised "
        "theft and burglary (organised property crime), trafficking in human beings, excise and missing "
        "trader intra community fraud, firearms trafficking, environmental crime, criminal finances and "
        "document fraud. Published by the Council of the EU on 15 July 2022. An aggregate: its figures are "
        "over the whole cycle."
    ),
)

OPERATIONS = (EMPACT_2018_2021,)

IEU_URL = (
    "https://portal.ieu-monitoring.com/editorial/"
    "fighting-organised-crime-empact-reports-on-31-000-arrests-between-2018-2021/383346?utm_source=ieu-portal"
)

IEU_MONITORING = SourceRecord(
    seed_file="",
    url=IEU_URL,
    title=(
        "Fighting organised crime: EMPACT reports on 31 000 arrests between 2018-2021 (EU Council via IEU Monitoring)"
    ),
    kind="news_report",
    year=2022,
    published="2022-07-15",
    publisher_name="IEU Monitoring",
    note="The Council of the EU's press release (Brussels, 15 July 2022) as republished.",
)

REPORTS = (
    Report(
        sources=(IEU_MONITORING,),
        operation=EMPACT_2018_2021.slug,
        listed=(
            Listed(
                "council-of-the-eu",
                ("coordinator",),
                note="The record names 'EU Council / EMPACT': the Council publishes EMPACT's results.",
            ),
        ),
        figures=(
            Figure(
                "investigations-and-operations",
                17723,
                "17 723 international investigations and operations",
            ),
            Figure(
                "arrests",
                31584,
                "31 584 people arrested",
                unit="persons",
                note=(
                    "The headline rounds it down: 'EMPACT reports on 31 000 arrests between 2018-2021'. A "
                    "rounding of this count, not a second count; not entered as a statement of its own."
                ),
            ),
            Figure("drugs-seized", 171, "171 tons of drugs seized", unit="t"),
            Figure("potential-victims-identified", 18085, "18 085 potential victims"),
            Figure("priority-crime-areas", 10, "The 10 priorities for the 2018-2021 period"),
        ),
    ),
)
