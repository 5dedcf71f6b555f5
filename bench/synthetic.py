"""A deterministic synthetic register for benchmarks: every operation published, ROWS_PER_OPERATION
results each (80 metrics in a two-level tree × the operation-wide figure and 24 countries × two
sources), with the participants, sources, participations, coordination centres and a few activities
around them (what each was worth is a statement of the metric "value" in EUR, as migration 0007 makes
of an old activity's value: these 50 results come on top of `rows`). The catalogue is catalogue.py.

The database is migrated by Django first (so its schema, indexes and constraints are the project's),
then filled in one transaction: a SQLite file with plain sqlite3 `executemany` (a million results:
11.5 s here), a PostgreSQL database (a `postgres://` URL) with psycopg's COPY, then VACUUM ANALYZE
(the statistics and visibility map autovacuum would leave on a register of that size). The same seed
gives the same rows, and the same ids in a freshly migrated database, in both.

The rows pass the models' constraints and clean(): units in dimensions (factor 1; money with a
currency and no factor), each total's parts in one breakdown of the same dimension, each statement in
its metric's unit, about an operation or (the values) an activity.

Shape, chosen so that the measured filters select round numbers of rows:
- `?operation=<slug>&metric=arrests` selects 7 metrics × 50 = 350 rows of one operation;
- `?metric=entities-checked` selects 8 metrics × 50 × 250 = 100,000 rows (the export under test).
"""

import datetime
import random
import sqlite3

import psycopg
from catalogue import (
    AGENCIES,
    CITIES,
    CRIME_AREAS,
    EU_MEMBER_STATES,
    KOSOVO_FOOTNOTE,
    METRIC_TREE,
    MONEY,
    NON_EU,
    PARTNERS,
    QUALIFIERS_QUALIFIED,
    REGIONS,
    UNITS,
    VALUE_METRIC,
    breakdown_along,
    metrics_in_order,
    slugify,
)

SEED = 20261124
COUNTRY_SLOTS = 24  # countries per operation with a figure, besides the operation-wide one
SOURCES_PER_OPERATION = 2
EDITIONS = range(2015, 2025)
NOW = "2026-11-24 12:00:00"
#: (table, column) of every name translated by django-modeltranslation (operations/translation.py,
#: participants/translation.py) that this module fills.
ENGLISH_COLUMNS = [
    ("operations_unit", "name"),
    ("operations_metric", "name"),
    ("operations_series", "name"),
    ("operations_operation", "description"),
    ("participants_participant", "name"),
]

ROWS_PER_OPERATION = len(metrics_in_order()) * (COUNTRY_SLOTS + 1) * SOURCES_PER_OPERATION  # 4,000


def value_for(rng, unit):
    if rng.random() < 0.02:
        return None  # named without a figure
    if unit == "kg":
        return round(rng.lognormvariate(3, 2), 3)
    return int(rng.lognormvariate(4, 1.8))


class SQLiteWriter:
    """Plain sqlite3: `executemany` for many rows, the row id for one."""

    mark = "?"

    def __init__(self, path):
        self.connection = sqlite3.connect(path)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -400000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.cursor = self.connection.cursor()
        self.cursor.execute("BEGIN")

    def insert(self, table, columns, values):
        marks = ", ".join("?" for _ in columns)
        self.cursor.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', values)

    def insert_one(self, table, columns, row):
        marks = ", ".join("?" for _ in columns)
        return self.cursor.execute(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', row).lastrowid

    def finish(self):
        self.connection.commit()
        self.connection.close()


class PostgresWriter:
    """psycopg: COPY for many rows (text format, so 0 and 1 read as booleans), RETURNING for one."""

    mark = "%s"

    def __init__(self, url):
        self.connection = psycopg.connect(url)
        self.cursor = self.connection.cursor()

    def insert(self, table, columns, values):
        with self.cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
            for row in values:
                copy.write_row(row)

    def insert_one(self, table, columns, row):
        marks = ", ".join("%s" for _ in columns)
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks}) RETURNING id'
        return self.cursor.execute(sql, row).fetchone()[0]

    def finish(self):
        self.connection.commit()
        self.connection.autocommit = True
        self.connection.execute("VACUUM ANALYZE")
        self.connection.close()


