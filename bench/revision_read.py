"""What reading the register's revision costs, through the ORM and through a plain cursor
(operations.models.revision: every public page reads it first, and a page answered from the cache
reads nothing else).

    .venv/bin/python bench/revision_read.py [--repeat 5000]

Prints the median of each, in microseconds, on the database the bench uses (SQLite by default;
DATABASE_URL in the environment wins, for PostgreSQL).
"""

import argparse
import os
import statistics
import sys
import time

import servers


def timed(read, repeat):
    for _ in range(200):  # warm-up: connection, caches
        read()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        read()
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5000)
    args = parser.parse_args()
    environment = servers.django_environment()
    environment["DATABASE_URL"] = os.environ.get("DATABASE_URL", environment["DATABASE_URL"])
    os.environ.update(environment)
    sys.path.insert(0, str(servers.ROOT))
    import django

    django.setup()
    from operations.models import Revision

    through_cursor = timed(Revision.objects.current, args.repeat)
    through_orm = timed(lambda: Revision.objects.filter(pk=1).values_list("tag", flat=True).first(), args.repeat)
    print(f"database: {environment['DATABASE_URL'].split('://')[0]}; {args.repeat} reads each, median")
    print(f"plain cursor (Revision.objects.current): {through_cursor:.1f} µs")
    print(f"ORM (filter().values_list().first()):     {through_orm:.1f} µs")


if __name__ == "__main__":
    main()
