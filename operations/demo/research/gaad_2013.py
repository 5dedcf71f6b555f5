"""The First Airline Action Day, 27 June 2013 (research record 5): Europol's operations page. With
the catalogue that the GAAD records share (gaad_2017_june, gaad_2017_october, gaad_2018, gaad_2019);
the GAAD series itself is in gaad_2016 (record 0), whose description dates it from 2013.

The record notes no inconsistency. The 2013 action was European (38 airports in 16 countries), the
first of the airline action days that became the Global Airport Action Days: entered as the
series' 2013 edition. "43 individuals detained in 11 different countries": the 11 countries are a
figure of their own (countries where someone was detained), not the participating countries (16).
"""

from ..records import Figure, Listed, MetricRecord, OperationRecord, ParticipantRecord, Report, SourceRecord
from .common import COMPANY, NATIONAL_BODY, NETWORK, PARTNER

PAYMENT_CARD_FRAUD = "payment-card-fraud"  # research/common.py CRIME_AREAS

METRICS = (
    MetricRecord(
        "online-travel-agencies-involved",
        "Online travel agencies involved",
        "agencies",
        description="Online travel agencies that worked with law enforcement in the operation.",
    ),
    MetricRecord(
        "frontex-officers-deployed",
        "Frontex officers deployed",
        "officers",
        description="Officers the European Border and Coast Guard Agency (Frontex) deployed to the operation.",
    ),
    MetricRecord(
        "airports-with-frontex-officers",
        "Airports with Frontex officers",
        "airports",
        description="Airports to which Frontex deployed officers during the operation.",
    ),
    MetricRecord(
        "airline-fraud-losses-yearly",
        "Yearly losses of the airline industry to ticket fraud",
        "usd",
        description=(
            "What the airline industry loses a year to tickets bought online with stolen or fake card data, "
            "as estimated (by IATA): context the source gives, not a result of the operation."
        ),
    ),
    MetricRecord(
        "countries-with-persons-detained",
        "Countries where persons were detained",
        "countries",
        description="Countries in which the persons detained during the operation were detained.",
    ),
)

PARTICIPANTS = (
    ParticipantRecord("Visa Europe", COMPANY),
    ParticipantRecord("Airlines", COMPANY, aliases="European and international airlines"),
    ParticipantRecord("National Cyber-Forensics and Training Alliance", NETWORK, short_name="NCFTA"),
    ParticipantRecord("Latin American and Caribbean Intelligence Police Community", PARTNER, short_name="CLACIP"),
    ParticipantRecord("United States Secret Service", NATIONAL_BODY, short_name="US Secret Service"),
    ParticipantRecord("European Airline Fraud Prevention Group", NETWORK),
    ParticipantRecord("Taskforce Travel Intelligence", NETWORK, short_name="TFTI"),
)

AIRLINE_ACTION_DAY_2013 = OperationRecord(
    name="First Airline Action Day",
    short_name="Airline Action Day 2013",
    series="GAAD",
    edition="2013",
    when="2013-06-27/2013-06-27",
    crime_areas=(PAYMENT_CARD_FRAUD,),
    centres=(),
    description=(
        "A day of action against airline fraudsters at 38 airports in 16 European countries, coordinated "
        "on an international level by Europol's European Cybercrime Centre (EC3) in cooperation with Visa "
        "Europe and a number of European and international airlines: the industry reported more than 200 "
        "suspicious transactions and 43 individuals were detained in 11 countries. No coordination centre "
        "is named. The first of the airline action days that grew into the Global Airport Action Days."
    ),
)

OPERATIONS = (AIRLINE_ACTION_DAY_2013,)

PAGE_URL = "https://www.europol.europa.eu/activities-services/europol-in-action/operations/first-airline-action-day"

EUROPOL_PAGE = SourceRecord(
    seed_file="",
    url=PAGE_URL,
    title="First Airline Action Day (Europol operations page)",
    kind="other",
    year=None,
    publisher="europol",
    note="Europol's page on the operation; undated in the research notes.",
)

WHERE = "at 38 airports in 16 European countries"
DETAINED = "43 individuals detained in 11 different countries"

REPORTS = (
    Report(
        sources=(EUROPOL_PAGE,),
        operation=AIRLINE_ACTION_DAY_2013.slug,
        listed=(
            Listed(
                "europol",
                ("coordinator",),
                note="Europol's European Cybercrime Centre (EC3) coordinated it on an international level.",
            ),
            Listed("visa-europe", note="In cooperation with Europol's EC3."),
            Listed("airlines", note="'a number of European and international airlines', in cooperation with EC3."),
        ),
        figures=(
            Figure(
                "suspicious-transactions-reported",
                200,
                "More than 200 suspicious transactions reported by the industry",
                qualifier="more_than",
            ),
            Figure("persons-detained", 43, DETAINED),
            Figure(
                "countries-with-persons-detained",
                11,
                DETAINED,
                note="The countries where the 43 were detained (the action covered 16).",
            ),
            Figure("airports-involved", 38, WHERE),
            Figure("participating-countries", 16, WHERE, note="'16 European countries'."),
        ),
    ),
)
