"""What happened and who said so: operations, their figures, the capacity building around them.

The app is a few rooms, each a subpackage that owns one concern and says in its docstring what
it may import. Dependencies run one way, from the top of this list to the bottom:

- `admin`: the secretariat's data entry (the Django admin), on top of everything below.
- `opendata`: the whole public register for reuse: the data package, releases, the DCAT-AP record.
- `public`: what visitors see: pages, tables, filters, charts, the comparison, the page cache.
- `spreadsheets`: every import and export: file reading, resources, templates, reports, bulk
  import, the public tables' CSV and XLSX, the operation workbook.
- `review`: how the register changes: the review workflow, corrections, history, the revision.
- `quality`: the figure checks and the one headline rule. They only report.
- `frozen`: each release's frozen copy of the register, and `?release=N` reading it.
- `models`: the records: models, their QuerySets (the public doors), constraints, vocabularies.

`demo` (the demo data) writes through `models` and `review`; `management` holds thin commands.
docs/architecture.md draws the rooms and says where each common change goes.
"""
