"""A `Citation` written out: plain text in the style of APA's data sets (the words in the page's
language), BibTeX (`@misc`, which every BibTeX and biblatex style knows, with biblatex's `urldate`
and `version` beside classic BibTeX's `howpublished`) and CSL-JSON (what Zotero, Mendeley and
pandoc read; type `dataset`)."""

import json

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .citations import REGISTER

# LaTeX's special characters in a BibTeX field, as LaTeX writes them (one pass: no replacement is
# replaced again).
LATEX_SPECIAL = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)
CSL_CONTENT_TYPE = "application/vnd.citationstyles.csl+json"
BIBTEX_CONTENT_TYPE = "application/x-bibtex; charset=utf-8"
TEXT_CONTENT_TYPE = "text/plain; charset=utf-8"


def as_text(citation):
    """'JAD Register. (2026). JAD SEE 2023: … [Data set]. In JAD Register (Release 3). Retrieved
    5 March 2026, from https://…'"""
    year = str(citation.issued.year) if citation.issued else _("n.d.")
    parts = [f"{REGISTER}. ({year}). {citation.title} [{_('Data set')}]."]
    release = _("Release %(number)s") % {"number": citation.version} if citation.release is not None else ""
    if citation.in_register:
        parts.append(_("In %(register)s") % {"register": REGISTER} + (f" ({release})." if release else "."))
    elif release:
        parts.append(f"{release}.")
    accessed = date_format(citation.accessed, "DATE_FORMAT")
    parts.append(_("Retrieved %(date)s, from %(url)s") % {"date": accessed, "url": citation.url})
    return " ".join(parts)


def latex(text):
    return str(text).translate(LATEX_SPECIAL)


def bibtex_url(url):
    """An address as a BibTeX field holds it: braces are the one thing it cannot carry as they are."""
    return url.replace("{", "%7B").replace("}", "%7D")


def as_bibtex(citation):
    url = bibtex_url(citation.url)
    notes = [_("Data set"), f"{_('Licence')}: {citation.licence.name} ({citation.licence.url})"]
    if citation.note:
        notes.append(citation.note)
    fields = [
        ("author", f"{{{latex(REGISTER)}}}"),  # a body, not a person: never "Register, J. A. D."
        ("title", f"{{{latex(citation.title)}}}"),  # braced twice: styles must not change its case
        ("year", str(citation.issued.year) if citation.issued else None),
        ("date", citation.issued.isoformat() if citation.issued else None),
        ("publisher", latex(REGISTER)),
        ("version", citation.version),
        ("howpublished", rf"\url{{{url}}}"),
        ("url", url),
        ("urldate", citation.accessed.isoformat()),
        ("note", latex(". ".join(notes))),
    ]
    lines = [f"  {name} = {{{value}}}," for name, value in fields if value is not None]
    return "\n".join([f"@misc{{{citation.key},", *lines, "}"]) + "\n"


def date_parts(day):
    return {"date-parts": [[day.year, day.month, day.day]]}


def as_csl(citation):
    """The citation as one CSL-JSON item (a dict)."""
    item = {
        "id": citation.key,
        "type": "dataset",
        "title": citation.title,
        "author": [{"literal": REGISTER}],
        "publisher": REGISTER,
        "URL": citation.url,
        "accessed": date_parts(citation.accessed),
        "license": f"{citation.licence.name} ({citation.licence.url})",
    }
    if citation.in_register:
        item["container-title"] = REGISTER
    if citation.issued:
        item["issued"] = date_parts(citation.issued)
    if citation.version:
        item["version"] = citation.version
    if citation.note:
        item["note"] = citation.note
    return item


def as_csl_json(citation):
    """A CSL-JSON file: a list of items, here one."""
    return json.dumps([as_csl(citation)], ensure_ascii=False, indent=2) + "\n"