def fill(target, rows):
    """Fill the migrated, empty database `target` (a SQLite file's path, or a postgres:// URL) with
    `rows` results (the last operation may be partial). Returns a dict of what the benchmark needs
    to know (slugs, ids, counts)."""
    rng = random.Random(SEED)
    operations_needed = -(-rows // ROWS_PER_OPERATION)
    writer = PostgresWriter(target) if str(target).startswith("postgres") else SQLiteWriter(target)
    cursor, insert, insert_one = writer.cursor, writer.insert, writer.insert_one

    def ids(table, key="slug"):
        return dict(cursor.execute(f'SELECT {key}, id FROM "{table}"').fetchall())

    insert(
        "operations_unit",
        ["code", "name", "symbol", "dimension", "factor", "currency"],
        [*((*unit, 1, "") for unit in UNITS), (*MONEY, None, MONEY[2])],  # money: no factor; its symbol, EUR
    )
    units = ids("operations_unit", "code")
    dimensions = {code: dimension for code, _name, _symbol, dimension in (*UNITS, MONEY)}
    insert("operations_crimearea", ["name", "slug"], [(name, slugify(name)) for name in CRIME_AREAS])
    areas = ids("operations_crimearea")
    alongs = {code: breakdown_along(parts) for code, _name, _unit, parts in METRIC_TREE}
    metric_ids, breakdowns = {}, {}  # by code; {total code: its breakdown's id}
    for code, name, unit, parent, position, area in metrics_in_order():
        if parent and parent not in breakdowns:
            breakdown = (metric_ids[parent], alongs[parent], "exhaustive")
            breakdowns[parent] = insert_one("operations_breakdown", ["total_id", "along", "kind"], breakdown)
        metric_ids[code] = insert_one(
            "operations_metric",
            ["code", "name", "position", "description", "crime_area_id", "unit_id", "dimension", "parent_id",
             "breakdown_id"],
            (code, name, position, "", areas.get(area), units[unit], dimensions[unit], metric_ids.get(parent),
             breakdowns.get(parent)),
        )  # fmt: skip
    metrics = cursor.execute("SELECT id, code, name, unit_id, parent_id FROM operations_metric ORDER BY id").fetchall()
    value_code, value_name, value_description = VALUE_METRIC  # not an operation's figure: after `metrics`
    value_metric = insert_one(
        "operations_metric",
        ["code", "name", "position", "description", "unit_id", "dimension"],
        (value_code, value_name, len(METRIC_TREE), value_description, units[MONEY[0]], MONEY[3]),
    )
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
                0,
            )
        )
    insert(
        "operations_operation",
        [
            "edition", "name", "short_name", "slug", "start_date", "end_date", "start_precision", "end_precision",
            "motto", "description", "status", "created_at", "updated_at", "series_id", "published_at",
            "published_by_id", "review_comment", "is_aggregate",
        ],
        operations,
    )  # fmt: skip
    operation_rows = cursor.execute(
        "SELECT id, slug, short_name, CAST(start_date AS TEXT) FROM operations_operation ORDER BY id"
    )
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
                        (value, qualifier, quote, "", NOW, NOW, country, metric_id, operation_id, None, source_id,
                         unit_id, 0)
                    )  # fmt: skip
                    result_count += 1
        if len(results) >= 200_000:
            insert_results(insert, results)
            results = []
    insert_results(insert, results)
    insert("operations_participation", ["note", "operation_id", "participant_id"], participations)
    leads = cursor.execute(
        f"SELECT id FROM operations_participation WHERE participant_id = {writer.mark}", (europol,)
    ).fetchall()
    insert("operations_participation_roles", ["participation_id", "role_id"], [(pk, roles["lead"]) for (pk,) in leads])

    activities = []
    for index, (operation_id, slug, short_name, start) in enumerate(operation_rows[:50]):
        activities.append(
            ("training", f"Pre-operational training for {short_name}", f"training-{slug}", "", "Ljubljana", start,
             None, "day", "day", "", people["seesac"], operation_id, source_ids[index * SOURCES_PER_OPERATION],
             "published", NOW, "")
        )  # fmt: skip
    insert(
        "operations_activity",
        [
            "kind_id", "title", "slug", "description", "place", "start_date", "end_date", "start_precision",
            "end_precision", "quote", "implementer_id", "operation_id", "source_id", "status", "published_at",
            "review_comment",
        ],
        activities,
    )  # fmt: skip
    # What each was worth (EUR 15,000 and up, exact), a statement citing the activity's source.
    valued = cursor.execute("SELECT id, source_id FROM operations_activity ORDER BY id").fetchall()
    insert_results(
        insert,
        [
            (15000 + index, "exact", f"{15000 + index} EUR", "", NOW, NOW, None, value_metric, None, activity_id,
             source_id, units[MONEY[0]], 0)
            for index, (activity_id, source_id) in enumerate(valued)
        ],
    )  # fmt: skip
    # The English column of every translated name (django-modeltranslation reads `name_en`; the
    # untranslated column is the register's key), as the admin and migration 0018 write it. Without
    # it every name read as empty, and pages and exports skipped the work of writing names.
    for table, column in ENGLISH_COLUMNS:
        cursor.execute(f'UPDATE "{table}" SET "{column}_en" = "{column}" WHERE "{column}_en" IS NULL')
    writer.finish()

    metric_codes = {code: metric_id for metric_id, code, *_ in metrics}
    return {
        "rows": result_count,
        "activity_results": len(valued),
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


def insert_results(insert, results):
    insert(
        "operations_result",
        ["value", "qualifier", "quote", "note", "created_at", "updated_at", "country_id", "metric_id",
         "operation_id", "activity_id", "source_id", "unit_id", "is_headline"],
        results,
    )  # fmt: skip
