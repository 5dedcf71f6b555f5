"""Reading the rows of a big export: in one view of the register, a chunk at a time, and on
PostgreSQL as the query makes them."""

import contextlib

from django.core.exceptions import EmptyResultSet
from django.db import connections, transaction
from django.db.backends.utils import CursorDebugWrapper

CHUNK_SIZE = 2000


@contextlib.contextmanager
def snapshot(using="default"):
    """One transaction whose reads all see the register as it was when it began: a SQLite read
    transaction (write-ahead log), a REPEATABLE READ one on PostgreSQL. Inside a transaction
    already (a test's), that one's view is used.

    And the sort of a large export gets memory enough to stay off the disk on PostgreSQL (100,000
    results: 16 MB spilled with the default 4 MB)."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                if outermost:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cursor.execute("SET LOCAL work_mem = '64MB'")
        yield


@contextlib.contextmanager
def streamed(queryset, *fields):
    """The rows of `queryset` as tuples of `fields`, read a chunk at a time, in a `snapshot`.

    The rows are not asked for before the first is taken: whatever else an export reads (the names
    of what the rows point to) is read inside the same snapshot first, and agrees with the rows."""
    with snapshot(queryset.db):
        values = queryset.values_list(*fields)
        if connections[queryset.db].vendor == "postgresql":
            rows = _streamed_by_postgresql(values)
        else:
            rows = values.iterator(chunk_size=CHUNK_SIZE)  # SQLite's cursor steps through the query
        try:
            yield rows
        finally:
            # Rows left unread (an error, a visitor gone) are let go before the transaction ends:
            # on PostgreSQL the connection is the stream's until then.
            rows.close()


def _streamed_by_postgresql(queryset):
    """The rows in psycopg's chunked streaming (libpq 17 and later): PostgreSQL sends them as the
    query makes them, without waiting to be asked, while this process writes the ones it has.
    Django's server-side cursor asks for each chunk in turn, and waits for it: the rows of the CSV
    of 100,000 results took 0.39-0.49 s that way, 0.20-0.25 s streamed (docs/performance.md)."""
    compiler = queryset.query.get_compiler(queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return
    connection = connections[queryset.db]
    with connection.cursor() as cursor, connection.wrap_database_errors:
        rows = cursor.cursor.stream(sql, params, size=CHUNK_SIZE)
        logged = cursor.debug_sql(sql, params) if isinstance(cursor, CursorDebugWrapper) else contextlib.nullcontext()
        with logged:  # in Django's log of queries, like any other (the time is that of the first chunk)
            first = next(rows, None)
        if first is None:
            return

        def refuse(execute, sql, params, many, context):
            # The connection is the stream's until its last row: a query meanwhile would wait for
            # ever. The stream is cancelled (its transaction with it) and the query refused.
            rows.close()
            raise RuntimeError(
                "No query can run on this connection while an export's rows are streamed from it: "
                f"read what the rows need before the first row ({sql[:80]})"
            )

        with connection.execute_wrapper(refuse):
            yield from compiler.results_iter(results=[[first], rows], tuple_expected=True)
