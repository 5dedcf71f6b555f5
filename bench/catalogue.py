"""The catalogue of the synthetic register (synthetic.py): units, crime areas, the metric tree,
participants, series and cities, as plain data. Every unit but money is its dimension's base unit
(factor 1); a part is a quantity of its total's dimension, as Metric.clean() asks.
"""

import unicodedata

UNITS = [
    # code, name, symbol, dimension (each the base unit of its dimension: factor 1)
    ("persons", "persons", "", "count"),
    ("cases", "cases", "", "count"),
    ("entities", "entities", "", "count"),
    ("vehicles", "vehicles", "", "count"),
    ("items", "items", "", "count"),
    ("arrests", "arrests", "", "count"),
    ("weapons", "weapons", "", "count"),
    ("pieces", "pieces", "", "count"),
    ("kg", "kilograms", "kg", "mass"),
    ("countries", "countries", "", "count"),
]
# What an activity was worth: a statement of the metric "value" in a unit of its currency. Code, name,
# symbol (its currency, EUR), dimension: money has a currency and no factor (never converted).
MONEY = ("eur", "EUR", "EUR", "money")
VALUE_METRIC = ("value", "Value", "What capacity building was worth, in its own currency.")

CRIME_AREAS = [
    "Firearms trafficking",
    "Drug trafficking",
    "Migrant smuggling",
    "Trafficking in human beings",
    "Document fraud",
    "High-risk criminal networks",
]

# (code, name, unit, [(part name, unit, crime area or None)]): 80 metrics in all. A part is of its
# total's dimension (explosives counted in pieces under ammunition, cigarettes weighed under tobacco).
METRIC_TREE = [
    ("participating-countries", "Participating countries", "countries", []),
    ("officers-involved", "Officers involved", "persons", []),
    ("investigations-initiated", "Investigations initiated", "cases", []),
    ("new-cases-opened", "New cases opened", "cases", []),
    (
        "entities-checked",
        "Entities checked",
        "entities",
        [
            ("Persons", "persons", None),
            ("Vehicles", "vehicles", None),
            ("Postal packages and parcels", "items", None),
            ("Premises", "items", None),
            ("Vessels", "vehicles", None),
            ("Containers", "items", None),
            ("Travel documents", "items", None),
        ],
    ),
    (
        "arrests",
        "Arrests",
        "arrests",
        [
            ("Migrant smuggling", "arrests", "migrant-smuggling"),
            ("Drug trafficking", "arrests", "drug-trafficking"),
            ("Firearms trafficking", "arrests", "firearms-trafficking"),
            ("Trafficking in human beings", "arrests", "trafficking-in-human-beings"),
            ("Document fraud", "arrests", "document-fraud"),
            ("Other crimes", "arrests", None),
        ],
    ),
    (
        "firearms-seized",
        "Firearms seized",
        "weapons",
        [
            ("Pistols", "weapons", None),
            ("Rifles", "weapons", None),
            ("Automatic weapons", "weapons", None),
            ("Converted weapons", "weapons", None),
            ("Gas and alarm weapons", "weapons", None),
        ],
    ),
    (
        "ammunition-seized",
        "Ammunition seized",
        "pieces",
        [("Cartridges", "pieces", None), ("Hand grenades", "pieces", None), ("Explosives", "pieces", None)],
    ),
    (
        "drugs-seized",
        "Drugs seized",
        "kg",
        [
            ("Cannabis", "kg", None),
            ("Cocaine", "kg", None),
            ("Heroin", "kg", None),
            ("Amphetamine", "kg", None),
            ("Synthetic drugs", "kg", None),
            ("Precursors", "kg", None),
        ],
    ),
    (
        "migrants-detected",
        "Irregular migrants detected",
        "persons",
        [("At land borders", "persons", None), ("At sea", "persons", None), ("Inland", "persons", None)],
    ),
    (
        "smugglers-identified",
        "Smugglers identified",
        "persons",
        [("Facilitators", "persons", None), ("Drivers", "persons", None), ("Organisers", "persons", None)],
    ),
    (
        "victims-identified",
        "Potential victims identified",
        "persons",
        [("Adults", "persons", None), ("Minors", "persons", None)],
    ),
    (
        "documents-seized",
        "Fraudulent documents seized",
        "items",
        [("Passports", "items", None), ("Identity cards", "items", None), ("Residence permits", "items", None)],
    ),
    (
        "vehicles-seized",
        "Vehicles seized",
        "vehicles",
        [("Cars", "vehicles", None), ("Vans", "vehicles", None), ("Trucks", "vehicles", None)],
    ),
    ("cash-seized-cases", "Cash seizure cases", "cases", []),
    ("hits-sis", "SIS hits", "cases", [("Wanted persons", "cases", None), ("Stolen objects", "cases", None)]),
    ("hits-interpol", "Interpol database hits", "cases", []),
    ("cyber-targets", "Cyber-patrol targets identified", "items", [("Websites", "items", None)]),
    ("cyber-officers", "Cyber-patrol officers", "persons", []),
    ("border-crossings", "Border crossing points involved", "items", []),
    ("checkpoints", "Checkpoints set up", "items", [("Mobile checkpoints", "items", None)]),
    ("house-searches", "House searches", "cases", [("Residential", "cases", None), ("Commercial", "cases", None)]),
    ("tobacco-seized", "Tobacco seized", "kg", [("Cigarettes", "kg", None), ("Raw tobacco", "kg", None)]),
    ("stolen-goods", "Stolen goods recovered", "items", [("Mobile phones", "items", None)]),
    ("money-laundering", "Money-laundering cases", "cases", []),
    ("prosecutions", "Prosecutions started", "cases", []),
    ("liaison-officers", "Liaison officers deployed", "persons", []),
    ("joint-patrols", "Joint patrols", "cases", []),
    ("airports", "Airports involved", "items", []),
    ("seaports", "Seaports involved", "items", []),
]

