"""A chart as a file: the standalone SVG (`svg_document`) and the PNG drawn from it (`png_of`).

The SVG is the page's server-drawn chart with what a picture on its own needs: a white background,
its colours and font written in (no site stylesheet reaches it), the title above the bars, and under
them the figure checks' note, the sources and a line naming the register, the chart's address and
the data's licence. Text stays text, so the numbers can be read, searched and copied.

The PNG is that SVG rasterised by resvg (the resvg-py wheel, no system library), with the fonts of
settings.CHART_FONT_FILES only (DejaVu Sans: Latin and Cyrillic), so a PNG looks the same on every
server; `check_chart_fonts` is a system check that they are there (a warning, so that `make run`
still starts on a machine without them), since without them the PNG would have bars and no words.
"""

import textwrap
from pathlib import Path

import resvg_py
from django.conf import settings
from django.core import checks
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

TITLE_SIZE = 16
TEXT_SIZE = 11
LINE_GAP = 1.45  # a line's height, in font sizes
MARGIN = 12
MAX_SOURCE_LINES = 4
PNG_ZOOM = 2  # sharp on high-density screens and in print


def wrapped(text, width_units, font_size, bold=False):
    """`text` in lines that fit `width_units` at `font_size` (DejaVu Sans averages about 0.55 em
    a character, 0.62 em in bold)."""
    per_character = font_size * (0.62 if bold else 0.55)
    return textwrap.wrap(text, max(int(width_units / per_character), 20)) or [""]


def source_name(source):
    return f"{source.publisher.display_name}: {source.title}" if source.publisher else source.title


def source_lines(chart, width_units):
    if chart.sources:
        titles = "; ".join(source_name(source) for source in chart.sources)
        text = ngettext("Source: %(sources)s", "Sources: %(sources)s", len(chart.sources)) % {"sources": titles}
    else:
        text = _("Counted by the JAD Register from the published operations and activities it records.")
    lines = wrapped(text, width_units, TEXT_SIZE)
    if len(lines) > MAX_SOURCE_LINES:
        lines = [*lines[: MAX_SOURCE_LINES - 1], lines[MAX_SOURCE_LINES - 1] + " …"]
    return lines


def svg_document(shared, page_url):
    """The chart of `shared` (a views.SharedChart) as a standalone SVG document; `page_url` is the
    absolute address of the chart's page, written in its source line."""
    chart = shared.chart
    inner = chart.width - 2 * MARGIN
    title = wrapped(chart.title, inner, TITLE_SIZE, bold=True)
    y = MARGIN
    title_lines = []
    for line in title:
        y += TITLE_SIZE * LINE_GAP
        title_lines.append((round(y - TITLE_SIZE * 0.35, 1), line))
    bars_top = round(y + MARGIN / 2, 1)
    y = bars_top + chart.height + MARGIN / 2
    footer = [
        *(wrapped(chart.note, inner, TEXT_SIZE) if chart.note else []),
        *source_lines(chart, inner),
        *wrapped(_("JAD Register: %(address)s") % {"address": page_url}, inner, TEXT_SIZE),
        _("Licence: %(licence)s (%(address)s)")
        % {"licence": settings.DATA_LICENCE_NAME, "address": settings.DATA_LICENCE_URL},
    ]
    footer_lines = []
    for line in footer:
        y += TEXT_SIZE * LINE_GAP
        footer_lines.append((round(y - TEXT_SIZE * 0.35, 1), line))
    return render_to_string(
        "operations/chart.svg",
        {
            "chart": chart,
            "title_lines": title_lines,
            "bars_top": bars_top,
            "footer_lines": footer_lines,
            "margin": MARGIN,
            "height": round(y + MARGIN),
            "title_size": TITLE_SIZE,
            "text_size": TEXT_SIZE,
        },
    )


def png_of(svg):
    """The PNG of an SVG document (bytes), at twice its size."""
    fonts = [str(path) for path in settings.CHART_FONT_FILES]
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            zoom=PNG_ZOOM,
            skip_system_fonts=True,
            font_files=fonts,
            font_family="DejaVu Sans",
            sans_serif_family="DejaVu Sans",
        )
    )


def check_chart_fonts(app_configs=None, **kwargs):
    missing = [str(path) for path in settings.CHART_FONT_FILES if not Path(path).is_file()]
    if not missing:
        return []
    return [
        checks.Warning(
            f"The fonts the charts' PNG files are drawn with are missing: {', '.join(missing)}.",
            hint="apt-get install fonts-dejavu-core, or set CHART_FONT_FILES to fonts with Latin and Cyrillic.",
            id="operations.W001",
        )
    ]
