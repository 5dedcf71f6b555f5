"""Operation Conversus (EMPACT Firearms), action week 13-17 December 2021 (research record 17): the
Europol text as the Border Security Report published it, and Notes de Seguretat. This module also
holds what the Conversus records share (records 17 and 18): the series and the Romanian National
Police.

Researcher's notes:
- House searches: "over 260" (Europol text) against "260" (Notes de Seguretat). Both entered as
  stated; flagged by check_figures as a conflict (an exact 260 is not "over 260"). The research notes
  give only Notes de Seguretat's figure, not its sentence: its quote is that figure, as recorded. The
  Europol text's statement is marked as the headline.
- The headline calls the 1 534 items "firearms" while the results list calls them "Gas/alarm
  pistols". Not an inconsistency in the figures: the 1 534 gas/alarm pistols are all the weapons the
  action week reports, and the Europol text calls them firearms ("A total of 1 534 firearms have been
  seized"; "These blank firing pistols"). Entered as the total of weapons seized (the headline, the
  body and Notes de Seguretat's title, in firearms) and as its part "alarm and signal weapons" (the
  results list): the part equals the total, which check_figures accepts; the headline's "over 1 530"
  is reported as a difference in precision.
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
)
from .common import NATIONAL_BODY

PARTICIPANTS = (ParticipantRecord("Romanian National Police", NATIONAL_BODY, aliases="Poliția Română"),)

METRICS = (MetricRecord("pyrotechnics-seized", "Pyrotechnics seized", "kg"),)

SERIES = (
    SeriesRecord(
        name="Operation Conversus",
        short_name="Conversus",
        description=(
            "EMPACT Firearms operation against the illegal trade in alarm and signal (blank-firing) weapons "
            "converted to fire live ammunition, led by the Romanian National Police; each edition culminates "
            "in an action week coordinated by Europol, with Eurojust and the European Commission."
        ),
    ),
)

CONVERSUS_2021 = OperationRecord(
    name="Operation Conversus (EMPACT Firearms) - action week December 2021",
    short_name="Conversus 2021",
    series="Conversus",
    edition="December 2021",
    when="2021-12-13/2021-12-17",
    crime_areas=("firearms-trafficking",),
    centres=(),
    description=(
        "An action week coordinated by Europol (13-17 December 2021) of the operation led by the Romanian "
        "National Police under EMPACT, against the illegal trade of converted alarm and signal weapons, with "
        "law enforcement from 24 countries, Eurojust and the European Commission. Upstream work earlier in "
        "the year: the Romanian National Police, with its Bulgarian and North Macedonian counterparts, "
        "collected data on the sellers, which Europol analysed. The register lists the 19 countries the "
        "research notes give (their excerpt of the list is cut short); North Macedonia is listed for its "
        "upstream work."
    ),
)

OPERATIONS = (CONVERSUS_2021,)

REPORT_URL = (
    "https://www.border-security-report.com/over-1-530-firearms-taken-off-the-streets-in-europol-coordinated-operation/"
)
NOTES_URL = (
    "https://notesdeseguretat.blog.gencat.cat/2022/02/02/"
    "1534-firearms-seized-in-international-operation-against-illegal-trade/"
)

BORDER_SECURITY_REPORT = SourceRecord(
    seed_file="",
    url=REPORT_URL,
    title=(
        "Over 1 530 firearms taken off the streets in Europol-coordinated operation "
        "(Border Security Report, Europol text)"
    ),
    kind="news_report",
    year=None,
    publisher_name="Border Security Report",
    note="Europol's text as republished; undated in the research notes.",
)
NOTES_DE_SEGURETAT = SourceRecord(
    seed_file="",
    url=NOTES_URL,
    title="1,534 firearms seized in international operation against illegal trade (Notes de Seguretat)",
    kind="news_item",
    year=2022,
    published="2022-02-02",
    publisher_name="Notes de Seguretat",
)

# The countries of the Europol text's list, as far as the research notes give it.
LISTED_COUNTRIES = (
    "romania",
    "bulgaria",
    "belgium",
    "cyprus",
    "czechia",
    "germany",
    "denmark",
    "estonia",
    "greece",
    "spain",
    "france",
    "finland",
    "croatia",
    "hungary",
    "lithuania",
    "luxembourg",
    "latvia",
    "portugal",
    "serbia",
)

UPSTREAM = "Collected data on the sellers with the Romanian National Police before the action week (upstream work)."

REPORTS = (
    Report(
        sources=(BORDER_SECURITY_REPORT, NOTES_DE_SEGURETAT),
        operation=CONVERSUS_2021.slug,
        listed=(
            Listed("romanian-national-police", ("coordinator",), note="Led the operation."),
            Listed("europol", ("coordinator",), note="Coordinated the action week; analysed the data collected."),
            *(
                Listed(slug, ("supported-the-preparation",), note=UPSTREAM) if slug == "bulgaria" else Listed(slug)
                for slug in LISTED_COUNTRIES
            ),
            Listed("north-macedonia", ("supported-the-preparation",), note=UPSTREAM),
            Listed("eurojust"),
            Listed("eu-commission"),
        ),
        figures=(
            Figure("participating-countries", 24, "involved law enforcement from 24 countries"),
            Figure(
                "house-searches",
                260,
                "House searches conducted: over 260",
                qualifier="over",
                is_headline=True,
                note="Shown first: Europol's own results list; Notes de Seguretat gives '260'.",
            ),
            Figure(
                "house-searches",
                260,
                "260",
                source=NOTES_URL,
                note="Notes de Seguretat's figure as the research notes give it (no 'over'), without its sentence.",
            ),
            Figure(
                "weapons-seized",
                1530,
                "Over 1 530 firearms taken off the streets in Europol-coordinated operation",
                qualifier="over",
                unit="firearms",
                note="The headline; the 1 534 items are the gas/alarm pistols of the results list.",
            ),
            Figure(
                "weapons-seized",
                1534,
                "A total of 1 534 firearms have been seized",
                unit="firearms",
                note="The body's 'firearms' are the blank-firing (gas/alarm) pistols of the results list.",
            ),
            Figure(
                "weapons-alarm-and-signal",
                1534,
                "Gas/alarm pistols seized: 1 534",
                note="All the weapons the action week reports: the headline and body call them firearms.",
            ),
            Figure(
                "weapons-seized",
                1534,
                "1,534 firearms seized in international operation against illegal trade",
                unit="firearms",
                source=NOTES_URL,
                note="The title; the 1 534 are the gas/alarm pistols of Europol's results list.",
            ),
            Figure("ammunition-seized", 17464, "Ammunition seized: 17 464 pieces", unit="pieces"),
            Figure("pyrotechnics-seized", 6550, "Pyrotechnics seized: 6 550 kg", unit="kg"),
        ),
    ),
)
