"""INTERPOL's Operation Pangea X, September 2017 (research record 7): one news report, from Portugal.

Researcher's note: "Authorities from 122 different countries joined Portugal" implies 123 countries,
a total the article does not state. Not an inconsistency the register should flag: the figure is
stored as printed (122, the countries besides Portugal) with the implied 123 in its note, and
Portugal is listed as taking part.

The catalogue (series, units, metrics) is in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord
from .pangea_viii import PHARMACEUTICAL_CRIME

PANGEA_X = OperationRecord(
    name="Operation Pangea X",
    short_name="Pangea X",
    series="Pangea",
    edition="X",
    when="2017-09-12/2017-09-19",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The tenth Pangea, coordinated by INTERPOL: 197 police, customs and health regulatory authorities of "
        "123 countries (Portugal and 122 others, as the only source, a Portuguese newspaper, puts it)."
    ),
)

OPERATIONS = (PANGEA_X,)

PORTUGAL_NEWS = SourceRecord(
    seed_file="",
    url="https://www.theportugalnews.com/news/thousands-of-illegal-drugs-seized-in-portugal/43315",
    title="Thousands of illegal drugs seized in Portugal (The Portugal News, on Pangea X)",
    kind="news_report",
    year=None,
    publisher_name="The Portugal News",
    note="Undated in the research notes.",
)

REPORTS = (
    Report(
        sources=(PORTUGAL_NEWS,),
        operation=PANGEA_X.slug,
        listed=(
            Listed("interpol", ("coordinator",)),
            Listed("portugal", note="The article reports Portugal's part; 122 other countries joined it."),
            Listed("democratic-republic-of-the-congo", note="Authorities confiscated anti-malaria pills."),
        ),
        figures=(
            Figure(
                "participating-countries",
                122,
                "Authorities from 122 different countries joined Portugal",
                note=(
                    "As printed: 122 countries besides Portugal, so 123 countries took part in all (the total "
                    "is implied, not printed)."
                ),
            ),
            Figure(
                "participating-agencies",
                197,
                "involved 197 police, customs and health regulatory authorities",
                unit="authorities",
            ),
            Figure(
                "medical-products-seized",
                25_000_000,
                "the seizure of 25 million illicit and counterfeit medicines",
            ),
            Figure("arrests", 400, "some 400 arrests worldwide", qualifier="some", unit="persons"),
            Figure(
                "medical-products-seized-value",
                51_000_000,
                "more than USD 51 million worth",
                qualifier="more_than",
                note="What the 25 million medicines were worth.",
            ),
            Figure("investigations-initiated", 1058, "the launch of 1,058 investigations", unit="investigations"),
            Figure("websites-shut-down", 3584, "3,584 websites taken offline"),
            Figure(
                "adverts-removed",
                3000,
                "the suspension of more than 3,000 online adverts",
                qualifier="more_than",
            ),
            Figure(
                "medical-devices-seized-value",
                500_000,
                "Illicit devices worth an estimated USD 500,000",
                qualifier="estimated",
                note="Illicit medical devices recovered; the article does not say if the USD 51 million includes them.",
            ),
            Figure("packages-inspected", 715_000, "some 715,000 packages were inspected", qualifier="some"),
            Figure("packages-seized", 470_000, "470,000 seized"),
            Figure(
                "antimalarials-seized",
                650,
                "nearly 650 kg of illicit anti-malaria pills",
                qualifier="nearly",
                country="democratic-republic-of-the-congo",
                note="Confiscated in the Democratic Republic of the Congo (DR Congo).",
            ),
        ),
    ),
)
