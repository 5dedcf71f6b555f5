"""Frozen registers: the register as it stood in each release, for `?release=N`.

When an editor publishes release N, `copies.freeze(N)` copies the register's tables, in the
transaction that publishes it, into a frozen copy of their own: a SQLite file beside the database
(settings.FROZEN_REGISTER_DIR) or a PostgreSQL schema `release_N` in the same database (so that
its backups keep it and every server reads it). A request that asks for `?release=N` reads that
copy instead of the live tables (`reading`: a middleware and a database router): every page,
table, filter list, export and API answer is then the register of release N, through the very
same code and public doors, with nothing to keep in step.

May import: operations.models.
"""
