"""What the seed documents share: units, the metric tree, crime areas, roles, participants and
the national institutions that benefit from capacity building.

Participants are named as the sources name them; other spellings found in the sources are kept as
aliases. Full names are given only where a seed document spells them out.
"""

from .records import InstitutionRecord, MetricRecord, ParticipantRecord, UnitRecord

UNITS = (
    UnitRecord("countries", "countries"),
    UnitRecord("persons", "persons"),
    UnitRecord("cases", "cases"),
    UnitRecord("entities", "entities"),
    UnitRecord("vehicles", "vehicles"),
    UnitRecord("postal-items", "postal packages and parcels"),
    UnitRecord("premises", "premises"),
    UnitRecord("entries", "entries"),
    UnitRecord("arrests", "arrests"),
    UnitRecord("documents", "documents"),
    UnitRecord("weapons", "weapons"),
    UnitRecord("pieces", "pieces"),
    UnitRecord("kg", "kilograms", dimension="mass", symbol="kg"),
    UnitRecord("targets", "targets"),
    UnitRecord("plants", "plants"),
    UnitRecord("eur", "EUR", dimension="money", symbol="EUR", currency="EUR", factor=None),
    UnitRecord("usd", "USD", dimension="money", symbol="USD", currency="USD", factor=None),
)

CRIME_AREAS = (
    "Firearms trafficking",
    "Drug trafficking",
    "Migrant smuggling",
    "Trafficking in human beings",
    "High-risk criminal networks",
)


def _parts(prefix, unit, names):
    return tuple(MetricRecord(f"{prefix}-{name.lower().replace(' ', '-')}", name, unit) for name in names)


