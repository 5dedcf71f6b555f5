"""A Romania-led, Europol-coordinated action week against converted alarm and signal weapons in 16
European countries (research record 19): the Europol text as Albanian Daily News published it, and
Abijita.

No date: the sources say only that "an action took place in February", never the year, and are
undated; the register stores no date (the period is blank) and says so in the description. No source
names the operation, so it stands alone, outside the Conversus series it resembles.

Researcher's notes:
- "Breakdown 495 + 893 = 1 388: consistent": entered as weapons seized and its parts by whether they
  are alarm and signal weapons; check_figures finds nothing, rightly.
- The narrative rounds the results list: "more than 630 house searches" (636), "Nearly 500" (495),
  "almost 900" (893), "over 60 000 rounds" (60 192), and the headline "Almost 1400" (1 388). Each
  rounding is entered as a statement of the same source with its own word; check_figures reports them
  as differences in precision (all compatible), not as inconsistencies.
- Abijita writes "Europol has seized", attributing the seizures to Europol rather than to the
  national authorities: a wording, not a figure. Europol is listed as coordinator (as both texts
  also say), with Abijita's wording in the participation's note; nothing for check_figures.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord

CONVERTED_WEAPONS_WEEK = OperationRecord(
    name="Romania-led, Europol-coordinated action week against converted alarm and signal weapons (16 countries)",
    short_name="Converted weapons action week",
    series="",
    edition="",
    when="",
    crime_areas=("firearms-trafficking",),
    centres=(),
    description=(
        "An action week in February, year not stated in the sources found, led by Romania and coordinated "
        "by Europol across 16 European countries (not named), after months of intelligence gathering; the "
        "details 'could only be made public now due to operational reasons'. It targeted alarm and signal "
        "weapons converted (or ready to be converted) to fire live ammunition, as Operation Conversus does, "
        "but no source names it. The register stores no date."
    ),
)

OPERATIONS = (CONVERTED_WEAPONS_WEEK,)

NEWS_URL = "https://albaniandailynews.com/news/almost-1400-firearms-removed-from-circulation-in-16-european-countries"
ABIJITA_URL = "https://www.abijita.com/law-enforcement-authorities-seize-1400-firearms-across-europe/"

ALBANIAN_DAILY_NEWS = SourceRecord(
    seed_file="",
    url=NEWS_URL,
    title="Almost 1400 Firearms Removed from Circulation in 16 European Countries (Albanian Daily News, Europol text)",
    kind="news_report",
    year=None,
    publisher_name="Albanian Daily News",
    note="Europol's text as republished; undated.",
)
ABIJITA = SourceRecord(
    seed_file="",
    url=ABIJITA_URL,
    title="Law enforcement authorities seize 1400 firearms across Europe (Abijita)",
    kind="news_report",
    year=None,
    publisher_name="Abijita",
    note="Undated. Writes 'Europol has seized'; its title rounds the 1 388 firearms to 1400.",
)

NARRATIVE = "The text's narrative; its results list gives {}."

REPORTS = (
    Report(
        sources=(ALBANIAN_DAILY_NEWS, ABIJITA),
        operation=CONVERTED_WEAPONS_WEEK.slug,
        listed=(
            Listed("romania", ("coordinator",), note="Led the operation."),
            Listed("europol", ("coordinator",), note="Coordinated the operation."),
            Listed(
                "europol",
                ("coordinator",),
                source=ABIJITA_URL,
                note=(
                    "Abijita writes 'Europol has seized', attributing the seizures to Europol rather than to the "
                    "national authorities; Europol coordinated."
                ),
            ),
        ),
        figures=(
            Figure(
                "weapons-seized",
                1400,
                "Almost 1400 Firearms Removed from Circulation in 16 European Countries",
                qualifier="almost",
                unit="firearms",
                note="The headline; the body gives 1388.",
            ),
            Figure("weapons-seized", 1388, "A total of 1388 firearms were seized", unit="firearms"),
            Figure("participating-countries", 16, "spanning across 16 European countries"),
            Figure("arrests", 107, "107 arrests", unit="persons"),
            Figure(
                "house-searches",
                630,
                "more than 630 house searches",
                qualifier="more_than",
                note=NARRATIVE.format("636"),
            ),
            Figure("house-searches", 636, "636 house searches"),
            Figure(
                "weapons-alarm-and-signal",
                500,
                "Nearly 500 converted - or ready to be converted - firearms were recovered",
                qualifier="nearly",
                unit="firearms",
                note=NARRATIVE.format("495 unconverted and converted alarm and signal weapons"),
            ),
            Figure(
                "weapons-alarm-and-signal",
                495,
                "495 unconverted and converted alarm and signal weapons seized",
            ),
            Figure(
                "weapons-not-alarm",
                900,
                "together with almost 900 firearms",
                qualifier="almost",
                unit="firearms",
                note=NARRATIVE.format("893 other weapons and firearms"),
            ),
            Figure("weapons-not-alarm", 893, "893 other weapons and firearms seized"),
            Figure(
                "ammunition-seized",
                60000,
                "along with over 60 000 rounds of ammunition",
                qualifier="over",
                unit="rounds",
                note=NARRATIVE.format("60 192"),
            ),
            Figure(
                "ammunition-seized",
                60192,
                "60 192 rounds of unconverted, converted, and live ammunition seized",
                unit="rounds",
            ),
            Figure(
                "drugs-seized",
                "19.5",
                "19.5 kg of drugs (heroin, cocaine, cannabis)",
                note="Heroin, cocaine and cannabis together; the source gives no split.",
            ),
        ),
    ),
)
