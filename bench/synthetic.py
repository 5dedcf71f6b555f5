"""A deterministic synthetic register for benchmarks: every operation published, ROWS_PER_OPERATION
results each (80 metrics in a two-level tree × the operation-wide figure and 24 countries × two
sources), with the participants, sources, participations, coordination centres and a few activities
around them.

The database is migrated by Django first (so its schema, indexes and constraints are the project's),
then filled with plain sqlite3 `executemany` in one transaction (a million results: 11.5 s here).

Shape, chosen so that the measured filters select round numbers of rows:
- `?operation=<slug>&metric=arrests` selects 7 metrics × 50 = 350 rows of one operation;
- `?metric=entities-checked` selects 8 metrics × 50 × 250 = 100,000 rows (the export under test).
"""

import datetime
import random
import sqlite3
import unicodedata

SEED = 20261124
COUNTRY_SLOTS = 24  # countries per operation with a figure, besides the operation-wide one
SOURCES_PER_OPERATION = 2
EDITIONS = range(2015, 2025)
NOW = "2026-11-24 12:00:00"

UNITS = [
    # code, name, symbol, kind
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

CRIME_AREAS = [
    "Firearms trafficking",
    "Drug trafficking",
    "Migrant smuggling",
    "Trafficking in human beings",
    "Document fraud",
    "High-risk criminal networks",
]

# (code, name, unit, [(part name, unit, crime area or None)]): 80 metrics in all.
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
        [("Cartridges", "pieces", None), ("Hand grenades", "pieces", None), ("Explosives", "kg", None)],
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
    ("tobacco-seized", "Tobacco seized", "kg", [("Cigarettes", "pieces", None), ("Raw tobacco", "kg", None)]),
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


def metrics_in_order():
    """[(code, name, unit code, parent code or None, position, crime area slug or None)], parents first."""
    rows = []
    for position, (code, name, unit, parts) in enumerate(METRIC_TREE):
        rows.append((code, name, unit, None, position, None))
        for part_position, (part_name, part_unit, area) in enumerate(parts):
            rows.append((f"{code}-{slugify(part_name)}", part_name, part_unit, code, part_position, area))
    return rows


ROWS_PER_OPERATION = len(metrics_in_order()) * (COUNTRY_SLOTS + 1) * SOURCES_PER_OPERATION  # 4,000


def value_for(rng, unit):
    if rng.random() < 0.02:
        return None  # named without a figure
    if unit == "kg":
        return round(rng.lognormvariate(3, 2), 3)
    return int(rng.lognormvariate(4, 1.8))


def fill(path, rows):
    """Fill the migrated, empty database at `path` with `rows` results (the last operation may be
    partial). Returns a dict of what the benchmark needs to know (slugs, ids, counts)."""
    rng = random.Random(SEED)
    operations_needed = -(-rows // ROWS_PER_OPERATION)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -400000")
    cursor = connection.cursor()
    cursor.execute("BEGIN")

    def insert(table, columns, values):
        marks = ", ".join("?" for _ in columns)
        cursor.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', values)

    def ids(table, key="slug"):
        return dict(cursor.execute(f'SELECT {key}, id FROM "{table}"').fetchall())

    insert(
        "operations_unit",
        ["code", "name", "symbol", "kind", "currency"],
        [(code, name, symbol, kind, "") for code, name, symbol, kind in UNITS],
    )
    units = ids("operations_unit", "code")
    insert("operations_crimearea", ["name", "slug"], [(name, slugify(name)) for name in CRIME_AREAS])
    areas = ids("operations_crimearea")
    for code, name, unit, parent, position, area in metrics_in_order():
        parent_id = ids("operations_metric", "code")[parent] if parent else None
        insert(
            "operations_metric",
            ["code", "name", "position", "description", "crime_area_id", "unit_id", "parent_id"],
            [(code, name, position, "", areas.get(area), units[unit], parent_id)],
        )
    metrics = cursor.execute("SELECT id, code, name, unit_id, parent_id FROM operations_metric ORDER BY id").fetchall()
    unit_codes = {unit_id: code for code, unit_id in units.items()}

    participants = []
    for code, name in EU_MEMBER_STATES:
        participants.append((name, "", slugify(name), "eu_member_state", code, ""))
    for code, name in NON_EU:
        footnote = KOSOVO_FOOTNOTE if code == "XK" else ""
        participants.append((name, "", slugify(name), "non_eu", code, footnote))
    for name in AGENCIES:
        participants.append((name, name, slugify(name), "eu_agency", "", ""))
    for name in PARTNERS:
        participants.append((name, name, slugify(name), "partner", "", ""))
    insert(
        "participants_participant",
        ["name", "short_name", "slug", "kind", "country", "footnote", "aliases"],
        [(*row, "") for row in participants],
    )
    people = ids("participants_participant")
    countries = [people[slugify(name)] for _, name in EU_MEMBER_STATES + NON_EU]
    europol = people["europol"]

    insert("operations_role", ["name", "slug", "is_leading"], [("Lead", "lead", 1), ("Co-lead", "co-lead", 1)])
    roles = ids("operations_role")

    series_rows = [(f"EMPACT JAD {region}", f"JAD {region}", f"jad-{slugify(region)}", "") for region in REGIONS]
    insert("operations_series", ["name", "short_name", "slug", "description"], series_rows)
    series = ids("operations_series")

    operations = []
    for index in range(operations_needed):
        region = REGIONS[index % len(REGIONS)]
        year = EDITIONS[index // len(REGIONS) % len(EDITIONS)]
        cycle = index // (len(REGIONS) * len(EDITIONS))
        edition = str(year) if not cycle else f"{year}-{cycle}"
        start = datetime.date(year, 1 + index % 12, 1 + index % 20)
        operations.append(
            (
                edition,
                f"EMPACT Joint Action Days {region} {edition}",
                f"JAD {region} {edition}",
                f"jad-{slugify(region)}-{edition}",
                start.isoformat(),
                (start + datetime.timedelta(days=4)).isoformat(),
                "day",
                "",
                "",
                "published",
                NOW,
                NOW,
                series[f"jad-{slugify(region)}"],
                NOW,
                None,
                "",
            )
        )
    insert(
        "operations_operation",
        [
            "edition", "name", "short_name", "slug", "start_date", "end_date", "date_precision", "motto",
            "description", "status", "created_at", "updated_at", "series_id", "published_at", "published_by_id",
            "review_comment",
        ],
        operations,
    )  # fmt: skip
    operation_rows = cursor.execute("SELECT id, slug, short_name, start_date FROM operations_operation ORDER BY id")
    operation_rows = operation_rows.fetchall()

    sources, crime_links, centres, participations = [], [], [], []
    for operation_id, slug, short_name, start in operation_rows:
        published = (datetime.date.fromisoformat(start) + datetime.timedelta(days=10)).isoformat()
        sources.append(
            (f"Europol press release: {short_name}", "press_release", "", published, int(start[:4]),
             f"https://www.europol.europa.eu/media-press/newsroom/news/{slug}", "", "", europol)
        )  # fmt: skip
        sources.append(
            (f"Regional news report: {short_name}", "news_report", "Balkan News Agency", published, int(start[:4]),
             f"https://news.example/{slug}", "", "", None)
        )  # fmt: skip
        for area in rng.sample(sorted(areas.values()), 2):
            crime_links.append((operation_id, area))
        centres.append((CITIES[operation_id % len(CITIES)], "", rng.choice(countries), operation_id))
    insert(
        "operations_source",
        ["title", "kind", "publisher_name", "published_on", "year", "url", "seed_file", "note", "publisher_id"],
        sources,
    )
    insert("operations_operation_crime_areas", ["operation_id", "crimearea_id"], crime_links)
    insert("operations_coordinationcentre", ["city", "note", "host_country_id", "operation_id"], centres)
    source_ids = [row[0] for row in cursor.execute("SELECT id FROM operations_source ORDER BY id")]

    results = []
    result_count = 0
    country_names = dict(cursor.execute("SELECT id, name FROM participants_participant"))
    for index, (operation_id, _slug, short_name, _start) in enumerate(operation_rows):
        taking_part = sorted(rng.sample(countries, COUNTRY_SLOTS))
        for participant in [*taking_part, europol, people["frontex"]]:
            participations.append(("", operation_id, participant))
        operation_sources = source_ids[index * SOURCES_PER_OPERATION : (index + 1) * SOURCES_PER_OPERATION]
        for metric_id, _code, metric_name, unit_id, _parent in metrics:
            unit = unit_codes[unit_id]
            for country in [None, *taking_part]:
                base = value_for(rng, unit)
                for source_index, source_id in enumerate(operation_sources):
                    if result_count >= rows:
                        break
                    if source_index == 0:
                        value, qualifier = base, "exact"
                    else:
                        qualifier = rng.choice(QUALIFIERS_QUALIFIED)
                        value = None if base is None else (round(base * 0.98, 3) if unit == "kg" else int(base * 0.98))
                    where = f" in {country_names[country]}" if country else ""
                    shown = "no figure given" if value is None else f"{value}"
                    quote = f"{short_name}: {shown} {metric_name.lower()}{where}, according to the source."
                    results.append(
                        (value, qualifier, quote, "", NOW, NOW, country, metric_id, operation_id, source_id, 0)
                    )
                    result_count += 1
        if len(results) >= 200_000:
            insert_results(cursor, results)
            results = []
    insert_results(cursor, results)
    insert("operations_participation", ["note", "operation_id", "participant_id"], participations)
    leads = cursor.execute("SELECT id FROM operations_participation WHERE participant_id = ?", (europol,)).fetchall()
    insert("operations_participation_roles", ["participation_id", "role_id"], [(pk, roles["lead"]) for (pk,) in leads])

    activities = []
    for index, (operation_id, slug, short_name, start) in enumerate(operation_rows[:50]):
        activities.append(
            ("training", f"Pre-operational training for {short_name}", f"training-{slug}", "", "Ljubljana", start,
             None, "day", 15000 + index, "exact", "EUR", "", people["seesac"], operation_id,
             source_ids[index * SOURCES_PER_OPERATION])
        )  # fmt: skip
    insert(
        "operations_activity",
        [
            "kind", "title", "slug", "description", "place", "start_date", "end_date", "date_precision", "value",
            "value_qualifier", "currency", "quote", "implementer_id", "operation_id", "source_id",
        ],
        activities,
    )  # fmt: skip
    connection.commit()
    connection.close()

    metric_codes = {code: metric_id for metric_id, code, *_ in metrics}
    return {
        "rows": result_count,
        "operations": len(operation_rows),
        "filtered_operation": operation_rows[len(operation_rows) // 2][1],
        "filtered_operation_id": operation_rows[len(operation_rows) // 2][0],
        "metric": "arrests",
        "metric_ids": [mid for mid, code, *_ in metrics if code == "arrests" or code.startswith("arrests-")],
        "export_metric": "entities-checked",
        "export_metric_ids": [
            metric_codes[code] for code in metric_codes if code == "entities-checked" or code.startswith("entities-")
        ],
        "metrics": len(metrics),
        "sources": len(source_ids),
    }


def insert_results(cursor, results):
    cursor.executemany(
        "INSERT INTO operations_result (value, qualifier, quote, note, created_at, updated_at, country_id, "
        "metric_id, operation_id, source_id, is_headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        results,
    )
