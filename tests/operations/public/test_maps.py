"""The maps' geometry (operations.public.maps): TopoJSON decoded from a tiny hand-made topology,
the equal-area projection, simplifying, clipping and path data, and the map of Europe drawn from the
vendored world-atlas file."""

import math

import pytest

from operations.public.maps.europe import europe
from operations.public.maps.geometry import area, centroid, clip, path_data, project, rounded, simplify
from operations.public.maps.topojson import decode_arcs, features, ring_points

# Two unit squares side by side, west (0..1) and east (1..2), sharing their border x = 1 as arc 0.
# Quantized on a grid of 0.5 degrees from (10, 40), each point after an arc's first as a difference.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 40]},
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "040", "properties": {"name": "West"}, "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "properties": {"name": "East"}, "arcs": [[[2, ~0]], [[3]]]},
                {"type": "Point", "coordinates": [0, 0]},
            ],
        }
    },
    "arcs": [
        [[2, 0], [0, 2]],  # (11, 40) → (11, 41): the shared border, northwards
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (11, 41) → (10, 41) → (10, 40) → (11, 40)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (11, 40) → (12, 40) → (12, 41) → (11, 41)
        [[8, 8], [1, 0], [0, 1], [-1, 0], [0, -1]],  # an island of its own: a closed arc
    ],
}


def test_arcs_are_dequantized_and_delta_decoded():
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0] == [(11.0, 40.0), (11.0, 41.0)]
    assert arcs[1] == [(11.0, 41.0), (10.0, 41.0), (10.0, 40.0), (11.0, 40.0)]
    assert arcs[3][0] == arcs[3][-1] == (14.0, 44.0)


def test_an_unquantized_topology_keeps_its_positions():
    topology = {"arcs": [[[10.5, 40.25], [11.5, 41.0]]], "objects": {}}
    assert decode_arcs(topology) == [[(10.5, 40.25), (11.5, 41.0)]]


def test_features_are_the_polygons_with_their_ids_and_properties():
    west, east = features(TOPOLOGY, "countries")  # the point is not an area: left out
    assert (west.id, west.properties, west.polygons) == ("040", {"name": "West"}, ([[0, 1]],))
    assert (east.id, east.properties["name"], len(east.polygons)) == (None, "East", 2)


def test_rings_are_stitched_from_arcs_walking_a_negative_index_backwards():
    arcs = decode_arcs(TOPOLOGY)
    west, east = features(TOPOLOGY, "countries")
    assert ring_points(west.polygons[0][0], arcs.__getitem__) == [
        (11.0, 40.0),
        (11.0, 41.0),
        (10.0, 41.0),
        (10.0, 40.0),
        (11.0, 40.0),
    ]
    # East walks the shared border southwards (~0): the same points, the other way round.
    assert ring_points(east.polygons[0][0], arcs.__getitem__) == [
        (11.0, 40.0),
        (12.0, 40.0),
        (12.0, 41.0),
        (11.0, 41.0),
        (11.0, 40.0),
    ]


def test_the_projection_is_centred_on_the_eu_grid_and_keeps_north_up():
    assert project(10, 52) == pytest.approx((0, 0), abs=1e-12)
    east, north = project(20, 52), project(10, 60)
    assert east[0] > 0 and north[1] > 0 and north[0] == pytest.approx(0, abs=1e-12)


@pytest.mark.parametrize("lon, lat", [(10, 52), (-20, 64), (45, 38), (25, 70)])
def test_the_projection_keeps_areas(lon, lat):
    """A small cell's area on the plane is its area on the unit sphere: Δλ · (sin φ2 − sin φ1)."""
    step = 0.5
    corners = [(lon, lat), (lon + step, lat), (lon + step, lat + step), (lon, lat + step)]
    on_plane = area([project(*corner) for corner in corners])
    on_sphere = math.radians(step) * (math.sin(math.radians(lat + step)) - math.sin(math.radians(lat)))
    assert on_plane == pytest.approx(on_sphere, rel=2e-3)


def test_simplify_drops_what_stays_within_the_tolerance_and_keeps_the_ends():
    line = [(0, 0), (1, 0.1), (2, -0.1), (3, 0), (4, 5), (5, 0)]
    assert simplify(line, 0.5) == [(0, 0), (3, 0), (4, 5), (5, 0)]
    assert simplify(line, 10) == [(0, 0), (5, 0)]


def test_simplify_keeps_a_closed_island_open_enough_to_be_drawn():
    island = [(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)]
    assert (4, 4) in simplify(island, 1)  # the farthest point from where the ring starts and ends


def test_clip_cuts_a_ring_along_the_frame():
    square = [(-5, -5), (5, -5), (5, 5), (-5, 5)]
    clipped = clip(square, 0, 0, 10, 10)
    assert sorted(clipped) == [(0, 0), (0, 5), (5, 0), (5, 5)]
    assert clip([(20, 20), (30, 20), (30, 30)], 0, 0, 10, 10) == []


def test_rounded_rings_become_short_relative_path_data():
    ring = rounded([(0.2, 0.1), (10.4, 0), (10, 9.6), (0, 10), (0.4, -0.2)])
    assert ring == [(0, 0), (10, 0), (10, 10), (0, 10)]
    assert path_data([ring, [(20, 20), (22, 20), (21, 18)]]) == "M0 0l10 0 0 10-10 0zM20 20l2 0-1-2z"
    assert centroid(ring) == pytest.approx((5, 5)) and area(ring) == 100


def test_europe_is_drawn_once_with_kosovo_on_its_own_and_cyprus_whole():
    drawn = europe()
    assert europe() is drawn  # kept for the process
    shapes = drawn.shapes
    for code in ("AT", "DE", "RS", "MK", "TR", "UA", "IS", "PT", "CY", "MT", "LI"):
        assert code in shapes, code
    # Natural Earth gives Kosovo no numeric code: matched by its name, drawn apart from Serbia.
    assert shapes["XK"].path and shapes["XK"].path != shapes["RS"].path
    # Northern Cyprus (no code either) is drawn as part of Cyprus: two areas, one shape.
    assert shapes["CY"].path.count("M") >= 2
    assert "US" not in shapes and "AU" not in shapes  # far outside the window
    assert shapes["MT"].is_small and shapes["LI"].is_small and not shapes["FR"].is_small
    assert "MC" in shapes and shapes["MC"].is_small  # smaller than a unit: a dot marks it
    for shape in shapes.values():
        assert 0 <= shape.label_x <= drawn.width and 0 <= shape.label_y <= drawn.height
    assert sum(len(shape.path) for shape in shapes.values()) < 60_000  # every border of the map
