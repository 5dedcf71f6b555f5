"""Joint Action Day (JAD) Mobile 5, a 12-day operation in October 2022 (research record 15): the
Frontex text as the Border Security Report published it, and an ANSA report.

The exact dates are not given: the operation is stored with month precision (October 2022, the month
of the Frontex text's "this month", reported by ANSA on 1 November) and a duration of 12 days.

Researcher's note:
- ANSA calls the participants "23 Stati Ue, Italia inclusa" (23 EU states) while Frontex says 23
  countries along the EU's external borders, EU and non-EU. Not an inconsistency the register should
  flag: the two count the same 23, only ANSA's description of them differs, and no source gives a
  split between EU and non-EU countries to compare. Both counts are entered as statements of
  participating countries; ANSA's wording is explained in its statement's note.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord

MOBILE_5 = OperationRecord(
    name="Joint Action Day (JAD) Mobile 5",
    short_name="JAD Mobile 5",
    series="JAD Mobile",
    edition="2022",
    when="2022-10",
    duration_days=12,
    crime_areas=("organised-property-crime", "migrant-smuggling", "document-fraud"),
    centres=(),
    description=(
        "A 12-day operation led by Frontex (its expert Marcin Skowronek coordinated it) in which law "
        "enforcement officers from 23 countries carried out intensified checks along the EU's external "
        "borders, against stolen cars and car parts, people smuggling and related document fraud. The "
        "sources give no exact dates: Frontex's text says it 'took place this month' and ANSA reported it on "
        "1 November 2022, so the register stores October 2022. ANSA describes the 23 as EU states, Italy "
        "included; Frontex's external-border checks involved EU and non-EU countries. In Greece, one case "
        "led to nine arrests, 27 seized cars and 18 identified members of a criminal organisation (ANSA)."
    ),
)

OPERATIONS = (MOBILE_5,)

REPORT_URL = "https://www.border-security-report.com/operation-mobile-5-race-against-time/"
ANSA_URL = (
    "https://www.ansa.it/canale_motori/notizie/attualita/2022/11/01/"
    "furti-autosequestro-522-mezzi-in-italia-e-altri-22-stati-ue_f2772fb2-755f-4562-bb79-e80ccccfa615.html"
)

BORDER_SECURITY_REPORT = SourceRecord(
    seed_file="",
    url=REPORT_URL,
    title="Operation Mobile 5 - Race against time (Border Security Report, Frontex text)",
    kind="news_report",
    year=None,
    publisher_name="Border Security Report",
    note="Frontex's text as republished; undated in the research notes (it says 'this month').",
)
ANSA = SourceRecord(
    seed_file="",
    url=ANSA_URL,
    title="Furti auto, sequestro 522 mezzi in Italia e altri 22 Stati Ue (ANSA)",
    kind="news_report",
    year=2022,
    published="2022-11-01",
    publisher_name="ANSA",
    note="In Italian.",
)

GREEK_CASE = (
    "In one case reported by ANSA: Greek authorities dismantled a criminal organisation, arresting nine "
    "suspected smugglers, seizing 27 cars and identifying 18 members."
)

REPORTS = (
    Report(
        sources=(BORDER_SECURITY_REPORT, ANSA),
        operation=MOBILE_5.slug,
        listed=(
            Listed(
                "frontex",
                ("coordinator",),
                note="Led the operation; Marcin Skowronek, a Frontex expert, coordinated it.",
            ),
            Listed("greece", source=ANSA_URL, note=GREEK_CASE),
        ),
        figures=(
            Figure("participating-countries", 23, "law enforcement officers from 23 countries"),
            Figure(
                "participating-countries",
                23,
                "23 Stati Ue, Italia inclusa",
                source=ANSA_URL,
                note=(
                    "ANSA calls all 23 'EU states'; Frontex speaks of 23 countries along the EU's external "
                    "borders, EU and non-EU. The count agrees; the description is ANSA's."
                ),
            ),
            Figure("duration", 12, "The 12-day operation", unit="days"),
            Figure("stolen-vehicles-seized", 522, "the seizure of 522 stolen cars"),
            Figure("chop-shops-discovered", 4, "the discovery of four so-called chophouses"),
            Figure(
                "arrests",
                9,
                "arrestando nove presunti contrabbandieri",
                country="greece",
                unit="persons",
                source=ANSA_URL,
                note=GREEK_CASE + " ('arresting nine suspected smugglers')",
            ),
            Figure(
                "stolen-vehicles-seized-one-case",
                27,
                "con il sequestro di 27 auto",
                country="greece",
                source=ANSA_URL,
                note=GREEK_CASE + " ('with the seizure of 27 cars'), part of the 522.",
            ),
            Figure(
                "criminal-group-members-identified",
                18,
                "l'identificazione di 18 membri",
                country="greece",
                source=ANSA_URL,
                note=GREEK_CASE + " ('the identification of 18 members')",
            ),
        ),
    ),
)