EU_MEMBER_STATES = [
    ("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"), ("CY", "Cyprus"),
    ("CZ", "Czechia"), ("DK", "Denmark"), ("EE", "Estonia"), ("FI", "Finland"), ("FR", "France"),
    ("DE", "Germany"), ("GR", "Greece"), ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"),
    ("LV", "Latvia"), ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NL", "Netherlands"),
    ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SK", "Slovakia"), ("SI", "Slovenia"),
    ("ES", "Spain"), ("SE", "Sweden"),
]  # fmt: skip
NON_EU = [
    ("AL", "Albania"), ("BA", "Bosnia and Herzegovina"), ("XK", "Kosovo"), ("ME", "Montenegro"),
    ("MK", "North Macedonia"), ("RS", "Serbia"), ("MD", "Moldova"), ("UA", "Ukraine"), ("TR", "Türkiye"),
    ("GE", "Georgia"), ("NO", "Norway"), ("CH", "Switzerland"), ("IS", "Iceland"), ("GB", "United Kingdom"),
    ("AM", "Armenia"),
]  # fmt: skip
KOSOVO_FOOTNOTE = (
    "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 "
    "and the ICJ Opinion on the Kosovo declaration of independence."
)
AGENCIES = ["Europol", "Frontex", "Eurojust", "CEPOL", "EUDA", "OLAF", "eu-LISA"]
PARTNERS = ["SEESAC", "INTERPOL", "UNODC", "EU4FAST", "IOM", "OSCE", "DCAF"]

REGIONS = [
    "South East Europe", "Danube", "Mobile", "Arktos", "Airports", "Benelux", "Baltic", "Adriatic",
    "Black Sea", "Carpathians", "Iberia", "Nordic", "Alps", "Mediterranean", "Western Balkans",
    "Central Europe", "Atlantic", "North Sea", "Aegean", "Pannonia", "Eastern Partnership", "Rhine",
    "Tyrrhenian", "Ionian", "Caucasus",
]  # fmt: skip
CITIES = ["Ljubljana", "Belgrade", "Zagreb", "Vienna", "Sofia", "Bucharest", "Athens", "The Hague", "Budapest"]
QUALIFIERS_QUALIFIED = ["more_than", "over", "at_least", "almost", "nearly", "approximately", "exact"]


def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def breakdown_along(parts):
    """The one breakdown of a total into its parts, as migration 0007 made it of the old parts: by
    crime area when a part names one, else by type, exhaustive."""
    return "crime_area" if any(area for _name, _unit, area in parts) else "type"


def metrics_in_order():
    """[(code, name, unit code, parent code or None, position, crime area slug or None)], parents first."""
    rows = []
    for position, (code, name, unit, parts) in enumerate(METRIC_TREE):
        rows.append((code, name, unit, None, position, None))
        for part_position, (part_name, part_unit, area) in enumerate(parts):
            rows.append((f"{code}-{slugify(part_name)}", part_name, part_unit, code, part_position, area))
    return rows
