"""The read-only JSON API under /api/: what the public site shows, for machines (docs/api.md).

Django REST framework with django-filter's backend, reusing the FilterSets of the site's tables
(`operations.public.filters`, `participants.public.filters`): the same parameters, the same
validation, except that an invalid value is a 400 here where the page shows it on the form.

`register` is the one place the API's querysets start from (`register_for(request)`: the public
doors now; the seam where `?release=N` will give the register as it stood in a release).
`base` holds what every endpoint shares (the filter backend, a strict cursor pagination, answers
kept in the shared cache under the register's revision, a JSON 404 for unknown addresses),
`throttling` the per-address throttle (settings.API_ANON_RATE), `negotiation` JSON whatever
the Accept header, `links` the absolute addresses
of API and site pages, `summaries` the small nested representations (a participant with its
Kosovo* footnote, a metric, a unit, a qualifier, a period), `findings` the figure checks'
findings, and each resource has its module: `operations`, `statements`, `sources`,
`activities`, `participants` (participants and countries). `documentation` serves the OpenAPI
schema and its Swagger UI page from drf-spectacular-sidecar's files, under the site's CSP.

May import: operations.models, operations.quality, operations.public, participants.models,
participants.footnotes, participants.public.
"""
