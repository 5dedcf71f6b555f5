"""How a table of the data package is declared: its columns with their Table Schema types, its
primary key and foreign keys, and the rows it reads from a public door. The same declaration
writes the CSV (`Table.cells`) and describes it in datapackage.json (`Table.schema`)."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.translation import get_language_info

from operations.models import DatePrecision
from operations.models.languages import STORED
from operations.models.languages import columns as language_columns
from operations.spreadsheets.exports import plain_number
from operations.spreadsheets.streaming import CHUNK_SIZE
from operations.spreadsheets.writing import neutralise


def text_cell(value):
    # Made inert for spreadsheets as in every export of the register (operations.spreadsheets.writing).
    return neutralise(value) if value else ""


def number_cell(value):
    return "" if value is None else plain_number(value)


def boolean_cell(value):
    return "true" if value else "false"


def datetime_cell(value):
    return "" if value is None else value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# How a value read from the database is written in a cell, by Table Schema type; csv.writer writes
# integers and dates (ISO 8601) as they are, and None as an empty cell (the package's missing value).
CELLS = {"string": text_cell, "number": number_cell, "boolean": boolean_cell, "datetime": datetime_cell}


@dataclass(frozen=True)
class Column:
    """One column: its name in the CSV, its Table Schema type, what it holds, where it is read from
    (a field or expression of the table's queryset, by default the column's name) and constraints."""

    name: str
    type: str
    description: str
    source: object = None
    required: bool = False
    unique: bool = False
    enum: tuple = ()

    def field(self):
        """The column in datapackage.json."""
        described = {"name": self.name, "type": self.type, "description": self.description}
        if self.type == "datetime":
            described["format"] = "%Y-%m-%dT%H:%M:%SZ"
        constraints = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if constraints:
            described["constraints"] = constraints
        return described


@dataclass(frozen=True)
class Reference:
    """A foreign key: `columns` of this table name the primary key (`key`) of `table` ("" for itself)."""

    columns: tuple
    table: str
    key: tuple = ("id",)


@dataclass(frozen=True)
class Table:
    """One CSV file of the package: `rows()` gives a queryset, of public records only, that the
    columns' sources are read from in primary-key order."""

    name: str
    description: str
    columns: tuple
    rows: Callable
    primary_key: tuple = ("id",)
    references: tuple = ()

    @property
    def file_name(self):
        return f"{self.name}.csv"

    def header(self):
        return [column.name for column in self.columns]

    def cells(self):
        """The rows as lists of cells, read a chunk at a time: never the whole table in memory."""
        sources = [column.source or column.name for column in self.columns]
        queryset = self.rows()
        expressions = {f"_{index}": source for index, source in enumerate(sources) if not isinstance(source, str)}
        if expressions:
            queryset = queryset.annotate(**expressions)
        names = [source if isinstance(source, str) else f"_{index}" for index, source in enumerate(sources)]
        # Only the columns whose values need writing differently from how csv.writer writes them.
        converted = [(index, CELLS[column.type]) for index, column in enumerate(self.columns) if column.type in CELLS]
        source_of = dict(zip(self.header(), names, strict=True))
        ordering = [source_of[name] for name in self.primary_key]
        rows = queryset.order_by(*ordering).values_list(*names).iterator(chunk_size=CHUNK_SIZE)
        for row in rows:
            cells = list(row)
            for index, convert in converted:
                cells[index] = convert(cells[index])
            yield cells

    def schema(self):
        """The table's Table Schema."""
        schema = {
            "fields": [column.field() for column in self.columns],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.references:
            schema["foreignKeys"] = [
                {
                    "fields": list(reference.columns),
                    "reference": {"resource": reference.table, "fields": list(reference.key)},
                }
                for reference in self.references
            ]
        return schema


def choices(model, field_name):
    """The stored values of a field with choices, for a column's `enum`."""
    return tuple(value for value, _label in model._meta.get_field(field_name).choices)


def public_or_none(field_name, door):
    """An expression: the id in `field_name` where `door` (a queryset of public records) holds it,
    else empty. A link to a draft (an activity supporting an operation not yet published) is left
    out rather than naming what is not public."""
    return models.Case(
        models.When(
            models.Exists(door.filter(pk=models.OuterRef(field_name))),
            then=models.F(field_name),
        ),
        default=None,
    )


def identifier(what):
    return Column("id", "integer", f"Identifier of the {what} in the register; stable across releases.", required=True)


def in_languages(field, what, required=True):
    """The column of a translated field in English (`field`), then one per regional language
    (`field_sr_latn`, `field_mk`, `field_sq`), empty where no regional word was entered."""
    english, *regional = language_columns(field)
    languages = [get_language_info(language)["name"] for language in STORED[1:]]
    return (
        Column(field, "string", f"The {what} in English.", source=english, required=required),
        *(
            Column(name, "string", f"The {what} in {language}, if given.")
            for name, language in zip(regional, languages, strict=True)
        ),
    )


def period(what):
    precisions = tuple(DatePrecision.values)
    return (
        Column("start_date", "date", f"When the {what} started, as precisely as the sources say."),
        Column("start_precision", "string", "day, month (the 1st stands for the month) or year.", enum=precisions),
        Column("end_date", "date", f"When the {what} ended."),
        Column("end_precision", "string", "day, month or year.", enum=precisions),
        Column("duration_days", "integer", "A length in days, where the sources give one rather than dates."),
    )
