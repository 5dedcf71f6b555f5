"""Global Airline (Airport) Action Days, 18-22 November 2019, the 12th edition (research record 4):
Airlinergs and UrduPoint (Sputnik), both quoting Europol's release, Kathimerini and Niezależna.

Researcher's notes:
- Niezależna says 55 airlines ("55 linii lotniczych"), the Europol-based reports 56. Both stored,
  each with its source's words: flagged by check_figures as a conflict (the dated Europol-based
  reports' 56 is the one shown).
- The name varies: "Global Airline Action Days" (Europol's 2019 text, UrduPoint, Niezależna) and
  "Global Airport Action Days" (Kathimerini and the earlier editions). Not a figure: one operation of
  the GAAD series, named as the series is; the 2019 name is given in the description.
- UrduPoint's "The 11th edition ... held in June 2018, resulted in 141 arrests" agrees with Europol's
  2018 page: stored as UrduPoint's statement about GAAD 2018 (in gaad_2018); nothing to flag there.
The record's activity note (an arrest on a European Arrest Warrant for parental abduction) is in
the description: the source gives it without a figure of its own.
"""

from ..records import CentreRecord, Figure, Listed, OperationRecord, Report, SourceRecord
from .gaad_2013 import PAYMENT_CARD_FRAUD

GAAD_2019 = OperationRecord(
    name="Global Airport Action Days 2019",
    short_name="GAAD 2019",
    series="GAAD",
    edition="2019",
    when="2019-11-18/2019-11-22",
    crime_areas=(PAYMENT_CARD_FRAUD, "migrant-smuggling"),
    centres=(
        CentreRecord("The Hague", "netherlands", note="Command post at Europol."),
        CentreRecord("Singapore", "singapore", note="Command post at the INTERPOL Global Complex for Innovation."),
        CentreRecord("Bogotá", "colombia", note="Command post of Ameripol and Colombia."),
        CentreRecord(
            "Pittsburgh",
            "united-states",
            note=(
                "Command post of Canada and the NCFTA (with the US Secret Service) 'in the US': the release "
                "names no city; the NCFTA is in Pittsburgh, where the 2017 and 2018 releases place it."
            ),
        ),
    ),
    description=(
        "The 12th edition, called the Global Airline Action Days in Europol's 2019 release (Global Airport "
        "Action Days in Kathimerini and the earlier editions), against fraudulent online purchases of "
        "flight tickets with compromised credit card data, with a particular focus on migrant smuggling "
        "networks: 60 countries, 56 airlines and 12 online travel agencies, at more than 200 airports. Some "
        "cases were linked to illegal immigration (counterfeit IDs, or other persons' documents). One "
        "individual was arrested at a European airport on a European Arrest Warrant and charged with "
        "parental abduction, trying to reach India with the child. Command posts at Europol (The Hague), "
        "the INTERPOL Global Complex for Innovation (Singapore), Ameripol and Colombia (Bogotá), Canada "
        "and the NCFTA with the US Secret Service (US). Eurojust assisted, with Frontex (officers at 28 "
        "airports) and AIRCOP; airlines, online travel agencies, payment card companies, IATA, the "
        "European Airline Fraud Prevention Group and Perseuss helped; Europol's European Migrant Smuggling "
        "Centre and the Taskforce Travel Intelligence joined. The Greek police took part."
    ),
)

OPERATIONS = (GAAD_2019,)

URDUPOINT = SourceRecord(
    seed_file="",
    url="https://www.urdupoint.com/en/world/international-operation-to-tackle-airline-tic-773160.html",
    title="International Operation To Tackle Airline Ticket Fraud Results In 79 Arrests - Europol (UrduPoint/Sputnik)",
    kind="news_report",
    year=2019,
    published="2019-11-27",
    publisher_name="UrduPoint (Sputnik)",
)
AIRLINERGS = SourceRecord(
    seed_file="",
    url="https://airlinergs.com/79-arrested-in-worldwide-crackdown-on-airline-fraud/",
    title="79 Arrested in Worldwide Crackdown On Airline Fraud (Airlinergs)",
    kind="news_report",
    year=2019,
    published="2019-11-27",
    publisher_name="Airlinergs",
    note="Europol's release as republished.",
)
KATHIMERINI = SourceRecord(
    seed_file="",
    url="https://www.ekathimerini.com/news/247002/greek-police-participates-in-global-airport-action/",
    title="Greek police participates in global airport action (Kathimerini)",
    kind="news_report",
    year=2019,
    publisher_name="Kathimerini",
    note="Undated in the research notes.",
)
NIEZALEZNA = SourceRecord(
    seed_file="",
    url="https://niezalezna.pl/299368-siatka-przestepcow-oszukiwala-linie-lotnicze",
    title="Siatka przestępców oszukiwała linie lotnicze (Niezależna)",
    kind="news_report",
    year=2019,
    publisher_name="Niezależna",
    note="In Polish; undated in the research notes.",
)

