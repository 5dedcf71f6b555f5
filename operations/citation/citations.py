"""What a citation says, whatever its format: who (the register), what (the register, an operation,
a figure of an operation, a release), when (the day the register last changed, or the release's),
which release, where (its address) and the day it was read. `formats` writes it as plain text,
BibTeX and CSL-JSON.

A figure is one metric of one operation, for the whole operation or for one country, with every
statement the sources made of it (operations.public.figures); its address is its own page.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .licence import Licence, data_licence

REGISTER = "JAD Register"


@dataclass(frozen=True)
class Citation:
    key: str  # the BibTeX key and CSL id: letters, digits and hyphens
    title: str
    url: str  # absolute
    accessed: datetime.date
    issued: datetime.date | None  # the day what is cited last changed (None: not known)
    release: object  # a releases.ReleaseRef, or None
    licence: Licence
    in_register: bool  # a part of the register (an operation, a figure), not the register itself
    note: str = ""  # a designation's footnote (Kosovo*) the title calls for

    @property
    def version(self):
        return str(self.release.number) if self.release is not None else None


def citation_key(*parts):
    """'jad-register-jad-see-2023-arrests-kosovo': ASCII, for BibTeX's keys and CSL's ids."""
    return slugify(" ".join(["jad-register", *(str(part) for part in parts if part)]))


def issued_on(updated, release):
    """A release is dated by its day; the live register by the day it last changed."""
    if release is not None:
        return release.published_on
    if isinstance(updated, datetime.datetime):
        return timezone.localtime(updated).date() if timezone.is_aware(updated) else updated.date()
    return updated


def citation(key, title, url, accessed, updated, release, *, in_register=True, note=""):
    """A Citation of the register or a part of it, dated and licensed as every citation is."""
    return Citation(
        key=key,
        title=title,
        url=url,
        accessed=accessed,
        issued=issued_on(updated, release),
        release=release,
        licence=data_licence(),
        in_register=in_register,
        note=note,
    )


def register_citation(url, accessed, updated=None, release=None):
    """The register as a whole (its home page)."""
    key = citation_key(f"release-{release.number}" if release else "")
    title = _("Results of multinational law-enforcement Joint Action Days and the capacity building around them")
    return citation(key, title, url, accessed, updated, release, in_register=False)


def operation_citation(operation, url, accessed, updated=None, release=None):
    """An operation: its page, with all its figures, participants and sources."""
    title = f"{operation.short_name}: {operation.name}" if operation.short_name != operation.name else operation.name
    return citation(citation_key(operation.slug), title, url, accessed, updated, release)


def table_citation(title, url, accessed, updated=None, release=None):
    """A table of the register as filtered (its address carries the filters), or a comparison."""
    return citation(citation_key(title), title, url, accessed, updated, release)


def figure_title(operation, metric, country=None):
    if country is None:
        return _("%(metric)s in %(operation)s") % {"metric": metric.name, "operation": operation.short_name}
    return _("%(metric)s, %(country)s, in %(operation)s") % {
        "metric": metric.name,
        "country": country.display_name,
        "operation": operation.short_name,
    }


def figure_citation(operation, metric, country, url, accessed, updated=None, release=None):
    """One figure of an operation: a metric for the whole operation (`country` None) or one country."""
    key = citation_key(operation.slug, metric.code, country.slug if country is not None else "")
    note = f"*{country.local_name}: {country.footnote}" if country is not None and country.footnote else ""
    return citation(key, figure_title(operation, metric, country), url, accessed, updated, release, note=note)
