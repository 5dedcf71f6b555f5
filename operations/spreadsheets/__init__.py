"""Every spreadsheet in and out of the register.

- In: `reading` (CSV and XLSX files, refused with a reason when they cannot be imported; `xlsx`
  reads a workbook's cells), `widgets` (cells to values, with messages a person understands),
  `natural_keys` (the base resource: natural keys, strict headers, history), `resources` and
  `catalogues` (one resource per register model), `templates` (a blank file to fill in),
  `reports` (the preview and its problems), `bulk` (`manage.py import_results`).
- Out: `writing` (the one formula sanitizer, the workbook and CSV writers, file names),
  `exports` (the public tables as CSV and XLSX), `workbook` (one operation in one workbook),
  `comparison` (the comparison page as a file).

May import: operations.models, operations.quality, operations.review, participants.models,
participants.footnotes, participants.spreadsheets.
"""
