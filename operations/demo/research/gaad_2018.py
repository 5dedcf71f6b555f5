"""Global Airport Action Days, 18-22 June 2018, the 11th edition (research record 3): Europol's
operations page and Risk UK; UrduPoint's mention of this edition (a source of record 4, gaad_2019).

Researcher's note:
- Risk UK says "over 141 individuals were arrested", Europol "141 arrested". Both are stored, each
  with its source's words: flagged by check_figures as a conflict ("over 141" excludes 141; Europol's
  exact figure is the one shown). UrduPoint's "resulted in 141 arrests" (record 4's note: consistent
  with the Europol page) is stored too and agrees with Europol's.
Europol's page gives the suspicious transactions twice, "Some 334" in its text and "334" in its main
figures: both stored, a difference in precision that check_figures notes (not an inconsistency).
"""

from ..records import CentreRecord, Figure, Listed, OperationRecord, Report, SourceRecord
from .gaad_2013 import PAYMENT_CARD_FRAUD
from .gaad_2019 import URDUPOINT

GAAD_2018 = OperationRecord(
    name="Global Airport Action Days 2018",
    short_name="GAAD 2018",
    series="GAAD",
    edition="2018",
    when="2018-06-18/2018-06-22",
    crime_areas=(PAYMENT_CARD_FRAUD,),
    centres=(
        CentreRecord("The Hague", "netherlands", note="At Europol."),
        CentreRecord("Singapore", "singapore", note="At the INTERPOL Global Complex for Innovation."),
        CentreRecord("Bogotá", "colombia", note="At Ameripol."),
    ),
    description=(
        "The 11th edition of the Global Airport Action Days: 61 countries, 69 airlines and 6 online travel "
        "agencies, at over 226 airports, against criminals suspected of travelling with airline tickets "
        "bought with stolen, compromised or fake credit card details. Coordination centres at Europol (The "
        "Hague), the INTERPOL Global Complex for Innovation (Singapore) and Ameripol (Bogotá), supported by "
        "Canadian and US law enforcement through the NCFTA in Pittsburgh. Eurojust assisted, with Frontex, "
        "which deployed officers to 22 airports; AIRCOP (UNODC with INTERPOL and the WCO) took part at "
        "airports in Africa and the Middle East. Airlines, online travel agencies, payment card companies, "
        "Perseuss and IATA worked with Europol's EC3 to identify suspicious transactions."
    ),
)

OPERATIONS = (GAAD_2018,)

EUROPOL_PAGE = SourceRecord(
    seed_file="",
    url="https://www.europol.europa.eu/activities-services/europol-in-action/operations/global-airport-action-days-gaad",
    title="Global Airport Action Days (GAAD) - Europol operations page (11th edition)",
    kind="other",
    year=None,
    publisher="europol",
    note="Europol's page on the operation, presenting the 11th edition; undated in the research notes.",
)
RISK_UK = SourceRecord(
    seed_file="",
    url="https://www.risk-uk.com/europol-raids-at-european-airports-result-in-140-plus-arrests-in-fight-against-fraud/",
    title="Europol raids at European airports result in 140-plus arrests (Risk UK)",
    kind="news_report",
    year=2018,
    publisher_name="Risk UK",
    note="Undated in the research notes; written the week after the action.",
)

COUNTS = "61 countries, 69 airlines and 6 online travel agencies"
LOSSES = "An estimate of what the airline industry loses a year to ticket fraud: context, not a result."

REPORTS = (
    Report(
        sources=(EUROPOL_PAGE, RISK_UK),
        operation=GAAD_2018.slug,
        listed=(
            Listed(
                "europol",
                ("coordinator",),
                note="Coordination centre in The Hague; its EC3 experts worked with the industry.",
            ),
            Listed(
                "interpol", ("coordinator",), note="Coordination centre at the INTERPOL Global Complex for Innovation."
            ),
            Listed("ameripol", ("coordinator",), note="Coordination centre in Bogotá."),
            Listed("canada", ("supported-the-operation",), note="Canadian law enforcement, through the NCFTA."),
            Listed("united-states", ("supported-the-operation",), note="US law enforcement, through the NCFTA."),
            Listed("ncfta", ("supported-the-operation",), note="In Pittsburgh."),
            Listed("eurojust", note="Assisted throughout the action week."),
            Listed("frontex", ("deployed-experts",), note="Deployed officers to 22 airports."),
            Listed(
                "aircop",
                note="Implemented by UNODC with INTERPOL and the WCO; at airports in Africa and the Middle East.",
            ),
            Listed("wco", note="AIRCOP's partner, as the record lists it."),
            Listed("iata"),
            Listed("perseuss"),
            Listed("payment-card-schemes", note="'payment card companies', with airlines and online travel agencies."),
        ),
        figures=(
            Figure("arrests", 141, "141 arrested", unit="persons"),
            Figure("participating-countries", 61, COUNTS),
            Figure("airlines-involved", 69, COUNTS),
            Figure("online-travel-agencies-involved", 6, COUNTS, unit="agencies"),
            Figure("airports-involved", 226, "over 226 airports", qualifier="over"),
            Figure(
                "suspicious-transactions-reported",
                334,
                "Some 334 suspicious transactions were reported",
                qualifier="some",
            ),
            Figure(
                "suspicious-transactions-reported",
                334,
                "334 suspicious transactions reported",
                note="The page's main figures; its text says 'Some 334'.",
            ),
            Figure("airports-with-frontex-officers", 22, "Frontex, which deployed officers to 22 airports"),
            Figure(
                "airline-fraud-losses-yearly",
                1_000_000_000,
                "over 1 Billion USD Yearly industry losses (estimation)",
                qualifier="over",
                note=f"{LOSSES} The page's word is 'estimation'; its qualifier 'over'.",
            ),
            Figure(
                "arrests",
                141,
                "over 141 individuals were arrested last week",
                qualifier="over",
                unit="persons",
                source=RISK_UK.url,
                note="Europol's page: '141 arrested'.",
            ),
            Figure(
                "airline-fraud-losses-yearly",
                1_000_000_000,
                "IATA estimates that the airline industry loses over one billion US dollars per year",
                qualifier="over",
                source=RISK_UK.url,
                note=LOSSES,
            ),
        ),
    ),
    Report(
        sources=(URDUPOINT,),
        operation=GAAD_2018.slug,
        figures=(
            Figure(
                "arrests",
                141,
                "The 11th edition of the Global Airline Action Days, held in June 2018, resulted in 141 arrests.",
                unit="persons",
                note="In UrduPoint's report on the 2019 edition; agrees with Europol's page.",
            ),
        ),
    ),
)
