"""EMPACT Joint Action Days Mobile 3, 12-23 October 2020 (research record 13): one report of the
Border Security Report. This module also holds what the Mobile family (records 13 to 16, modules
mobile_3 to mobile_6) shares: the series, the units and the metrics of stolen vehicles and parts.

Researcher's notes:
- "Headline 'more than 350 stolen cars and more than 1000 stolen car parts' vs exact 352 vehicles /
  1077 parts (consistent)": the standfirst's words are entered as statements of the same source
  beside the body's exact figures; check_figures reports them as differences in precision (all
  compatible), not as inconsistencies.
- "Source misspells the name 'Join Action Days Mobile 3'": a name, not a figure; kept in the
  source's note and the description, nothing for the check to flag.
"""

from ..records import (
    CentreRecord,
    Figure,
    Listed,
    MetricRecord,
    OperationRecord,
    Report,
    SeriesRecord,
    SourceRecord,
    UnitRecord,
)

# ---- What the Mobile operations share (records 13 to 16) -------------------------------------------

UNITS = (
    UnitRecord("vehicle-parts", "vehicle parts"),
    UnitRecord("boats", "boats"),
    UnitRecord("engines", "engines"),
    UnitRecord("sites", "sites"),
)

METRICS = (
    MetricRecord(
        "stolen-vehicles-seized",
        "Stolen vehicles seized",
        "vehicles",
        description=(
            "Stolen vehicles (cars) detected, seized or recovered during the operation: the sources' verbs "
            "differ from one release to the next, and each quote keeps its own."
        ),
        parts=(
            MetricRecord(
                "stolen-vehicles-seized-one-case",
                "In a single case the source singles out",
                "vehicles",
                description="Vehicles seized in one investigation that a source reports apart (named in the note).",
            ),
        ),
        parts_along="other",
        parts_kind="partial",
    ),
    MetricRecord(
        "stolen-vehicle-parts-seized",
        "Stolen vehicle parts seized",
        "vehicle-parts",
        description="Stolen vehicle (car) parts detected, confiscated or recovered, as the source words it.",
    ),
    MetricRecord("rental-cars-seized", "Rental cars seized", "vehicles"),
    MetricRecord("stolen-boats-recovered", "Stolen boats recovered", "boats"),
    MetricRecord("outboard-engines-recovered", "Outboard engines recovered", "engines"),
    MetricRecord(
        "chop-shops-discovered",
        "Chop shops discovered",
        "sites",
        description="Places where stolen vehicles are dismantled into parts ('chophouses', 'chop shops').",
    ),
    MetricRecord("migrant-smugglers-identified", "Migrant smugglers identified", "persons"),
    MetricRecord("criminal-group-members-identified", "Members of a criminal organisation identified", "persons"),
)

SERIES = (
    SeriesRecord(
        name="EMPACT JAD Mobile",
        short_name="JAD Mobile",
        description=(
            "EMPACT Joint Action Days Mobile: yearly operations against organised property crime (stolen "
            "vehicles, vehicle parts and boats), with migrant smuggling and document fraud found on the way, "
            "led by Frontex from a coordination centre at its headquarters in Warsaw, co-led by Member "
            "States and Europol, at the EU's external borders and in the Western Balkans."
        ),
    ),
)

# ---- Mobile 3 ---------------------------------------------------------------------------------------

MOBILE_3 = OperationRecord(
    name="EMPACT Joint Action Days Mobile 3",
    short_name="JAD Mobile 3",
    series="JAD Mobile",
    edition="2020",
    when="2020-10-12/2020-10-23",
    crime_areas=("organised-property-crime",),
    centres=(
        CentreRecord(
            "Warsaw",
            "poland",
            note="At Frontex headquarters; INTERPOL was present at the centre, Europol supported remotely.",
        ),
    ),
    description=(
        "A two-week operation (12-23 October 2020) led by Frontex and co-led by Poland, Greece, Germany and "
        "Europol, supported by INTERPOL, under EMPACT: checks at border crossing points and inland "
        "activities in 17 EU countries and five countries in the Balkan region, with border guards and "
        "police officers from 22 countries (the report names none of them). Officers deployed by Frontex "
        "under Joint Operation Focal Points 2020 supported it. The report spells the name 'Join Action "
        "Days Mobile 3'."
    ),
)

OPERATIONS = (MOBILE_3,)

REPORT_URL = (
    "https://border-security-report.com/frontex-leads-massive-international-operation-to-find-stolen-cars-and-"
    "car-parts/?share=facebook"
)

BORDER_SECURITY_REPORT = SourceRecord(
    seed_file="",
    url=REPORT_URL,
    title="Frontex leads massive international operation to find stolen cars and car parts (Border Security Report)",
    kind="news_report",
    year=2020,
    published="2020-10",
    publisher_name="Border Security Report",
    note=(
        "Undated in the research notes; it reports the seizures of 'this month' for the 12-23 October 2020 "
        "operation, hence October 2020. It spells the operation 'Join Action Days Mobile 3'."
    ),
)

REPORTS = (
    Report(
        sources=(BORDER_SECURITY_REPORT,),
        operation=MOBILE_3.slug,
        listed=(
            Listed(
                "frontex",
                ("coordinator", "host-of-the-coordination-centre", "deployed-experts"),
                note=(
                    "Led the operation, from a coordination centre at its headquarters in Warsaw; officers it "
                    "deployed under Joint Operation Focal Points 2020 supported the operation."
                ),
            ),
            Listed("poland", ("co-lead",)),
            Listed("greece", ("co-lead",)),
            Listed("germany", ("co-lead",)),
            Listed("europol", ("co-lead",), note="Supported the operation remotely."),
            Listed("interpol", ("supported-the-operation",), note="Present at the coordination centre."),
        ),
        figures=(
            Figure("participating-countries", 22, "border guards and police officers from 22 countries"),
            Figure(
                "participating-countries-eu",
                17,
                "in 17 EU countries and five countries in the Balkan region",
                note="Countries where checks and inland activities took place.",
            ),
            Figure(
                "participating-countries-non-eu",
                5,
                "five countries in the Balkan region",
                note="The report's 'countries in the Balkan region', counted beside the EU countries: the non-EU ones.",
            ),
            Figure(
                "stolen-vehicles-seized",
                350,
                "Law enforcement authorities seized more than 350 stolen cars",
                qualifier="more_than",
                note="The report's opening sentence; its body gives 352.",
            ),
            Figure("stolen-vehicles-seized", 352, "detected 352 stolen vehicles"),
            Figure(
                "stolen-vehicle-parts-seized",
                1000,
                "more than 1000 stolen car parts",
                qualifier="more_than",
                note="The report's opening sentence; its body gives 1077.",
            ),
            Figure("stolen-vehicle-parts-seized", 1077, "1077 stolen vehicle parts"),
            Figure(
                "rental-cars-seized",
                15,
                "the police seized 15 rental cars",
                country="greece",
                note="In Greece, rental cars that criminals attempted to smuggle out of the EU.",
            ),
        ),
    ),
)
