"""Open data: the whole public register for reuse, and releases people can cite.

`tables` (the package's tables: columns with their types, primary and foreign keys, rows read
through the public doors; declared with `schema`), `vocabulary` (the catalogue's tables: metrics,
units, qualifiers...), `package` (the zip of one CSV per table and its `datapackage.json`, written
row by row from one consistent view of the register), `current` (the package of the register as it
is now: built by the background worker after each change, kept in the database, served by
/data/jad-register.zip), `dcat` (the DCAT-AP catalogue record, JSON-LD), `releases` (publishing a
numbered release: the package frozen in the database with its SHA-256, in one change to the
register), `differences` (what changed since the previous release, the two packages compared),
`views` (/data/, the package, the catalogue record, /releases/).

May import: operations.models, operations.frozen, operations.review, operations.spreadsheets,
operations.public, participants.models.
"""
