"""Europe and its neighbours as SVG paths, one per country, computed once per process.

From world-atlas's Natural Earth countries at 1:50 million (static/vendor/world-atlas, see
VERSIONS.md): decoded, projected on the EU's equal-area grid, simplified, clipped to the window and
rounded to whole units, so a whole map stays well under 150 kB. Countries are keyed by their ISO
3166-1 alpha-2 code, as `Participant.country` stores them. Natural Earth gives no numeric code to
Kosovo, which is matched by its name to XK (the register's code for it, with its footnote), nor to
"N. Cyprus", drawn as part of Cyprus, as the EU and the UN recognise it.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django_countries import countries

from .geometry import area, centroid, clip, path_data, project, rounded, simplify
from .topojson import decode_arcs, features, ring_points

ATLAS = Path(settings.BASE_DIR) / "static" / "vendor" / "world-atlas" / "countries-50m.json"
#: The window: the smallest rectangle of the projection that holds these places (longitude,
#: latitude): Iceland's west cape, Cape St Vincent, the North Cape, Azerbaijan's Caspian shore, Crete
#: and Cyprus's south coast (so Europe, the Maghreb's coast, Türkiye and the Caucasus are in sight).
FRAME_POINTS = ((-24.5, 65.5), (-9.0, 36.5), (25.8, 71.2), (50.4, 40.0), (25.0, 34.8), (33.0, 34.5))
#: The map's width in SVG units; its height follows from the window.
WIDTH = 1000
#: How far (in units) a simplified border may stray from Natural Earth's: under a pixel at 1000 px.
TOLERANCE = 0.7
#: A country whose area is smaller (in square units) is also marked by a dot, so it can be seen and clicked.
SMALL_AREA = 40
#: Features without an ISO numeric code, matched by their Natural Earth name.
CODES_BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY"}


@dataclass(frozen=True)
class Shape:
    """A country as drawn: its path, where to put a mark on it, and whether it is too small to see."""

    code: str
    path: str
    label_x: int
    label_y: int
    is_small: bool


@dataclass(frozen=True)
class Europe:
    width: int
    height: int
    shapes: dict
    """{ISO alpha-2 code: Shape}, for every country with something inside the window."""


def code_of(feature):
    if feature.id is None:
        return CODES_BY_NAME.get(feature.properties.get("name"))
    return countries.alpha2(int(feature.id)) or None


def frame():
    """The window on the projection plane: its left and top edges, the scale to SVG units and the
    height in them (y grows downwards in SVG, northwards on the plane)."""
    margin = 0.01  # on the unit sphere's plane: about 60 km of sea around the places named
    projected = [project(lon, lat) for lon, lat in FRAME_POINTS]
    left, right = min(x for x, _ in projected) - margin, max(x for x, _ in projected) + margin
    bottom, top = min(y for _, y in projected) - margin, max(y for _, y in projected) + margin
    scale = WIDTH / (right - left)
    return left, top, scale, round((top - bottom) * scale)


def near_window(feature, arcs):
    """Whether a point of the feature lies in a box of longitudes and latitudes wide around the
    window: the rest of the world (nine tenths of the points) is not projected at all."""
    return any(
        -45 <= lon <= 75 and 20 <= lat <= 85
        for polygon in feature.polygons
        for ring in polygon
        for index in ring
        for lon, lat in arcs[index if index >= 0 else ~index]
    )


@cache
def europe():
    """The countries in the window, read and drawn once per process (they never change)."""
    topology = json.loads(ATLAS.read_text())
    left, top, scale, height = frame()

    def to_svg(point):
        x, y = project(*point)
        return (x - left) * scale, (top - y) * scale

    arcs = decode_arcs(topology)
    drawn = {}

    def drawn_arc(index):
        """Projected and simplified on first use: only the arcs of countries near the window."""
        if index not in drawn:
            drawn[index] = simplify([to_svg(point) for point in arcs[index]], TOLERANCE)
        return drawn[index]

    # Cut a little outside the frame, so the edges that clipping adds along it are not seen.
    margin = 10
    rings_by_code, specks = {}, {}
    for feature in features(topology, "countries"):
        code = code_of(feature)
        if code is None or not near_window(feature, arcs):
            continue
        for polygon in feature.polygons:
            for ring in polygon:
                inside = clip(ring_points(ring, drawn_arc), -margin, -margin, WIDTH + margin, height + margin)
                points = rounded(inside)
                if len(points) >= 3:
                    rings_by_code.setdefault(code, []).append(points)
                elif inside:  # smaller than a unit (Monaco, the Vatican): kept as a point for its dot
                    specks.setdefault(code, inside[0])
    shapes = {}
    for code in rings_by_code.keys() | specks.keys():
        rings = rings_by_code.get(code, [])
        x, y = centroid(max(rings, key=area)) if rings else specks[code]
        if not (0 <= x <= WIDTH and 0 <= y <= height):
            continue  # only a sliver at the edge, where no mark could be seen
        shapes[code] = Shape(code, path_data(rings), round(x), round(y), sum(map(area, rings)) < SMALL_AREA)
    return Europe(WIDTH, height, shapes)
