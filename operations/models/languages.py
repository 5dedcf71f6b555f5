"""The register's catalogues carry an English word and, where an editor gave one, the regional
language's (Serbian, Latin script): a page shows the one of its language."""

from django.utils.translation import get_language


def in_active_language(name, regional):
    """`regional` in a Serbian page where it is given, `name` (English) otherwise."""
    return regional if regional and (get_language() or "").startswith("sr") else name
