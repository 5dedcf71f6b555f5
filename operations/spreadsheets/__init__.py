"""Every spreadsheet in and out of the register.

- In: `reading` (CSV and XLSX files, refused with a reason when they cannot be imported; `rows`
  gives their rows one at a time and finds what refuses a whole file; `xlsx` reads a workbook's
  cells), `widgets` (cells to values, with messages a person understands),
  `lookups` (cells that name something the register knows), `references` (the cells every
  resource reads the same way: an operation, a metric, a unit, a qualifier, a source),
  `natural_keys` (the base resource: natural keys, strict headers, history; `instances` finds
  each row's stored object), `resources` (the register: results, operations, participations,
  sources, activities) and `catalogues` (metrics, units, qualifiers, kinds of activity, series,
  crime areas, roles, coordination centres), `templates` (a blank file to fill in), `reports`
  (the preview and its problems), `bulk` (results in bulk: `manage.py import_results` and the
  background import), `background` (big results files imported by a worker, with progress).
- Out: `writing` (the one formula sanitizer, the workbook and CSV writers, file names),
  `exports` (the public tables as CSV and XLSX; `streaming` reads their rows in one view of the
  register, on PostgreSQL as the query makes them), `workbook` (one operation in one workbook;
  `sheets` its sheets, `worksheets` their rows written to XlsxWriter a whole row at a time),
  `comparison` (the comparison page as a file), `provenance` (what a downloaded file says of
  itself: licence, page, last update, release, citation).

May import: operations.models, operations.quality, operations.review, operations.citation,
participants.models, participants.footnotes, participants.spreadsheets.
"""
