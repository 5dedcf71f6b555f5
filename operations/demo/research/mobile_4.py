"""Operation Mobile 4 (EMPACT Organised Property Crime), 11-22 October 2021 (research record 14): a
Frontex release and an HSToday report.

Researcher's notes:
- Country count: Frontex says the operation took place "in 15 EU countries and further six countries
  in the Balkan region" (21) and involved officers "from 23 European and Western Balkan countries";
  HSToday says "16 European countries and further six Balkan states" (22) and 23. Entered as stated,
  each source's parts beside its own total: flagged by check_figures as two breakdowns that do not
  add up (Frontex 21 against 23, HSToday 22 against 23) and as a conflict between the sources on the
  EU countries (15 against 16).
- HSToday says the operation "concluded its November action days" while Frontex dates it 11-22
  October: a date, not a figure, so nothing the check can flag. The register keeps Frontex's dates
  (the lead agency's release, 8 November 2021); HSToday's wording is kept in the description.
- Forged documents: Frontex "over 140" against HSToday "140": both entered; flagged by check_figures
  as a conflict (an exact 140 is not "over 140"). Frontex's statement is marked as the headline.
"""

from ..records import CentreRecord, Figure, Listed, OperationRecord, ParticipantRecord, Report, SourceRecord
from .common import NETWORK

PARTICIPANTS = (ParticipantRecord("CELBET", NETWORK),)

MOBILE_4 = OperationRecord(
    name="Operation Mobile 4 (EMPACT Organised Property Crime)",
    short_name="JAD Mobile 4",
    series="JAD Mobile",
    edition="2021",
    when="2021-10-11/2021-10-22",
    crime_areas=("organised-property-crime", "migrant-smuggling", "document-fraud"),
    centres=(CentreRecord("Warsaw", "poland", note="At Frontex headquarters."),),
    description=(
        "A Frontex-led operation under the EMPACT priority Organised Property Crime, co-led by Greece, "
        "Germany, Poland and Europol and supported by INTERPOL and CELBET, against the trafficking of "
        "stolen vehicles, their parts and stolen boats, and against migrant smuggling and document fraud. "
        "Frontex dates it 11-22 October 2021 in 15 EU countries and six countries in the Balkan region, "
        "with officers from 23 European and Western Balkan countries (no source names them). HSToday says "
        "it 'concluded its November action days' and counts 16 European countries and six Balkan states; "
        "the register keeps the lead agency's dates."
    ),
)

OPERATIONS = (MOBILE_4,)

FRONTEX_URL = (
    "https://frontex.europa.eu/media-centre/news/news-release/"
    "frontex-leads-international-action-against-stolen-vehicles-across-europe-yqqDdF"
)
HSTODAY_URL = (
    "https://www.hstoday.us/subject-matter-areas/border-security/"
    "joint-operation-sees-23-countries-clamp-down-on-smuggling-and-trafficking/"
)

FRONTEX = SourceRecord(
    seed_file="",
    url=FRONTEX_URL,
    title="Frontex leads international action against stolen vehicles across Europe (Frontex)",
    kind="press_release",
    year=2021,
    published="2021-11-08",
    publisher="frontex",
)
HSTODAY = SourceRecord(
    seed_file="",
    url=HSTODAY_URL,
    title="Joint Operation Sees 23 Countries Clamp Down on Smuggling and Trafficking (HSToday)",
    kind="news_report",
    year=None,
    publisher_name="HSToday",
    note="Undated in the research notes. It says the operation 'concluded its November action days'.",
)

REPORTS = (
    Report(
        sources=(FRONTEX, HSTODAY),
        operation=MOBILE_4.slug,
        listed=(
            Listed(
                "frontex",
                ("coordinator", "host-of-the-coordination-centre"),
                note="Led the operation and set up the coordination centre at its headquarters in Warsaw.",
            ),
            Listed("greece", ("co-lead",)),
            Listed("germany", ("co-lead",)),
            Listed("poland", ("co-lead",)),
            Listed("europol", ("co-lead",)),
            Listed("interpol", ("supported-the-operation",)),
            Listed("celbet", ("supported-the-operation",)),
        ),
        figures=(
            Figure(
                "participating-countries",
                23,
                "border guards from 23 European and Western Balkan countries",
                note="Countries whose officers were involved; the same release counts 15 + 6 countries of operation.",
            ),
            Figure(
                "participating-countries-eu",
                15,
                "took place between 11-22 October in 15 EU countries and further six countries in the Balkan region",
                note="Countries where the operation took place; with the six Balkan countries, 21 of the 23 stated.",
            ),
            Figure(
                "participating-countries-non-eu",
                6,
                "further six countries in the Balkan region",
                note="The release's 'countries in the Balkan region', counted beside the EU countries.",
            ),
            Figure(
                "participating-countries",
                23,
                "Police Officers and Border Guards from 23 European and West Balkan states were involved",
                source=HSTODAY_URL,
            ),
            Figure(
                "participating-countries-eu",
                16,
                "Taking place in 16 European countries and further six Balkan states",
                source=HSTODAY_URL,
                note="HSToday's 'European countries', counted beside the Balkan states; Frontex says 15 EU countries.",
            ),
            Figure(
                "participating-countries-non-eu",
                6,
                "further six Balkan states",
                source=HSTODAY_URL,
            ),
            Figure("database-checks", 10000, "performed 10 000 checks of different databases"),
            Figure("stolen-vehicles-seized", 518, "the seizure of 518 stolen vehicles"),
            Figure("stolen-vehicle-parts-seized", 400, "confiscated 400 stolen vehicle parts"),
            Figure(
                "forged-documents",
                140,
                "over 140 of forged or falsified ID documents and vehicles documents",
                qualifier="over",
                is_headline=True,
                note="Shown first: the lead agency's own count; HSToday drops the 'over'.",
            ),
            Figure(
                "forged-documents",
                140,
                "140 forged IDs and vehicle documents",
                source=HSTODAY_URL,
                note="Frontex says 'over 140'.",
            ),
            Figure(
                "irregular-migrants-detected",
                1000,
                "authorities detected 1000 irregular migrants",
                unit="persons",
            ),
            Figure(
                "arrests-migrant-smuggling",
                31,
                "31 facilitators of migrant smuggling have been arrested",
                unit="persons",
            ),
            Figure("stolen-boats-recovered", 4, "as well as four stolen boats", source=HSTODAY_URL),
        ),
    ),
)