METRICS = (
    MetricRecord(
        "participating-countries",
        "Participating countries",
        "countries",
        description="Countries and jurisdictions whose authorities took part, as the source counts them.",
        # "in 17 EU countries and five countries in the Balkan region" (JAD Mobile 3): EU and the others.
        parts=(
            MetricRecord("participating-countries-eu", "EU Member States", "countries"),
            MetricRecord("participating-countries-non-eu", "Non-EU countries and jurisdictions", "countries"),
        ),
        parts_along="other",
    ),
    MetricRecord("officers-involved", "Officers involved", "persons"),
    MetricRecord("investigations-initiated", "Investigations initiated", "cases"),
    MetricRecord(
        "new-cases-opened",
        "New cases opened",
        "cases",
        description="New cases against criminal networks opened as a result of the information exchange.",
    ),
    MetricRecord(
        "entities-checked",
        "Entities checked",
        "entities",
        description="Persons, vehicles, postal packages and premises checked or searched.",
        parts=(
            MetricRecord("entities-persons", "Persons", "persons"),
            MetricRecord("entities-vehicles", "Vehicles", "vehicles"),
            MetricRecord("entities-postal-items", "Postal packages and parcels", "postal-items"),
            MetricRecord("entities-premises", "Premises", "premises"),
        ),
    ),
    MetricRecord("illegal-entries-detected", "Illegal entries detected", "entries"),
    MetricRecord(
        "arrests",
        "Arrests",
        "arrests",
        parts=(
            MetricRecord("arrests-migrant-smuggling", "Migrant smuggling", "arrests", crime_area="migrant-smuggling"),
            MetricRecord("arrests-drug-trafficking", "Drug trafficking", "arrests", crime_area="drug-trafficking"),
            MetricRecord(
                "arrests-firearms-trafficking", "Firearms trafficking", "arrests", crime_area="firearms-trafficking"
            ),
            MetricRecord(
                "arrests-other-crimes",
                "Other crimes",
                "arrests",
                description="Arrests the source counts under 'other crimes'; no single crime area, so none is set.",
            ),
        ),
        parts_along="crime_area",
    ),
    MetricRecord("forged-documents", "Forged documents identified", "documents"),
    MetricRecord(
        "weapons-seized",
        "Weapons seized",
        "weapons",
        parts=_parts(
            "weapons",
            "weapons",
            (
                "Automatic weapons",
                "Pistols",
                "Rifles",
                "Grenade launchers",
                "Revolvers",
                "Carbines",
                "Shotguns",
                "Converted weapons",
                "Air guns",
                "Other",
            ),
        ),
        # Conversus and similar action weeks count alarm and signal (blank-firing) weapons, converted or
        # not, apart from the other weapons: a second breakdown, beside the one by type.
        breakdowns=(
            MetricRecord(
                "weapons-seized-alarm-or-not",
                "Alarm and signal weapons or not",
                "weapons",
                parts=(
                    MetricRecord(
                        "weapons-alarm-and-signal",
                        "Alarm and signal weapons",
                        "weapons",
                        description="Alarm and signal (gas, blank-firing) weapons, converted or not.",
                    ),
                    MetricRecord(
                        "weapons-not-alarm",
                        "Firearms and other weapons",
                        "weapons",
                        description="The weapons other than alarm and signal weapons: firearms and other weapons.",
                    ),
                ),
                parts_along="other",
            ),
        ),
    ),
    MetricRecord("ammunition-seized", "Ammunition seized", "pieces"),
    MetricRecord(
        "drugs-seized",
        "Drugs seized",
        "kg",
        # "Almost a tonne of drugs including 626 kg of cocaine...": the parts are some of it. Synthetic
        # and other drugs: the airport action week of December 2023 (research/airports_drugs_2023).
        parts=_parts("drugs", "kg", ("Cocaine", "Cannabis", "Heroin", "Synthetic drugs", "Other drugs")),
        parts_along="substance",
        parts_kind="partial",
    ),
    MetricRecord(
        "drugs-marijuana-plants",
        "Marijuana plants seized",
        "plants",
        description="Plants are counted, not weighed: not a part of the kilograms of drugs seized.",
    ),
    MetricRecord(
        "cyber-patrol-targets",
        "Cyber-patrol targets identified",
        "targets",
        description="Accounts and/or individuals identified by the cyber patrolling, by platform.",
        parts=_parts(
            "cyber-targets",
            "targets",
            ("Messaging applications", "Marketplaces", "Other clear websites", "Dark web"),
        ),
        parts_along="platform",
    ),
    MetricRecord(
        "value",
        "Value",
        "eur",
        description="What capacity building was worth (equipment, works, a project), in its own currency.",
    ),
    MetricRecord(
        "cyber-patrol-officers",
        "Cyber-patrol officers",
        "persons",
        description="Officers taking part in the operation's coordinated cyber patrolling, usually per country.",
    ),
)

# (name, leading role)
ROLES = (
    ("Coordinator of operational activities", True),
    ("Coordinator of information exchange", False),
    ("Host of the coordination centre", False),
    ("Deployed experts", False),
    ("Deployed equipment", False),
    ("Deployed specialised teams", False),
    ("Cyber patrolling", False),
    ("Supported the preparation", False),
    ("Supported the cyber patrolling", False),
    ("Supported the coordination centre set-up", False),
    ("Supported the participation of others", False),
)

KOSOVO_FOOTNOTE = (
    "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 "
    "and the ICJ Opinion on the Kosovo declaration of independence."
)

EU = "eu_member_state"
NON_EU = "non_eu"
AGENCY = "eu_agency"
PARTNER = "partner"