COUNTS = "60 countries, 56 airlines and 12 online travel agencies"
ARRESTED = (
    "79 individuals suspected of traveling with airline tickets bought using stolen, compromised or fake "
    "credit card details have been arrested or detained"
)
SELECTED = "W tym roku wybrano do kontroli 55 linii lotniczych i 12 agencji podróży"
COMMAND_POST_US = "A command post in the US, with the NCFTA and the US Secret Service."
IDENTIFIED = "Helped identify the suspicious transactions."

REPORTS = (
    Report(
        sources=(AIRLINERGS, URDUPOINT, KATHIMERINI, NIEZALEZNA),
        operation=GAAD_2019.slug,
        listed=(
            Listed(
                "europol",
                ("coordinator",),
                note="Command post in The Hague; its European Migrant Smuggling Centre (EMSC) joined.",
            ),
            Listed("interpol", ("coordinator",), note="Command post at the INTERPOL Global Complex for Innovation."),
            Listed("ameripol", ("coordinator",), note="Command post in Bogotá, with Colombia."),
            Listed("colombia", ("host-of-the-coordination-centre",), note="Command post in Bogotá, with Ameripol."),
            Listed("canada", ("supported-the-operation",), note=COMMAND_POST_US),
            Listed("ncfta", ("supported-the-operation",), note="Command post in the US, with Canada."),
            Listed("us-secret-service", ("supported-the-operation",), note="With the NCFTA, in the US."),
            Listed("eurojust", note="Assisted during the action days."),
            Listed("frontex", ("deployed-experts",), note="Deployed officers to 28 airports."),
            Listed("aircop", note="The Airport Communication Project (UNODC with INTERPOL and the WCO)."),
            Listed("iata", note=IDENTIFIED),
            Listed("european-airline-fraud-prevention-group", note=IDENTIFIED),
            Listed("perseuss", note=IDENTIFIED),
            Listed("payment-card-schemes", note=f"'payment card companies'. {IDENTIFIED}"),
            Listed("tfti", note="Joined the operation, with Europol's EMSC."),
            Listed("greece", note="The Greek Police (ELAS) took part.", source=KATHIMERINI.url),
        ),
        figures=(
            Figure(
                "persons-detained",
                79,
                "79 individuals ... have been arrested or detained",
                note="'arrested or detained': one count.",
            ),
            Figure("suspicious-transactions-reported", 165, "165 suspicious transactions were reported"),
            Figure("participating-countries", 60, COUNTS),
            Figure("airlines-involved", 56, COUNTS),
            Figure("online-travel-agencies-involved", 12, COUNTS, unit="agencies"),
            Figure("airports-involved", 200, "at more than 200 airports across the world", qualifier="more_than"),
            Figure("airports-with-frontex-officers", 28, "Frontex, which deployed officers to 28 airports"),
            # UrduPoint (Sputnik), quoting the release
            Figure("persons-detained", 79, ARRESTED, source=URDUPOINT.url, note="Its headline: '79 Arrests'."),
            Figure(
                "suspicious-transactions-reported",
                165,
                "165 suspicious transactions were reported",
                source=URDUPOINT.url,
            ),
            Figure(
                "airlines-involved",
                56,
                "56 airlines and 12 online travel agencies also lent their support",
                source=URDUPOINT.url,
            ),
            Figure(
                "online-travel-agencies-involved",
                12,
                "56 airlines and 12 online travel agencies also lent their support",
                unit="agencies",
                source=URDUPOINT.url,
            ),
            # Kathimerini
            Figure(
                "persons-detained",
                79,
                "led to the arrest of 79 people around the world",
                source=KATHIMERINI.url,
                note="'arrest'.",
            ),
            Figure(
                "suspicious-transactions-reported",
                165,
                "identified 165 suspicious transactions",
                source=KATHIMERINI.url,
            ),
            Figure(
                "participating-countries",
                60,
                "It involved police services from 60 countries, 56 airlines and 12 online travel agencies",
                source=KATHIMERINI.url,
            ),
            Figure(
                "airlines-involved",
                56,
                "It involved police services from 60 countries, 56 airlines and 12 online travel agencies",
                source=KATHIMERINI.url,
            ),
            Figure(
                "online-travel-agencies-involved",
                12,
                "It involved police services from 60 countries, 56 airlines and 12 online travel agencies",
                unit="agencies",
                source=KATHIMERINI.url,
            ),
            Figure(
                "airports-involved",
                200,
                "included operations at more than 200 airports around the world",
                qualifier="more_than",
                source=KATHIMERINI.url,
            ),
            # Niezależna
            Figure(
                "airlines-involved",
                55,
                SELECTED,
                source=NIEZALEZNA.url,
                note="'This year 55 airlines and 12 travel agencies were chosen for checks'; Europol's text: 56.",
            ),
            Figure("online-travel-agencies-involved", 12, SELECTED, unit="agencies", source=NIEZALEZNA.url),
            Figure(
                "suspicious-transactions-reported",
                165,
                "Wykryto w trakcie tych kontroli 165 podejrzanych transakcji",
                source=NIEZALEZNA.url,
            ),
        ),
    ),
)
