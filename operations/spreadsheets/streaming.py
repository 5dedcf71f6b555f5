"""Reading the rows of a big export: a chunk at a time, and on PostgreSQL as the query makes them."""

import contextlib

from django.db import connections, transaction

CHUNK_SIZE = 2000


@contextlib.contextmanager
def streamed(queryset, *fields):
    """The rows of `queryset` as tuples of `fields`, read a chunk at a time, in a transaction.

    On PostgreSQL, Django's chunked reading outside a transaction declares its cursor WITH HOLD,
    which makes the server run the whole query and keep every row before sending the first; inside
    one, rows are sent as the query makes them. And the sort of a large export gets memory enough
    to stay off the disk (100,000 results: 16 MB spilled with the default 4 MB). The CSV of 100,000
    results on PostgreSQL took 2.26 s before, 0.72-1.00 s after (in-process, load 3: docs/performance.md)."""
    rows = queryset.values_list(*fields).iterator(chunk_size=CHUNK_SIZE)
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        yield rows  # SQLite's cursor already hands rows over as it steps through the query
        return
    with transaction.atomic(using=queryset.db):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL work_mem = '64MB'")
        yield rows
