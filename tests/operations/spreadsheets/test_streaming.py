"""Reading an export's rows (operations.spreadsheets.streaming): Django's rows, in one view of the
register; on PostgreSQL sent as the query makes them, on a connection nothing else may use meanwhile."""

import csv
import io
import threading

import pytest
from django.db import connection, connections

from operations.models import Metric, Operation, Result
from operations.spreadsheets.exports import ResultExport
from operations.spreadsheets.streaming import CHUNK_SIZE, streamed
from tests import public_fixtures
from tests.migration_data import restore_catalogues

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

only_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's streaming")
FIELDS = ("pk", "value", "metric__code", "source__published_on", "is_headline", "country__name", "quote")


def add_many_results(world, count):
    """`count` more figures of the 2024 operation, one per metric, written in two statements."""
    metrics = Metric.objects.bulk_create(
        Metric(code=f"many-{index}", name=f"Many {index}", unit=world.persons) for index in range(count)
    )
    Result.objects.bulk_create(
        Result(
            operation=world.jad_2024,
            metric=metric,
            value=index / 4,
            unit=world.persons,
            source=world.europol_release,
            country=world.kosovo if index % 3 else None,
            quote=f'"{index}", said the release',
        )
        for index, metric in enumerate(metrics)
    )


def test_rows_are_the_querysets_own_in_its_order(world):
    # More rows than a chunk, with every kind of value Django converts (decimal, date, boolean, null).
    add_many_results(world, CHUNK_SIZE + 10)
    queryset = Result.objects.public().order_by("-value", "pk")
    expected = list(queryset.values_list(*FIELDS))
    with streamed(queryset, *FIELDS) as rows:
        assert list(rows) == expected
    assert len(expected) > CHUNK_SIZE


@pytest.mark.parametrize("choice", [Result.objects.none, lambda: Result.objects.filter(pk__in=[])])
def test_a_choice_of_nothing_gives_no_rows(world, choice):
    with streamed(choice(), "pk") as rows:
        assert list(rows) == []
    with streamed(Result.objects.filter(value__gt=10**9), "pk") as rows:
        assert list(rows) == []


@only_postgresql
def test_a_query_while_the_rows_stream_is_refused_rather_than_left_waiting(world):
    # psycopg holds the connection until the last row: a query would wait for ever. The stream is
    # cancelled, the query refused, and the connection serves again once the reading has ended.
    refused = pytest.raises(RuntimeError, match="while an export's rows are streamed")
    with refused, streamed(Result.objects.order_by("pk"), "pk") as rows:
        next(rows)
        Operation.objects.count()
    assert Operation.objects.count() == 3


@only_postgresql
def test_an_error_while_the_rows_stream_frees_the_connection(world):
    add_many_results(world, CHUNK_SIZE * 3)
    with pytest.raises(LookupError), streamed(Result.objects.order_by("pk"), "pk") as rows:
        next(rows)
        raise LookupError("an export that fails half way: its transaction must still end")
    assert Result.objects.filter(metric__code__startswith="many-").count() == CHUNK_SIZE * 3


@only_postgresql
def test_rows_left_unread_free_the_connection(world):
    add_many_results(world, CHUNK_SIZE * 3)
    with streamed(Result.objects.order_by("pk"), "pk") as rows:
        next(rows)  # then a visitor leaves: the block ends with rows unread, and lets them go itself
    assert Result.objects.filter(metric__code__startswith="many-").count() == CHUNK_SIZE * 3


@only_postgresql  # SQLite's test database lives in memory, without the write-ahead log a read view needs
@pytest.mark.django_db(transaction=True)
def test_names_and_rows_come_from_one_view_of_the_register(monkeypatch):
    """An operation published by an editor just after an export has read the names of the
    published operations: its figures are not among the rows, which agree with the names."""
    restore_catalogues()  # a test outside a transaction may follow one that emptied the tables
    world = public_fixtures.build_world()
    read_names = ResultExport.name_tables

    def names_then_an_editor_publishes(export):
        names = read_names(export)
        editor = threading.Thread(target=publish, args=[world.draft.pk])
        editor.start()
        editor.join()
        return names

    monkeypatch.setattr(ResultExport, "name_tables", names_then_an_editor_publishes)
    text = "".join(ResultExport().csv_stream(Result.objects.public().order_by("pk")))
    quotes = [row[11] for row in csv.reader(io.StringIO(text))]
    assert "12 weapons in Kosovo*" in quotes
    assert "Secret 31337 arrests" not in quotes
    assert Result.objects.public().filter(quote="Secret 31337 arrests").exists()  # published meanwhile


def publish(pk):
    Operation.objects.filter(pk=pk).update(status=Operation.Status.PUBLISHED)
    connections.close_all()  # this thread's
