"""What several families of research records share: units, metrics, roles and participants that
more than one module uses. Add to it rather than defining one thing in two modules; a module's own
catalogue entries stay in that module."""

from ..catalogue import AGENCY, EU, NON_EU, PARTNER
from ..records import MetricRecord, ParticipantRecord, UnitRecord

COMPANY = "company"
NATIONAL_BODY = "national_body"
NETWORK = "network"
GROUP = "group"

UNITS = (
    UnitRecord("airlines", "airlines"),
    UnitRecord("airports", "airports"),
    UnitRecord("transactions", "transactions"),
    UnitRecord("agencies", "agencies"),
    UnitRecord("days", "days", dimension="duration", symbol="days"),
    UnitRecord("t", "tonnes", dimension="mass", symbol="t", factor="1000"),
    UnitRecord("percent", "percent", dimension="percent", symbol="%"),
    UnitRecord("investigations", "investigations"),
    UnitRecord("firearms", "firearms"),
    UnitRecord("rounds", "rounds"),
    UnitRecord("searches", "searches"),
    UnitRecord("checks", "checks"),
    UnitRecord("officers", "officers"),
    UnitRecord("jurisdictions", "jurisdictions"),
    UnitRecord("years", "years", dimension="duration", symbol="years", factor="365.25"),
)

# EMPACT priority crime areas beyond the catalogue's.
CRIME_AREAS = (
    "Organised property crime",
    "Document fraud",
    "Cybercrime",
    "Excise and MTIC fraud",
    "Environmental crime",
    "Criminal finances and money laundering",
    "Payment card fraud",
    "Euro counterfeiting",
)

METRICS = (
    MetricRecord(
        "persons-detained",
        "Persons detained",
        "persons",
        description="Persons detained (held by the police), as the source counts them; not always arrests.",
    ),
    MetricRecord("airlines-involved", "Airlines involved", "airlines"),
    MetricRecord(
        "airports-involved",
        "Airports involved",
        "airports",
        description="Airports where the operation's checks took place, as the source counts them.",
        # By region, as the sources name them (GAAD June 2017, the airport drug action week of 2023):
        # some regions, never the whole world, so partial; Africa is a part of "Africa and the Americas".
        parts=(
            MetricRecord("airports-europe", "Airports in Europe", "airports"),
            MetricRecord(
                "airports-africa-americas",
                "Airports in Africa and the Americas",
                "airports",
                parts=(MetricRecord("airports-africa", "Airports in Africa", "airports"),),
                parts_along="other",
                parts_kind="partial",
            ),
        ),
        parts_along="other",
        parts_kind="partial",
    ),
    MetricRecord(
        "suspicious-transactions-reported",
        "Suspicious transactions reported",
        "transactions",
        description="Suspicious transactions (airline tickets bought with stolen or fake card data) reported.",
    ),
    MetricRecord(
        "participating-agencies",
        "Participating agencies",
        "agencies",
        description="Law enforcement and regulatory agencies or authorities that took part, as the source counts them.",
    ),
    MetricRecord(
        "duration",
        "Duration",
        "days",
        description=(
            "How long the operation or activity lasted, as the source states it ('the 12-day operation', "
            "'the five-day course')."
        ),
    ),
    MetricRecord("house-searches", "House searches", "searches"),
    MetricRecord("database-checks", "Database checks", "checks"),
    MetricRecord("irregular-migrants-detected", "Irregular migrants detected", "persons"),
    MetricRecord(
        "thb-victims-identified",
        "Victims of trafficking in human beings identified",
        "persons",
        parts=(MetricRecord("thb-victims-minors", "Minors", "persons"),),
        parts_along="other",
        parts_kind="partial",
    ),
    MetricRecord("cash-seized", "Cash seized", "eur"),
    MetricRecord(
        "assets-seized",
        "Assets seized",
        "eur",
        description="Money and assets seized, as one sum in the source's currency ('over €797 million seized').",
    ),
    # Capacity building (the SEESAC records)
    MetricRecord(
        "participants",
        "Participants",
        "persons",
        description="Persons taking part in a meeting, workshop or training, as the source counts them.",
    ),
    MetricRecord("persons-trained", "Persons trained", "persons"),
    MetricRecord(
        "beneficiary-jurisdictions",
        "Beneficiary countries and jurisdictions",
        "jurisdictions",
        description="Countries or jurisdictions an activity served (trained, equipped, supported), as counted.",
    ),
    MetricRecord(
        "budget",
        "Budget",
        "eur",
        description="What a project or programme was given to spend, in its own currency (EUR or USD).",
    ),
    MetricRecord(
        "items-delivered",
        "Items delivered",
        "pieces",
        description="Pieces of equipment delivered or provided, in the unit the source counts them (racks...).",
    ),
    MetricRecord("weapons-destroyed", "Weapons destroyed", "weapons"),
)

