"""Global Airport Action Days, 16-20 October 2017 (research record 2): India TV (Xinhua citing
Europol) and the Luxembourg Tageblatt.

Researcher's notes:
- Tageblatt attributes the arrests to Interpol ("Interpol hat ... 195 Personen festgenommen") while
  India TV / Xinhua cite Europol's announcement. Not an inconsistency the register should flag: the
  figure is the same (195 in both, stored as two statements that agree, so check_figures finds
  nothing), and INTERPOL was one of the three coordinators with Europol and Ameripol; who announced it
  is said in the Tageblatt figure's note and in INTERPOL's participation note.
- The "tenth edition" conflicts with June 2017 being "the sixth" GAAD. Not a figure: the sources
  count the series in two ways (tenth here, 11th in 2018 and 12th in 2019 follow one count, the June
  2017 release another). Each edition is kept by its dates, with the source's ordinal in its
  description; check_figures cannot see it (see gaad_2017_june).
Part of Operation Dragon (gaad_2017_june): Europol's Dragon summary dates its Global Airport Action
Day 5-9 June and 16-20 October 2017, Dragon's last action period ending on 20 October.
"""

from ..records import CentreRecord, Figure, Listed, MetricRecord, OperationRecord, Report, SourceRecord
from .gaad_2013 import PAYMENT_CARD_FRAUD
from .gaad_2017_june import DRAGON

METRICS = (
    MetricRecord(
        "finds-at-airports",
        "Finds at airports",
        "cases",
        description="Times the police checking at the airports found something, as the source counts them.",
    ),
)

GAAD_OCTOBER_2017 = OperationRecord(
    name="Global Airport Action Days October 2017",
    short_name="GAAD October 2017",
    series="GAAD",
    edition="October 2017",
    when="2017-10-16/2017-10-20",
    crime_areas=(PAYMENT_CARD_FRAUD,),
    centres=(
        CentreRecord("The Hague", "netherlands", note="At Europol."),
        CentreRecord("Singapore", "singapore", note="At the INTERPOL Global Complex for Innovation."),
        CentreRecord("Bogotá", "colombia", note="At Ameripol."),
    ),
    part_of=DRAGON.slug,
    description=(
        "'The tenth edition of the Global Airport Action Days', as Europol's announcement numbers it (the "
        "June 2017 release called that one the sixth). 61 countries, 63 airlines and 6 online travel "
        "agencies, at over 226 airports. Coordination centres at Europol (The Hague), the INTERPOL Global "
        "Complex for Innovation (Singapore) and Ameripol (Bogotá), supported by Canadian and US law "
        "enforcement through the NCFTA in Pittsburgh; Eurojust, Frontex, AIRCOP and the WCO assisted. "
        "Several people were caught trying to traffic drugs from Latin America to Europe. Part of "
        "Operation Dragon, whose summary dates its Global Airport Action Day 5-9 June and 16-20 October 2017."
    ),
)

OPERATIONS = (GAAD_OCTOBER_2017,)

INDIA_TV = SourceRecord(
    seed_file="",
    url="https://indiatvnews.com/amp/news/world-europol-airline-ticket-fraud-fake-credit-card-fraudsters-detained-408277",
    title="195 detained ... airline ticket fraud (India TV, Xinhua citing Europol)",
    kind="news_report",
    year=2017,
    publisher_name="India TV",
    note="Xinhua's report of Europol's announcement; undated in the research notes.",
)
TAGEBLATT = SourceRecord(
    seed_file="",
    url="https://preprod.tageblatt.lu/?p=604930",
    title="Tageblatt (Luxembourg) report on GAAD October",
    kind="news_report",
    year=2017,
    publisher_name="Tageblatt",
    note="In German; undated in the research notes.",
)

COUNTS = "61 countries, 63 airlines and 6 online travel agencies"
COUNTS_DE = "eine Zusammenarbeit zwischen 61 Ländern, 63 Airlines und sechs Online-Reiseagenturen"
WORKED_WITH_EC3 = "Worked with experts of Europol's European Cybercrime Centre to identify suspicious transactions."

REPORTS = (
    Report(
        sources=(INDIA_TV, TAGEBLATT),
        operation=GAAD_OCTOBER_2017.slug,
        listed=(
            Listed("europol", ("coordinator",), note="Coordination centre in The Hague; announced the results."),
            Listed(
                "interpol", ("coordinator",), note="Coordination centre at the INTERPOL Global Complex for Innovation."
            ),
            Listed(
                "interpol",
                note="Tageblatt names Interpol as the one that arrested the 195 ('Interpol hat ... festgenommen').",
                source=TAGEBLATT.url,
            ),
            Listed("ameripol", ("coordinator",), note="Coordination centre in Bogotá."),
            Listed("canada", ("supported-the-operation",), note="Canadian law enforcement, through the NCFTA."),
            Listed("united-states", ("supported-the-operation",), note="US law enforcement, through the NCFTA."),
            Listed("ncfta", ("supported-the-operation",), note="In Pittsburgh."),
            Listed("eurojust"),
            Listed("frontex"),
            Listed("aircop", note="The Airport Communication Project."),
            Listed("wco"),
            Listed("iata", note=WORKED_WITH_EC3),
            Listed("payment-card-schemes", note=f"'payment card companies'. {WORKED_WITH_EC3}"),
        ),
        figures=(
            Figure("persons-detained", 195, "A total of 195 individuals ... were detained"),
            Figure("participating-countries", 61, COUNTS),
            Figure("airlines-involved", 63, COUNTS),
            Figure("online-travel-agencies-involved", 6, COUNTS, unit="agencies"),
            Figure("airports-involved", 226, "took place at over 226 airports", qualifier="over"),
            Figure(
                "finds-at-airports",
                298,
                "An über 226 Flughäfen kontrollierte die Kriminalpolizei – 298-mal wurde sie fündig.",
                source=TAGEBLATT.url,
                note=(
                    "'At over 226 airports the police checked - 298 times it found something': as Tageblatt "
                    "words it; the figure may be Europol's count of suspicious transactions, which no source "
                    "of the record gives."
                ),
            ),
            Figure(
                "persons-detained",
                195,
                "Interpol hat zwischen dem 16. und dem 20. Oktober im Rahmen eines groß angelegten Einsatzes "
                "195 Personen festgenommen",
                source=TAGEBLATT.url,
                note=(
                    "'festgenommen' (arrested). Tageblatt credits Interpol, one of the three coordinators; "
                    "India TV (Xinhua) cites Europol's announcement. The same 195."
                ),
            ),
            Figure("participating-countries", 61, COUNTS_DE, source=TAGEBLATT.url),
            Figure("airlines-involved", 63, COUNTS_DE, source=TAGEBLATT.url),
            Figure("online-travel-agencies-involved", 6, COUNTS_DE, unit="agencies", source=TAGEBLATT.url),
            Figure("airports-involved", 226, "An über 226 Flughäfen", qualifier="over", source=TAGEBLATT.url),
        ),
    ),
)
