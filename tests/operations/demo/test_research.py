"""The 37 research records (../shared/research/operations.json) in the demo data: every source,
every figure with its value, unit, source and the source's own words, every qualifier read as the
source put it, all of it published."""

import json
import re
from decimal import Decimal

import pytest

from operations.models import Activity, Dimension, Operation, Result, Source
from tests.operations.demo.seeds import RESEARCH

pytestmark = [
    pytest.mark.usefixtures("demo_data"),
    pytest.mark.skipif(not RESEARCH.is_file(), reason="the research notes are not next to this checkout"),
]

# How the notes spell units that the register names otherwise, by dimension.
MASS, MONEY, DURATION, PERCENT = {"kg", "tons", "tonnes"}, {"EUR", "USD"}, {"days", "years"}, {"percent"}


def records():
    return json.loads(RESEARCH.read_text(encoding="utf-8"))


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def statements_of(entry):
    """The register's statements that can be this entry of the notes: its source, its value, its words."""
    candidates = Result.objects.filter(source__url=entry["source"]).select_related("unit", "qualifier")
    if entry["value"] is not None:
        candidates = candidates.filter(value=Decimal(str(entry["value"])))
    return [statement for statement in candidates if squeeze(entry["quote"]) in squeeze(statement.quote)]


def stated_dimension(unit):
    word = unit.split(" ")[0]
    if word in MASS:
        return Dimension.MASS
    if word in MONEY:
        return Dimension.MONEY
    if word in DURATION:
        return Dimension.DURATION
    if word in PERCENT:
        return Dimension.PERCENT
    return Dimension.COUNT


def test_every_source_of_the_notes_is_a_source_with_its_address():
    addresses = {source["url"] for record in records() for source in record["sources"]}
    addresses |= {entry["source"] for record in records() for entry in record["results"]}
    stored = set(Source.objects.exclude(url="").values_list("url", flat=True))
    assert addresses - stored == set()


def test_a_sum_the_notes_made_is_held_as_the_printed_parts():
    sums = [entry for record in records() for entry in record["results"] if "(sum)" in entry["metric"]]
    assert sums
    for entry in sums:
        printed = [
            statement.value
            for statement in Result.objects.filter(source__url=entry["source"]).exclude(value=None)
            if squeeze(statement.quote) in squeeze(entry["quote"])
        ]
        assert len(printed) > 1 and sum(printed) == entry["value"], entry


def test_every_figure_is_stated_as_published_in_its_unit():
    for record in records():
        for entry in record["results"]:
            if "(sum)" in entry["metric"]:
                continue  # not printed by the source: see the test above
            found = statements_of(entry)
            assert found, (record["name"], entry["metric"], entry["value"], entry["quote"])
            for statement in found:
                assert statement.unit.dimension == stated_dimension(entry["unit"]), (entry, statement.unit)
                if statement.unit.dimension == Dimension.MONEY:
                    assert statement.unit.currency == entry["unit"], entry


def spellings(qualifier):
    """How sources and the notes may write a qualifier: its name, its other spellings, "none" for exact."""
    words = [qualifier.name, qualifier.name_sr_latn]
    words += [alias.strip() for alias in qualifier.aliases.split(";") if alias.strip()]
    return [word for word in words if word] + (["none"] if qualifier.code == "exact" else [])


def said_in(part, qualifier):
    return any(re.search(rf"\b{re.escape(word)}\b", part) for word in spellings(qualifier))


def test_every_qualifier_is_the_sources_word():
    for record in records():
        addresses = {source["url"] for source in record["sources"]} | {entry["source"] for entry in record["results"]}
        for entry in record["results"]:
            words = entry["qualifier"]
            if words is None:
                for statement in statements_of(entry):
                    # none in the notes: exact, unless the quote itself carries the word
                    assert statement.qualifier_id == "exact" or said_in(statement.quote.lower(), statement.qualifier), (
                        entry,
                        statement.qualifier_id,
                    )
                continue
            # A note may give two sources' or two places' words ("nearly (Frontex) / around (Europol)"):
            # each is a statement of the same figure in the record's sources.
            same_figure = Result.objects.filter(source__url__in=addresses, value=entry["value"]).select_related(
                "qualifier"
            )
            for part in re.split(r";| / ", words.lower()):
                assert any(said_in(part, statement.qualifier) for statement in same_figure), (entry, part)


def test_what_the_notes_hold_is_published():
    research = Result.objects.exclude(source__url="")
    assert research.count() >= sum(len(record["results"]) for record in records())
    assert set(research.public().values_list("pk", flat=True)) == set(research.values_list("pk", flat=True))


def test_every_page_of_the_demo_data_shows(client):
    """Every operation (with its workbook) and every activity of the shipped data has a page."""
    for operation in Operation.objects.published():
        assert client.get(operation.get_absolute_url()).status_code == 200, operation
        assert client.get(f"{operation.get_absolute_url()}workbook.xlsx").status_code == 200, operation
    for activity in Activity.objects.public():
        assert client.get(activity.get_absolute_url()).status_code == 200, activity
