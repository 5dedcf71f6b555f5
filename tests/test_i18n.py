"""The public site in English (the default) and in the region's languages: Serbian in Latin script,
Serbian in Cyrillic (transliterated from the Latin), Macedonian and Albanian. Chosen from the
browser's Accept-Language or the switcher, with dates, figures and the figure checks' notes in the
language, catalogues in which every public string is translated and compiled, and content (the
catalogues' names, countries) in the language where it has a version, English where not."""

import ast
import gettext
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from operations.management.commands.transliterate_messages import LATIN, to_cyrillic, transliterated
from tests.public_fixtures import world  # noqa: F401

pytestmark = pytest.mark.django_db

SERBIAN = {"HTTP_ACCEPT_LANGUAGE": "sr-Latn-RS,sr;q=0.9,en;q=0.5"}
NAVIGATION_SR = ["Operacije", "Rezultati", "Učesnici", "Izgradnja kapaciteta", "Izvori", "Poređenje"]
NAVIGATION_EN = ["Operations", "Results", "Participants", "Capacity building", "Sources", "Compare"]


def navigation(response):
    content = response.content.decode()
    nav = content[content.index('<ul class="navbar-nav">') : content.index("</ul>")]
    return re.findall(r'href="[^"]+">([^<]+)</a>', nav)


def test_english_is_the_default(client, world):  # noqa: F811
    response = client.get("/")
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in response.content.decode()
    assert navigation(response) == NAVIGATION_EN


@pytest.mark.parametrize("accept", ["sr-Latn-RS,sr;q=0.9", "sr-Latn"])
def test_serbian_from_the_browser(client, world, accept):  # noqa: F811
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response["Content-Language"] == "sr-latn"
    assert '<html lang="sr-latn">' in response.content.decode()
    assert navigation(response) == NAVIGATION_SR


@pytest.mark.parametrize(
    "accept, language, words",
    [
        ("sr", "sr", [to_cyrillic(word) for word in NAVIGATION_SR]),
        ("sr-RS", "sr", ["Операције", "Резултати", "Учесници", "Изградња капацитета", "Извори", "Поређење"]),
        ("mk-MK,mk;q=0.9", "mk", ["Операции", "Резултати", "Учесници", "Градење капацитети", "Извори", "Споредба"]),
        ("sq", "sq", ["Operacionet", "Rezultatet", "Pjesëmarrësit", "Ngritja e kapaciteteve", "Burimet", "Krahaso"]),
    ],
)
def test_the_region_s_other_languages_from_the_browser(client, world, accept, language, words):  # noqa: F811
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response["Content-Language"] == language
    assert f'<html lang="{language}">' in response.content.decode()
    assert navigation(response) == words


NAMES = [("en", "English"), ("sr-latn", "Srpski"), ("sr", "Српски"), ("mk", "Македонски"), ("sq", "Shqip")]


