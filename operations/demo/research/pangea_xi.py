"""INTERPOL's Operation Pangea XI, October 2018 (research record 8): one news report (WAAY TV).

The researcher noted no inconsistency. The pharmaceuticals are weighed (500 tons, unit t as stated),
the medical devices counted. The catalogue (series, units, metrics) is in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord
from .pangea_viii import PHARMACEUTICAL_CRIME

PANGEA_XI = OperationRecord(
    name="Operation Pangea XI",
    short_name="Pangea XI",
    series="Pangea",
    edition="XI",
    when="2018-10-09/2018-10-16",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description="The eleventh Pangea, coordinated by INTERPOL, across 116 countries.",
)

OPERATIONS = (PANGEA_XI,)

WAAY_TV = SourceRecord(
    seed_file="",
    url="https://www.waaytv.com/content/national/500-tons-of-illicit--498311251.html?ref=251",
    title="500 tons of illicit pharmaceuticals seized (WAAY TV)",
    kind="news_report",
    year=None,
    publisher_name="WAAY TV",
    note="Undated in the research notes.",
)

REPORTS = (
    Report(
        sources=(WAAY_TV,),
        operation=PANGEA_XI.slug,
        listed=(Listed("interpol", ("coordinator",)),),
        figures=(
            Figure("participating-countries", 116, "a global operation spanning 116 countries"),
            Figure(
                "medical-products-seized-mass",
                500,
                "the seizure of 500 tons of illicit pharmaceuticals",
                unit="t",
                note="'tons' as printed, entered as tonnes (t); the report does not say metric or short tons.",
            ),
            Figure(
                "medical-products-seized-value",
                14_000_000,
                "valued at around $14 million",
                qualifier="around",
                note="What the illicit pharmaceuticals seized were worth.",
            ),
            Figure("arrests", 859, "859 people were arrested", unit="persons"),
            Figure("web-links-shut-down", 3671, "shutdown 3,671 links online"),
            Figure("packages-inspected", 1_000_000, "nearly one million packages were searched", qualifier="nearly"),
            Figure("medical-devices-seized", 110_000, "more than 110,000 medical devices", qualifier="more_than"),
        ),
    ),
)
