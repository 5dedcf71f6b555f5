"""EMPACT Joint Action Days 2018, the results of eight operations together (research record 21):
Europol's operations page on the Large-Scale Joint Action Day and a Norway Today report. This module
also holds the series of EMPACT's aggregate results (records 21 to 23).

An aggregate (`is_aggregate`): its figures are over many operations and are never added to, or
compared with, any single operation's.

Researcher's note:
- The 207 firearms of all 2018 Joint Action Days are fewer than those of the single Western Balkans
  JAD of September 2018 (102 in its preparatory phase and 159 "firearms, explosives and other
  weapons"): the definitions evidently differ. Not an inconsistency the register should flag: an
  aggregate's figures are never compared with an operation's (that JAD is not in these records), and
  the two count different things. Said in the figure's note.
"""

from ..records import (
    Figure,
    Listed,
    MetricRecord,
    OperationRecord,
    ParticipantRecord,
    Report,
    SeriesRecord,
    SourceRecord,
    UnitRecord,
)
from .common import AGENCY

UNITS = (UnitRecord("operations", "operations"),)

METRICS = (
    MetricRecord(
        "cross-border-operations",
        "Cross-border operations",
        "operations",
        description="Operations an aggregate's figures are the results of.",
    ),
)

# (name, leading role)
ROLES = (("Strategic guidance", False),)

PARTICIPANTS = (
    ParticipantRecord("Standing Committee on Operational Cooperation on Internal Security", AGENCY, short_name="COSI"),
)

SERIES = (
    SeriesRecord(
        name="EMPACT results",
        short_name="EMPACT results",
        description=(
            "Results that EMPACT, Europol or the Council of the EU report over many operations: a year's Joint "
            "Action Days, a year of EMPACT, a four-year policy cycle. Aggregates: their figures are never "
            "added to any single operation's."
        ),
    ),
)

# The EMPACT priority crime areas of 2018-2021, as Europol's page lists them.
PRIORITIES_2018_2021 = (
    "cybercrime",
    "drug-trafficking",
    "migrant-smuggling",
    "organised-property-crime",
    "trafficking-in-human-beings",
    "excise-and-mtic-fraud",
    "firearms-trafficking",
    "environmental-crime",
    "criminal-finances-and-money-laundering",
    "document-fraud",
)

EMPACT_2018 = OperationRecord(
    name="EMPACT Joint Action Days 2018 (Large-Scale Joint Action Day)",
    short_name="EMPACT JADs 2018",
    series="EMPACT results",
    edition="JADs 2018",
    when="2018-01-01/2018-12-21",
    is_aggregate=True,
    crime_areas=PRIORITIES_2018_2021,
    centres=(),
    description=(
        "The results of eight cross-border law enforcement operations in 2018, in the EMPACT priority crime "
        "areas (facilitation of illegal immigration is the register's migrant smuggling; criminal finances "
        "and money laundering one area), supported by Europol with operational coordination, information "
        "exchange, cross-checking, analysis and on-the-spot support. The EU Member States joined forces with "
        "Europol; COSI, the Council's Standing Committee on Operational Cooperation on Internal Security, "
        "gave strategic guidance. Europol's page dates them 1 January to 21 December 2018. They follow the "
        "Large-Scale Joint Action Days 2014 Archimedes, 2015 Blue Amber, 2016 Ciconia Alba and 2017 Dragon. "
        "An aggregate: its figures are over all eight operations."
    ),
)

OPERATIONS = (EMPACT_2018,)

EUROPOL_URL = (
    "https://www.europol.europa.eu/activities-services/europol-in-action/operations/large-scale-joint-action-day-ls-jad"
)
NORWAY_TODAY_URL = "http://norwaytoday.info/news/empact-with-good-results-in-2018/"

EUROPOL_PAGE = SourceRecord(
    seed_file="",
    url=EUROPOL_URL,
    title="Large-Scale Joint Action Day (LS-JAD) (Europol operations page)",
    kind="other",
    year=None,
    publisher="europol",
    note="A page of Europol's website on its operations; undated.",
)
NORWAY_TODAY = SourceRecord(
    seed_file="",
    url=NORWAY_TODAY_URL,
    title="EMPACT with good joint action results in 2018 (Norway Today)",
    kind="news_report",
    year=None,
    publisher_name="Norway Today",
    note="Undated; repeats the figures of Europol's page.",
)

REPORTS = (
    Report(
        sources=(EUROPOL_PAGE, NORWAY_TODAY),
        operation=EMPACT_2018.slug,
        listed=(
            Listed(
                "europol",
                ("coordinator",),
                note="Operational coordination, information exchange, cross-checking, analysis, on-the-spot support.",
            ),
            Listed("europol", ("coordinator",), source=NORWAY_TODAY_URL),
            Listed(
                "cosi",
                ("strategic-guidance",),
                note="Gave strategic guidance for the planning of the Joint Action Days and monitored them.",
            ),
        ),
        figures=(
            Figure("cross-border-operations", 8, "eight cross-border law enforcement operations"),
            Figure("investigations-initiated", 1026, "1 026 investigations initiated", unit="investigations"),
            Figure("cash-seized", 1400000, "Over €1.4 million in cash seized", qualifier="over", unit="eur"),
            Figure("arrests", 1137, "1 137 suspects arrested", unit="persons"),
            Figure(
                "thb-victims-identified",
                337,
                "337 victims of human trafficking identified (including 52 minors)",
            ),
            Figure("thb-victims-minors", 52, "(including 52 minors)"),
            Figure("drugs-heroin", 730, "730 kg of heroin seized", unit="kg"),
            Figure(
                "weapons-seized",
                207,
                "207 firearms seized",
                unit="firearms",
                note=(
                    "Over all eight operations of 2018: fewer than the single Western Balkans JAD of September "
                    "2018 reported (102 in its preparatory phase and 159 'firearms, explosives and other "
                    "weapons'), so the two evidently count differently; an aggregate is never compared with "
                    "an operation."
                ),
            ),
        ),
    ),
)
