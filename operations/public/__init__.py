"""The public site: what visitors see.

`views` (thin class-based views), `listing` (the one way a table page works: filters, sorted and
paged table, exports), `tables` (django-tables2), `filters` (django-filter), `choices` (the
drop-downs' choices, read once per revision of the register), `cache` (pages for anonymous
visitors kept in the shared cache under the register's revision), `figures` (an operation's
figures as a tree), `charts`, `maps` (countries on a map of Europe, as server-drawn SVG),
`comparison`, `search` (the search box), `citing` ("Cite this": the figures' own pages and the
citations' downloads), `metadata` (schema.org Dataset metadata), `context_processors` (the licence
and "last updated" of every page), `feeds` (Atom) and `sitemaps` (sitemap.xml, robots.txt). Every
query starts from a public door of `operations.models`.

May import: operations.models, operations.quality, operations.spreadsheets, operations.citation,
participants.models, participants.footnotes.
"""