PARTICIPANTS = (
    # EU Member States
    ParticipantRecord("Austria", EU, country="AT"),
    ParticipantRecord("Bulgaria", EU, country="BG"),
    ParticipantRecord("Croatia", EU, country="HR"),
    ParticipantRecord("France", EU, country="FR"),
    ParticipantRecord("Germany", EU, country="DE"),
    ParticipantRecord("Greece", EU, country="GR"),
    ParticipantRecord("Hungary", EU, country="HU"),
    ParticipantRecord("Italy", EU, country="IT"),
    ParticipantRecord("Luxembourg", EU, country="LU"),
    ParticipantRecord("Netherlands", EU, country="NL", aliases="the Netherlands"),
    ParticipantRecord("Poland", EU, country="PL"),
    ParticipantRecord("Portugal", EU, country="PT"),
    ParticipantRecord("Romania", EU, country="RO"),
    ParticipantRecord("Slovakia", EU, country="SK"),
    ParticipantRecord("Slovenia", EU, country="SI"),
    ParticipantRecord("Spain", EU, country="ES"),
    ParticipantRecord("Sweden", EU, country="SE"),
    # Non-EU countries and jurisdictions
    ParticipantRecord("Albania", NON_EU, country="AL"),
    ParticipantRecord("Bosnia and Herzegovina", NON_EU, country="BA"),
    ParticipantRecord("Kosovo", NON_EU, country="XK", footnote=KOSOVO_FOOTNOTE),
    ParticipantRecord("Moldova", NON_EU, country="MD"),
    ParticipantRecord("Montenegro", NON_EU, country="ME"),
    ParticipantRecord("North Macedonia", NON_EU, country="MK"),
    ParticipantRecord("Serbia", NON_EU, country="RS"),
    ParticipantRecord("Türkiye", NON_EU, country="TR", aliases="Turkey; Türkiye"),
    ParticipantRecord("Ukraine", NON_EU, country="UA"),
    ParticipantRecord("United Kingdom", NON_EU, country="GB", kind_periods=((EU, 1973, 2020),)),
    # EU agencies and bodies
    ParticipantRecord("Europol", AGENCY),
    ParticipantRecord("Eurojust", AGENCY),
    ParticipantRecord("Frontex", AGENCY),
    ParticipantRecord("CEPOL", AGENCY),
    ParticipantRecord("European Commission", AGENCY, short_name="EU Commission", aliases="EU Commission"),
    # International and institutional partners and projects
    ParticipantRecord("EUBAM", PARTNER),
    ParticipantRecord("IPA/2019 projects", PARTNER, short_name="IPA/2019"),
    ParticipantRecord("INTERPOL", PARTNER, aliases="Interpol"),
    ParticipantRecord("Police Cooperation Convention for Southeast Europe Secretariat", PARTNER, short_name="PCC SEE"),
    ParticipantRecord(
        "South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons",
        PARTNER,
        short_name="SEESAC",
        aliases="UNDP SEESAC",
    ),
    ParticipantRecord("Southeast European Law Enforcement Center", PARTNER, short_name="SELEC"),
    ParticipantRecord("United Nations Development Programme", PARTNER, short_name="UNDP"),
    ParticipantRecord("UNODC", PARTNER),
    ParticipantRecord("EU Strategy for the Danube Region", PARTNER),
    ParticipantRecord("EU4FAST", PARTNER),
)

# The six Western Balkan jurisdictions, as the SEESAC documents count them.
WESTERN_BALKANS = ("albania", "bosnia-and-herzegovina", "kosovo", "montenegro", "north-macedonia", "serbia")
WESTERN_BALKANS_AND_MOLDOVA = (*WESTERN_BALKANS, "moldova")

BORDER_POLICE = "Border police"
CRIMINAL_POLICE = "Criminal police"
FIREARMS_FOCAL_POINT = "Firearms Focal Point"
CSI_UNIT = "Crime scene investigation unit"

INSTITUTIONS = (
    *(InstitutionRecord(country, BORDER_POLICE, "border_police") for country in WESTERN_BALKANS),
    *(InstitutionRecord(country, CRIMINAL_POLICE, "criminal_police") for country in WESTERN_BALKANS_AND_MOLDOVA),
    *(
        InstitutionRecord(country, FIREARMS_FOCAL_POINT, "firearms_focal_point")
        for country in WESTERN_BALKANS_AND_MOLDOVA
    ),
    *(InstitutionRecord(country, CSI_UNIT, "csi_unit") for country in WESTERN_BALKANS),
    InstitutionRecord("serbia", "Ministry of Internal and Foreign Trade", "ministry"),
    InstitutionRecord("north-macedonia", "Forensic Laboratory, Skopje", "forensic_laboratory"),
)


def institutions(name, countries):
    """Slugs of the institution called `name` in each of `countries`."""
    return tuple(InstitutionRecord(country, name, "").slug for country in countries)
