"""Citations as plain text, BibTeX and CSL-JSON: each parsed back by a reader of its format (pybtex
for BibTeX, citeproc-py for CSL-JSON), with the fields a reference manager needs."""

import datetime
import json
from types import SimpleNamespace

import pytest
from citeproc import Citation as CiteprocCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from django.test import override_settings
from django.utils import translation
from pybtex.database import parse_string

from operations.citation.citations import figure_citation, operation_citation, register_citation
from operations.citation.formats import as_bibtex, as_csl, as_csl_json, as_text
from operations.citation.releases import ReleaseRef

ACCESSED = datetime.date(2026, 3, 5)
UPDATED = datetime.datetime(2026, 2, 27, 14, 30, tzinfo=datetime.UTC)
OPERATION = SimpleNamespace(slug="jad-see-2023", short_name="JAD SEE 2023", name="EMPACT JAD South East Europe 2023")
ARRESTS = SimpleNamespace(code="arrests", name="Arrests")
KOSOVO = SimpleNamespace(
    slug="kosovo", display_name="Kosovo*", local_name="Kosovo", footnote="This designation is without prejudice."
)
URL = "https://register.example/operations/jad-see-2023/"
RELEASE = ReleaseRef(number=3, published_on=datetime.date(2026, 1, 15), path="/releases/3/")


def test_an_operation_in_plain_text_names_the_register_the_year_it_last_changed_and_the_day_it_was_read():
    text = as_text(operation_citation(OPERATION, URL, ACCESSED, UPDATED))
    assert text == (
        "JAD Register. (2026). JAD SEE 2023: EMPACT JAD South East Europe 2023 [Data set]. In JAD Register. "
        f"Retrieved 5 March 2026, from {URL}"
    )


def test_a_release_is_named_and_dates_the_citation():
    citation = operation_citation(OPERATION, URL, ACCESSED, UPDATED, release=RELEASE)
    assert citation.issued == datetime.date(2026, 1, 15)
    assert "In JAD Register (Release 3)." in as_text(citation)
    assert "Release 3." in as_text(register_citation("https://register.example/", ACCESSED, UPDATED, RELEASE))
    assert parse_string(as_bibtex(citation), "bibtex").entries[citation.key].fields["version"] == "3"
    assert as_csl(citation)["version"] == "3"


def test_without_a_known_date_the_text_says_no_date():
    assert "(n.d.)" in as_text(register_citation("https://register.example/", ACCESSED))


def test_the_plain_text_is_in_the_page_language():
    with translation.override("sr-latn"):
        text = as_text(operation_citation(OPERATION, URL, ACCESSED, UPDATED))
    assert "Retrieved" not in text
    assert "2026." in text  # the Serbian date format


def test_bibtex_parses_with_every_field_and_the_title_kept_whole():
    tricky = SimpleNamespace(slug="op-100", short_name="Op #1 & {2}", name="100% of_all ~costs^ \\ $")
    citation = operation_citation(tricky, URL + "?q=a#figure-1", ACCESSED, UPDATED)
    database = parse_string(as_bibtex(citation), "bibtex")
    assert list(database.entries) == ["jad-register-op-100"]
    entry = database.entries["jad-register-op-100"]
    assert entry.type == "misc"
    assert entry.fields["title"] == (
        r"{Op \#1 \& \{2\}: 100\% of\_all \textasciitilde{}costs\textasciicircum{} \textbackslash{} \$}"
    )
    assert entry.fields["year"] == "2026"
    assert entry.fields["date"] == "2026-02-27"
    assert entry.fields["url"] == URL + "?q=a#figure-1"
    assert entry.fields["urldate"] == "2026-03-05"
    assert entry.fields["publisher"] == "JAD Register"
    assert "CC BY 4.0" in entry.fields["note"]
    # The register is a body, one "last name" that a style must not split into initials.
    (author,) = entry.persons["author"]
    assert str(author) == "{JAD Register}"


def test_a_figure_for_a_country_with_a_designation_carries_its_footnote():
    url = "https://register.example/operations/jad-see-2023/figures/arrests/kosovo/"
    citation = figure_citation(OPERATION, ARRESTS, KOSOVO, url, ACCESSED, UPDATED)
    assert citation.key == "jad-register-jad-see-2023-arrests-kosovo"
    assert citation.title == "Arrests, Kosovo*, in JAD SEE 2023"
    entry = parse_string(as_bibtex(citation), "bibtex").entries[citation.key]
    assert "Kosovo: This designation is without prejudice." in entry.fields["note"]
    assert as_csl(citation)["note"] == "*Kosovo: This designation is without prejudice."
    assert figure_citation(OPERATION, ARRESTS, None, url, ACCESSED).title == "Arrests in JAD SEE 2023"


@override_settings(DATA_LICENCE_NAME="ODbL 1.0", DATA_LICENCE_URL="https://opendatacommons.org/licenses/odbl/1-0/")
def test_the_licence_comes_from_the_settings():
    citation = operation_citation(OPERATION, URL, ACCESSED, UPDATED)
    assert as_csl(citation)["license"] == "ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)"
    assert "ODbL 1.0" in parse_string(as_bibtex(citation), "bibtex").entries[citation.key].fields["note"]


# citeproc-py follows CSL 1.0.1, which had no `license` variable (CSL 1.0.2 added it).
@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_csl_json_has_the_fields_csl_requires_and_a_csl_processor_formats_it():
    citation = figure_citation(OPERATION, ARRESTS, None, URL, ACCESSED, UPDATED)
    (item,) = json.loads(as_csl_json(citation))
    assert item["id"] == citation.key and item["type"] == "dataset"  # the two CSL requires
    assert item["title"] == "Arrests in JAD SEE 2023"
    assert item["author"] == [{"literal": "JAD Register"}]
    assert item["issued"] == {"date-parts": [[2026, 2, 27]]}
    assert item["accessed"] == {"date-parts": [[2026, 3, 5]]}
    assert item["URL"] == URL
    assert item["container-title"] == "JAD Register"
    assert "version" not in item  # no release yet

    source = CiteProcJSON([item])
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(CiteprocCitation([CitationItem(citation.key)]))
    (entry,) = [str(line) for line in bibliography.bibliography()]
    assert "JAD Register" in entry and "2026" in entry and "Arrests in JAD SEE 2023" in entry


@pytest.mark.parametrize("extension", ["bib", "json"])
def test_an_operation_name_in_cyrillic_is_written_as_is(extension):
    cyrillic = SimpleNamespace(slug="jad-see-2024", short_name="ЈАД 2024", name="Заеднички акциски денови")
    citation = operation_citation(cyrillic, URL, ACCESSED, UPDATED)
    written = as_bibtex(citation) if extension == "bib" else as_csl_json(citation)
    assert "ЈАД 2024: Заеднички акциски денови" in written
    assert citation.key == "jad-register-jad-see-2024"
