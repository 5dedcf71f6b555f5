"""INTERPOL's Operation Pangea XVII, December 2024 to May 2025 (research record 12): INTERPOL's
press release, with WA Press and Africanews.

The sources date the operation by months only: month precision at each end.

Researcher's notes:
- Publication date: INTERPOL's page is dated 25 June 2025; WA Press says INTERPOL announced on
  "Thursday, June 26, 2025"; Africanews that the release was "published on Thursday". Not a figure,
  so nothing for check_figures: the register dates each source as it is dated (INTERPOL 25 June,
  the two reports 26 June) and says the discrepancy in the reports' source notes.
- Africanews says authorities "arrested 123 criminal gangs" where INTERPOL says 123 criminal groups
  were dismantled. The same number: entered as a second statement of the groups dismantled, with
  Africanews' words; no finding, and none is due (only the verb differs, said in its note).
- David Caunter's title: INTERPOL "Director pro tempore of Organized and Emerging Crime", the media
  "Director". Not a figure and the register records no people: said in the reports' source notes.

The catalogue (series, units, metrics) is in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord
from .pangea_viii import PHARMACEUTICAL_CRIME

PANGEA_XVII = OperationRecord(
    name="Operation Pangea XVII",
    short_name="Pangea XVII",
    series="Pangea",
    edition="XVII",
    when="2024-12/2025-05",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The seventeenth Pangea, coordinated by INTERPOL across 90 countries, from December 2024 to May 2025 "
        "(the sources give months only). INTERPOL's press release is datelined Singapore; no coordination "
        "centre is named. INTERPOL calls its 769 arrests a record."
    ),
)

OPERATIONS = (PANGEA_XVII,)

CAUNTER = (
    "It calls David Caunter INTERPOL's 'Director'; INTERPOL's release: 'Director pro tempore of Organized "
    "and Emerging Crime'."
)

INTERPOL_RELEASE = SourceRecord(
    seed_file="",
    url=(
        "https://www.interpol.int/es/Noticias-y-acontecimientos/Noticias/2025/"
        "Record-769-arrests-and-USD-65-million-in-illicit-pharmaceuticals-seized-in-global-bust"
    ),
    title="Record 769 arrests and USD 65 million in illicit pharmaceuticals seized in global bust (INTERPOL)",
    kind="press_release",
    year=2025,
    published="2025-06-25",
    publisher="interpol",
    note="Datelined Singapore; the page is dated 25 June 2025.",
)
WA_PRESS = SourceRecord(
    seed_file="",
    url="https://wapress.africa/?p=12751",
    title="INTERPOL's Operation Pangea Seizes $65M in Illegal Drugs (WA Press)",
    kind="news_report",
    year=2025,
    published="2025-06-26",
    publisher_name="WA Press",
    note=(
        "Says INTERPOL announced the results on 'Thursday, June 26, 2025'; INTERPOL's page is dated 25 June. " + CAUNTER
    ),
)
AFRICANEWS = SourceRecord(
    seed_file="",
    url=(
        "https://www.africanews.com/amp/2025/06/26/"
        "interpol-seizes-65m-in-fake-drugs-arrests-769-in-largest-ever-global-crackdown"
    ),
    title="INTERPOL seizes $65M in fake drugs, arrests 769 (Africanews)",
    kind="news_report",
    year=2025,
    published="2025-06-26",
    publisher_name="Africanews",
    note=(
        "Says INTERPOL's press release was 'published on Thursday' (26 June); INTERPOL's page is dated 25 June. "
        + CAUNTER
    ),
)

REPORTS = (
    Report(
        sources=(INTERPOL_RELEASE, WA_PRESS, AFRICANEWS),
        operation=PANGEA_XVII.slug,
        listed=(
            Listed("interpol", ("coordinator",)),
            Listed("burkina-faso", source=WA_PRESS.key),
        ),
        figures=(
            Figure("participating-countries", 90, "An INTERPOL-coordinated operation across 90 countries"),
            Figure(
                "medical-products-seized",
                50_400_000,
                "the seizure of 50.4 million doses of illicit pharmaceuticals",
                unit="doses",
            ),
            Figure("medical-products-seized-value", 65_000_000, "worth USD 65 million"),
            Figure("arrests", 769, "saw the arrest of 769 suspects", unit="persons"),
            Figure("criminal-groups-dismantled", 123, "the dismantling of 123 criminal groups worldwide"),
            Figure(
                "criminal-groups-dismantled",
                123,
                "arrested 123 criminal gangs",
                source=AFRICANEWS.key,
                note="Africanews' words; INTERPOL: 'the dismantling of 123 criminal groups'. Same figure.",
            ),
            Figure(
                "share-lacking-approval",
                93,
                "93% of the illegal medicines lacked regulatory approvals",
                source=AFRICANEWS.key,
            ),
            Figure(
                "share-counterfeit-misbranded",
                7,
                "The remaining 7% were either counterfeit or misbranded",
                source=AFRICANEWS.key,
            ),
            Figure(
                "medical-products-seized",
                816_000,
                "In Burkina Faso alone, INTERPOL uncovered 816,000 tablets",
                unit="tablets",
                country="burkina-faso",
                source=WA_PRESS.key,
            ),
        ),
    ),
)
