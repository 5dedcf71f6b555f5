"""INTERPOL's Operation Pangea XV, June 2022 (research record 10): one NABP blog post, which also
sums up the series' first decade.

The record's activity note (NABP: reports "are still coming in") is in the description and the
NABP source's note: the figures are provisional.

Researcher's note: NABP's history of the series: the first decade removed "more than 105 million
units", shut "82,000 websites" and made "3,000 arrests", starting with "only eight countries in
2008" (INTERPOL: 10).
- The first-decade figures are not about Pangea XV: they are entered as an aggregate operation of
  the series ("Pangea 2008-2017"), as NABP states them. Nothing else in the register counts the
  same decade, so check_figures has nothing to compare them with: no finding, and none is due.
- "only eight countries in 2008" is entered with Pangea I (pangea_viii), beside INTERPOL's 10 and
  medicinereal.com's nine: flagged by check_figures as a conflict there.

The catalogue (series, units, metrics) and the NABP source are in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, Report
from .pangea_viii import NABP, PHARMACEUTICAL_CRIME

PANGEA_XV = OperationRecord(
    name="Operation Pangea XV",
    short_name="Pangea XV",
    series="Pangea",
    edition="XV",
    when="2022-06-23/2022-06-30",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The fifteenth Pangea, coordinated by INTERPOL, in 94 member countries on every continent. The figures "
        "are provisional: NABP notes that reports 'are still coming in'."
    ),
)

FIRST_DECADE = OperationRecord(
    name="Operation Pangea, first decade (2008-2017)",
    short_name="Pangea 2008-2017",
    series="Pangea",
    edition="first decade",
    when="2008/2017",
    is_aggregate=True,
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The results of the series' first decade as NABP sums them up: from the first Pangea in 2008; the "
        "source names no end year (ten years from 2008 end in 2017, the year of Pangea X)."
    ),
)

OPERATIONS = (PANGEA_XV, FIRST_DECADE)

NOT_PANGEA_XV = "From NABP's history of the series, in its post on Pangea XV."

REPORTS = (
    Report(
        sources=(NABP,),
        operation=PANGEA_XV.slug,
        listed=(Listed("interpol", ("coordinator",)),),
        figures=(
            Figure("participating-countries", 94, "94 member countries spanning every continent"),
            Figure("search-warrants-issued", 200, "issued over 200 search warrants", qualifier="over"),
            Figure(
                "investigations-initiated",
                600,
                "opened over 600 investigations",
                qualifier="over",
                unit="investigations",
            ),
            Figure("medical-products-seized", 3_000_000, "seized over 3 million units", qualifier="over"),
            Figure(
                "medical-products-seized-value",
                11_000_000,
                "worth an estimated $11 million",
                qualifier="estimated",
                note="What the 3 million units seized were worth.",
            ),
            Figure(
                "covid-test-kits-seized",
                317_000,
                "317,000 unauthorized coronavirus disease 2019 (COVID-19) test kits",
            ),
            Figure(
                "covid-test-kits-seized-value",
                3_000_000,
                "worth over $3 million",
                qualifier="over",
                note="What the 317,000 unauthorised COVID-19 test kits were worth.",
            ),
            Figure("web-links-shut-down", 4000, "shut down 4,000 web links"),
            Figure(
                "criminal-groups-disrupted",
                36,
                "disrupted the operations of at least 36 organized crime groups",
                qualifier="at_least",
            ),
        ),
    ),
    Report(
        sources=(NABP,),
        operation=FIRST_DECADE.slug,
        listed=(Listed("interpol", ("coordinator",)),),
        figures=(
            Figure(
                "medical-products-seized",
                105_000_000,
                "more than 105 million units",
                qualifier="more_than",
                note=f"{NOT_PANGEA_XV} Units removed from circulation over the first decade.",
            ),
            Figure("websites-shut-down", 82_000, "82,000 websites", note=NOT_PANGEA_XV),
            Figure("arrests", 3000, "3,000 arrests", unit="persons", note=NOT_PANGEA_XV),
        ),
    ),
)
