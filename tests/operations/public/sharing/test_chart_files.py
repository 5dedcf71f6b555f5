"""A chart as a file (operations.public.sharing.files): the SVG stands alone, with its title, its
numbers as text, its sources, the chart's address and the licence; the PNG is drawn from it with
the fonts settings.CHART_FONT_FILES names, and the system check says when they are missing."""

import struct
import xml.etree.ElementTree as ElementTree

import pytest
import resvg_py

from operations.public.sharing.files import check_chart_fonts, png_of, wrapped
from tests import public_fixtures

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)

SVG = "{http://www.w3.org/2000/svg}"
ARRESTS = "/operations/jad-see-2024/charts/arrests/"


def texts(document):
    return [element.text for element in document.iter(f"{SVG}text")]


def png_size(png):
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    return width, height


@pytest.mark.django_db
def test_the_svg_file_stands_alone_with_its_numbers_as_text_and_its_source_line(client, world, settings):
    document = ElementTree.fromstring(client.get(ARRESTS + "chart.svg").content)

    assert document.tag == f"{SVG}svg"
    assert document.find(f"{SVG}title").text == "Arrests: breakdown"
    description = document.find(f"{SVG}desc").text
    # Whole in the file, the note too (a page says it under the chart instead).
    assert "566 in total" in description and "the 2 parts add up to 562, 4 fewer" in description
    written = texts(document)
    assert written[0] == "Arrests: breakdown"  # the title, drawn
    bars = ["Firearms trafficking", "262", "Migrant smuggling", "300"]  # each label, then its number
    assert [text for text in written if text in bars] == bars
    footer = " ".join(written[written.index("300") + 1 :])
    assert "the 2 parts add up to 562, 4 fewer than the 566 reported" in footer
    assert "Source: Europol: Europol: JAD SEE 2024 results" in footer
    assert "JAD Register: http://testserver/operations/jad-see-2024/charts/arrests/" in footer
    assert f"Licence: {settings.DATA_LICENCE_NAME} ({settings.DATA_LICENCE_URL})" in footer
    # Its colours are in the file: no stylesheet of the site reaches a file.
    assert ".bar-rect { fill: #0d6efd; }" in document.find(f"{SVG}style").text


@pytest.mark.django_db
def test_the_svg_file_follows_the_language(client, world):
    document = ElementTree.fromstring(client.get(ARRESTS + "chart.svg", HTTP_ACCEPT_LANGUAGE="sr-Latn").content)
    assert any(text.startswith("Licenca: ") for text in texts(document))


@pytest.mark.django_db
def test_a_chart_counted_by_the_register_says_so(client, world):
    document = ElementTree.fromstring(
        client.get("/participants/north-macedonia/charts/operations-per-year/chart.svg").content
    )
    assert "Counted by the JAD Register from the published operations and activities it records." in texts(document)


@pytest.mark.django_db
def test_the_png_is_the_svg_drawn_at_twice_its_size_with_its_words(client, world):
    svg = client.get(ARRESTS + "chart.svg").content.decode()
    document = ElementTree.fromstring(svg)
    png = client.get(ARRESTS + "chart.png").content

    assert png_size(png) == (2 * int(document.get("width")), 2 * int(document.get("height")))
    assert png == png_of(svg)
    # Without the fonts, the same SVG draws its bars and no words: the words are in the PNG.
    wordless = bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=2, skip_system_fonts=True, font_files=[]))
    assert png_size(wordless) == png_size(png)
    assert wordless != png


def test_long_lines_are_wrapped_to_the_width():
    lines = wrapped("word " * 60, 616, 11)
    assert len(lines) > 1 and all(len(line) <= 616 / (11 * 0.55) for line in lines)


def test_missing_chart_fonts_are_a_system_check_warning(settings, tmp_path):
    assert check_chart_fonts() == []
    settings.CHART_FONT_FILES = [tmp_path / "missing.ttf"]
    [error] = check_chart_fonts()
    assert error.id == "operations.W001" and "missing.ttf" in error.msg