# (name, leading role)
ROLES = (
    ("Coordinator", True),
    ("Supported the operation", False),
    ("Co-lead", True),
)

PARTICIPANTS = (
    ParticipantRecord("Ameripol", PARTNER, aliases="AMERIPOL"),
    ParticipantRecord("International Air Transport Association", COMPANY, short_name="IATA"),
    ParticipantRecord("Perseuss", NETWORK, aliases="PERSEUSS"),
    ParticipantRecord("Singapore", NON_EU, country="SG"),
    ParticipantRecord("Colombia", NON_EU, country="CO"),
    ParticipantRecord("Canada", NON_EU, country="CA"),
    ParticipantRecord("United States", NON_EU, country="US", aliases="US; USA"),
    ParticipantRecord("Payment card schemes", COMPANY),
    ParticipantRecord("World Customs Organization", PARTNER, short_name="WCO"),
    ParticipantRecord("Google", COMPANY),
    ParticipantRecord("Australia", NON_EU, country="AU"),
    ParticipantRecord("Burkina Faso", NON_EU, country="BF"),
    ParticipantRecord("Democratic Republic of the Congo", NON_EU, country="CD", aliases="DR Congo; DRC"),
    ParticipantRecord("Ecuador", NON_EU, country="EC"),
    ParticipantRecord("Mozambique", NON_EU, country="MZ"),
    ParticipantRecord("Peru", NON_EU, country="PE"),
    ParticipantRecord("Qatar", NON_EU, country="QA"),
    ParticipantRecord("Belgium", EU, country="BE"),
    ParticipantRecord("Cyprus", EU, country="CY"),
    ParticipantRecord("Czechia", EU, country="CZ", aliases="Czech Republic"),
    ParticipantRecord("Denmark", EU, country="DK"),
    ParticipantRecord("Estonia", EU, country="EE"),
    ParticipantRecord("Finland", EU, country="FI"),
    ParticipantRecord("Latvia", EU, country="LV"),
    ParticipantRecord("Lithuania", EU, country="LT"),
    ParticipantRecord("Norway", NON_EU, country="NO"),
    ParticipantRecord("Switzerland", NON_EU, country="CH"),
    ParticipantRecord("Council of the European Union", AGENCY, short_name="Council of the EU", aliases="EU Council"),
    ParticipantRecord(
        "Airport Communication Project", PARTNER, short_name="AIRCOP", aliases="UNODC AIRCOP"
    ),  # UNODC's, with INTERPOL and the WCO
    ParticipantRecord("Ireland", EU, country="IE"),
    ParticipantRecord("Argentina", NON_EU, country="AR"),
    ParticipantRecord("Benin", NON_EU, country="BJ"),
    ParticipantRecord("Brazil", NON_EU, country="BR"),
    ParticipantRecord("Bolivia", NON_EU, country="BO"),
    ParticipantRecord("Cape Verde", NON_EU, country="CV", aliases="Cabo Verde"),
    ParticipantRecord("Ivory Coast", NON_EU, country="CI", aliases="Côte d'Ivoire"),
    ParticipantRecord("Gambia", NON_EU, country="GM", aliases="The Gambia"),
    ParticipantRecord("Georgia", NON_EU, country="GE"),
    ParticipantRecord("Guinea Bissau", NON_EU, country="GW", aliases="Guinea-Bissau"),
    ParticipantRecord("Jamaica", NON_EU, country="JM"),
    ParticipantRecord("Spanish National Police", NATIONAL_BODY, aliases="Policía Nacional; Policia Nacional"),
    ParticipantRecord("Belarus", NON_EU, country="BY"),
    ParticipantRecord("European Union", AGENCY, short_name="EU", aliases="the EU"),
    ParticipantRecord("European Multidisciplinary Platform Against Criminal Threats", AGENCY, short_name="EMPACT"),
    ParticipantRecord("Regional Cooperation Council", PARTNER, short_name="RCC"),
    ParticipantRecord("Organization for Security and Co-operation in Europe", PARTNER, short_name="OSCE"),
    ParticipantRecord("South East Europe Firearms Experts Network", NETWORK, short_name="SEEFEN"),
    ParticipantRecord("Guardia Civil", NATIONAL_BODY, aliases="Spain's Guardia Civil"),
    ParticipantRecord(
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", NATIONAL_BODY, short_name="ATF", aliases="US ATF"
    ),
    ParticipantRecord(
        "National Ballistics Intelligence Service", NATIONAL_BODY, short_name="NABIS", aliases="UK NABIS"
    ),
)

__all__ = ["AGENCY", "COMPANY", "EU", "GROUP", "NATIONAL_BODY", "NETWORK", "NON_EU", "PARTNER"]