@pytest.mark.parametrize("accept", ["en", "sr-Latn", "sr", "mk", "sq"])
def test_switcher_offers_each_language_in_its_own_name(client, world, accept):  # noqa: F811
    page = client.get("/results/", HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    for code, name in NAMES:
        if code == accept.lower():
            assert f'<span class="fw-semibold" lang="{code}" aria-current="true">{name}</span>' in page
        else:
            button = f'value="{code}" lang="{code}" class="btn btn-link btn-sm p-0 align-baseline">{name}</button>'
            assert button in page


def test_a_language_the_site_does_not_have_falls_back_to_english(client, world):  # noqa: F811
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Content-Language"] == "en"


def test_switcher_chooses_serbian_and_back(client, world):  # noqa: F811
    page = client.get("/results/").content.decode()
    assert 'action="/i18n/setlang/" method="post"' in page
    assert '<button type="submit" name="language" value="sr-latn" lang="sr-latn"' in page
    assert 'name="next" value="/results/"' in page

    response = client.post("/i18n/setlang/", {"language": "sr-latn", "next": "/results/"})
    assert response.status_code == 302 and response["Location"] == "/results/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sr-latn"
    page = client.get("/results/").content.decode()
    assert '<h1 class="h2">Rezultati</h1>' in page
    assert '<span class="fw-semibold" lang="sr-latn" aria-current="true">Srpski</span>' in page

    client.post("/i18n/setlang/", {"language": "en", "next": "/results/"})
    assert '<h1 class="h2">Results</h1>' in client.get("/results/").content.decode()


def test_switcher_returns_only_to_this_site(client, world):  # noqa: F811
    response = client.post("/i18n/setlang/", {"language": "sr-latn", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_switcher_refuses_a_switch_from_another_site(client, world, headers):  # noqa: F811
    response = client.post("/i18n/setlang/", {"language": "sr-latn", "next": "/"}, **headers)
    assert response.status_code == 403
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.parametrize("headers", [{"HTTP_SEC_FETCH_SITE": "same-origin"}, {"HTTP_ORIGIN": "http://testserver"}, {}])
def test_switcher_accepts_a_switch_from_this_site(client, world, headers):  # noqa: F811
    response = client.post("/i18n/setlang/", {"language": "sr-latn", "next": "/"}, **headers)
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sr-latn"


def test_switcher_only_posts(client, world):  # noqa: F811
    assert client.get("/i18n/setlang/?language=sr-latn").status_code == 405


def test_public_pages_carry_no_per_visitor_token_and_vary_on_language(client, world):  # noqa: F811
    first, second = client.get("/operations/"), client.get("/operations/")
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert not first.cookies
    assert first["ETag"] == second["ETag"]
    assert {"Accept-Language", "Cookie"} <= {value.strip() for value in first["Vary"].split(",")}
    etags = {first["ETag"]} | {
        client.get("/operations/", HTTP_ACCEPT_LANGUAGE=language)["ETag"] for language in ("sr-Latn", "sr", "mk", "sq")
    }
    assert len(etags) == 5  # one cached page per language, none answered in another's


def test_operation_page_in_serbian(client, world):  # noqa: F811
    content = client.get(world.jad_2023.get_absolute_url(), **SERBIAN).content.decode()
    assert "13–18. novembar 2023." in content
    assert '<h2 id="results-heading" class="h4">Rezultati</h2>' in content
    assert "Kvalitet podataka" in content

    content = client.get(world.jad_2024.get_absolute_url(), **SERBIAN).content.decode()
    assert "1,5 kg" in content  # the decimal comma; thousands stay spaced
    assert "22 488" in content and "preko 22 000" in content
    # The figure checks' notes, in Serbian: two parts add up to 562, four fewer than the 566 reported.
    assert "2 dela u zbiru daju 562, 4 manje nego što je objavljeno (566)" in content
    assert "navedeno sa različitom preciznošću" in content


def test_operation_page_in_english_is_unchanged(client, world):  # noqa: F811
    content = client.get(world.jad_2024.get_absolute_url()).content.decode()
    assert "1.5 kg" in content and "over 22 000" in content
    assert "the 2 parts add up to 562, 4 fewer than the 566 reported" in content
    assert "13–18 November 2023" in client.get(world.jad_2023.get_absolute_url()).content.decode()


def test_results_table_and_filters_in_serbian(client, world):  # noqa: F811
    content = client.get("/results/?operation=jad-see-2024", **SERBIAN).content.decode()
    assert '<label class="form-label small mb-0" for="id_metric">Pokazatelj (sa raščlanjavanjem)</label>' in content
    assert ">više od</option>" in content  # the qualifiers' choices
    assert "Preuzmite svih 7 odgovarajućih redova" in content
    assert "Rezultati: svaki podatak onako kako ga je objavio jedan izvor" in content
    assert "(7 redova)" in content
    assert ">Vrednost</a>" in content


def test_comparison_in_serbian(client, world):  # noqa: F811
    content = client.get("/compare/?operations=jad-see-2023&operations=jad-see-2024", **SERBIAN).content.decode()
    assert "Poređenje operacija" in content and "Promena" in content
    assert "+2 488" in content and "+12,4 %" in content


def test_participant_and_activity_pages_in_serbian(client, world):  # noqa: F811
    content = client.get(world.kosovo.get_absolute_url(), **SERBIAN).content.decode()
    assert "Hronologija" in content and "Zemlja ili jurisdikcija van EU" in content
    content = client.get(world.training.get_absolute_url(), **SERBIAN).content.decode()
    assert "Obuka" in content and "10–12. mart 2024." in content and "15 000 EUR" in content


# The catalogue -------------------------------------------------------------------------------

LOCALE = Path(settings.BASE_DIR) / "locale"
#: The catalogues translated by hand; Serbian in Cyrillic (`sr`) is made from sr_Latn's.
TRANSLATED = ["sr_Latn", "mk", "sq"]
#: Strings only editors see (the admin, imports, the review workflow) may stay in English for now.
EDITORS_ONLY = (
    "templates/admin/",
    "operations/admin/",
    "operations/review/",
    "operations/spreadsheets/reading.py",
    "operations/spreadsheets/xlsx.py",
    "operations/spreadsheets/templates.py",
    "operations/spreadsheets/resources.py",
    "operations/spreadsheets/catalogues.py",
    "operations/spreadsheets/references.py",
    "operations/spreadsheets/natural_keys.py",
    "operations/spreadsheets/instances.py",
    "operations/spreadsheets/widgets.py",
    "operations/spreadsheets/lookups.py",
    "operations/spreadsheets/mapping.py",
    "operations/models/mappings.py",
    "operations/models/imports.py",
    "operations/spreadsheets/constraint_checks.py",
    "operations/spreadsheets/reports.py",
    "operations/spreadsheets/bulk.py",
    "operations/spreadsheets/background.py",
    "operations/spreadsheets/rows.py",
    "participants/admin.py",
    "participants/spreadsheets.py",
)


def catalogue_entries(language):
    """[(references, msgid, [msgstr...])] of a language's django.po, read without a library. A fuzzy
    entry (a guess by makemessages, which msgfmt leaves out) counts as untranslated."""
    entries = []
    for block in (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8").split("\n\n"):
        references, fields, current, fuzzy = [], {}, None, False
        for line in block.splitlines():
            if line.startswith("#:"):
                references += [reference.rsplit(":", 1)[0] for reference in line[2:].split()]
            elif line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith("#"):
                continue
            elif match := re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (\".*\")$", line):
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            translations = [value for name, value in fields.items() if name.startswith("msgstr")]
            translations = [""] * len(translations) if fuzzy else translations
            entries.append((references, fields["msgid"], translations))
    return entries


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_public_string_is_translated(language):
    untranslated = [
        (msgid, references)
        for references, msgid, translations in catalogue_entries(language)
        if not all(translations) and not all(reference.startswith(EDITORS_ONLY) for reference in references)
    ]
    assert not untranslated, untranslated


PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%%|%[sd]|<[^<>]+>")


def placeholders(text):
    return tuple(sorted(PLACEHOLDER.findall(text)))


def keeps_placeholders(entry, translation):
    allowed = {placeholders(entry.msgid)} | ({placeholders(entry.msgid_plural)} if entry.msgid_plural else set())
    return placeholders(translation) in allowed


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder_and_tag(language):
    """Each form keeps the placeholders of the English singular or, for a plural, of the English
    plural: "See the statement of %(metric)s" has a plural "See the %(counter)s statements of
    %(metric)s", and languages whose first form also counts 21, 31... need the number in it."""
    broken = [
        (entry.msgid, translation)
        for entry in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
        if not entry.obsolete and "fuzzy" not in entry.flags  # a guess msgfmt leaves out
        for translation in ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())
        if translation and not keeps_placeholders(entry, translation)
    ]
    assert not broken, broken


@pytest.mark.parametrize("language", [*TRANSLATED, "sr"])
def test_compiled_catalogue_matches_the_source(language):
    compiled = gettext.GNUTranslations((LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb"))
    stale = [
        msgid
        for _references, msgid, translations in catalogue_entries(language)
        if len(translations) == 1 and translations[0] and compiled.gettext(msgid) != translations[0]
    ]
    assert not stale, f"run compilemessages: {stale}"


def test_the_cyrillic_catalogue_is_the_transliteration_of_the_latin():
    generated = str(transliterated(polib.pofile(str(LATIN))))
    written = (LOCALE / "sr" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert written == generated, "run make translations"


def test_transliteration_keeps_placeholders_tags_addresses_and_acronyms():
    latin = 'Podaci <a href="%(url)s">JAD</a> za {count} EU zemlje: https://example.org/a (%(n)d%%)'
    assert to_cyrillic(latin) == 'Подаци <a href="%(url)s">JAD</a> за {count} EU земље: https://example.org/a (%(n)d%%)'


# Content: the catalogues' names and countries --------------------------------------------------


@pytest.fixture
def regional_names(world):  # noqa: F811
    """Arrests named in Serbian (Latin) and Macedonian; Officers involved in English only; Bosnia and
    Herzegovina given a Macedonian name, the other countries none."""
    world.arrests.name_sr_latn, world.arrests.name_mk = "Uhapšena lica", "Уапсени лица"
    world.arrests.save()
    world.bosnia.name_mk = "БиХ"
    world.bosnia.save()
    return world


@pytest.mark.parametrize(
    "accept, arrests",
    [
        ("en", "Arrests"),
        ("sr-Latn", "Uhapšena lica"),
        ("sr", "Ухапшена лица"),
        ("mk", "Уапсени лица"),
        ("sq", "Arrests"),
    ],
)
def test_an_operation_page_names_metrics_in_its_language_english_where_none(client, regional_names, accept, arrests):
    content = client.get(regional_names.jad_2024.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    assert arrests in content
    assert "Officers involved" in content  # no regional name: English, in every language and script
    if arrests != "Arrests":
        assert ">Arrests<" not in content


@pytest.mark.parametrize(
    "accept, spain, bosnia",
    [
        ("en", "Spain", "Bosnia and Herzegovina"),
        ("sr-Latn", "Španija", "Bosna i Hercegovina"),
        ("sr", "Шпанија", "Босна и Херцеговина"),
        ("mk", "Шпанија", "БиХ"),  # the name an editor entered beats the ISO one
        ("sq", "Spanjë", "Bosnjë dhe Hercegovinë"),
    ],
)
def test_a_country_without_a_regional_name_is_named_from_its_code(client, regional_names, accept, spain, bosnia):
    content = client.get("/participants/", HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    assert spain in content and bosnia in content


def test_the_results_table_and_its_choices_follow_the_language(client, regional_names):
    content = client.get("/results/?operation=jad-see-2024", HTTP_ACCEPT_LANGUAGE="sr").content.decode()
    assert "<td>Ухапшена лица – Migrant smuggling</td>" in content  # the part has no regional name
    assert ">Ухапшена лица</option>" in content
    assert "Косово" in content  # Kosovo's name in the table, from the register's own catalogue
    content = client.get("/results/?operation=jad-see-2024", HTTP_ACCEPT_LANGUAGE="sq").content.decode()
    assert ">Arrests</option>" in content and "Kosova" in content


def test_exports_write_the_names_of_their_language(client, regional_names):
    csv = b"".join(client.get("/results/?_export=csv", HTTP_ACCEPT_LANGUAGE="sr-Latn").streaming_content).decode()
    assert "Uhapšena lica" in csv and "Officers involved" in csv and "preko" in csv
    assert csv.splitlines()[0].startswith("Operation,")  # the headers stay English, a stable format
    csv = b"".join(client.get("/results/?_export=csv").streaming_content).decode()
    assert "Uhapšena lica" not in csv and "Arrests" in csv
    response = client.get("/results/?_export=xlsx", HTTP_ACCEPT_LANGUAGE="mk")
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_the_english_column_stays_english_whatever_the_editor_s_language(regional_names):
    from django.utils.translation import override

    from operations.models import Metric

    with override("sr-latn"):
        arrests = Metric.objects.get(code="arrests")
        assert arrests.name == "Uhapšena lica"
        arrests.position = 7
        arrests.save()
    assert Metric.objects.filter(code="arrests").values_list("name", flat=True).get() == "Arrests"
