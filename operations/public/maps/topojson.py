"""Decoding TopoJSON (the format of world-atlas's Natural Earth files) into rings of longitudes and
latitudes, without a dependency: PyPI has encoders with numpy and shapely, no small decoder.

A topology stores every border once, as an *arc*: a line of points that is quantized (integers,
turned back into degrees by the topology's `transform`) and delta-encoded (each point after the
first is the difference from the one before). A polygon is a list of rings, each a list of arc
indexes; an index `~i` (that is, `-i - 1`) means arc `i` walked backwards. Two countries that share
a border share its arc, so simplifying each arc once keeps their borders identical.
See the specification: https://github.com/topojson/topojson-specification.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Feature:
    """One geometry of a topology's object: its id, its properties, and its polygons as rings of
    arc indexes ([polygon][ring][arc index])."""

    id: str | None
    properties: dict
    polygons: tuple


def decode_arcs(topology):
    """Every arc of the topology as a list of (longitude, latitude), quantization and delta
    encoding undone."""
    transform = topology.get("transform")
    if transform is None:  # an unquantized topology stores absolute positions
        return [[(float(x), float(y)) for x, y, *_rest in arc] for arc in topology["arcs"]]
    (scale_x, scale_y), (translate_x, translate_y) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_rest in arc:
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def features(topology, object_name):
    """The (multi)polygons of one object of the topology, such as world-atlas's "countries".
    Other geometry types (points, lines) are not drawn on a map of areas and are left out."""
    collection = topology["objects"][object_name]
    geometries = collection["geometries"] if collection["type"] == "GeometryCollection" else [collection]
    found = []
    for geometry in geometries:
        if geometry["type"] == "Polygon":
            polygons = (geometry["arcs"],)
        elif geometry["type"] == "MultiPolygon":
            polygons = tuple(geometry["arcs"])
        else:
            continue
        found.append(Feature(geometry.get("id"), geometry.get("properties", {}), polygons))
    return found


def ring_points(ring, arc):
    """The points of a ring given by arc indexes, in order; `arc(i)` gives the points of arc `i`
    (decoded, perhaps projected), walked backwards for the index `~i`. Each arc after the first
    starts where the one before ended, so its first point is not repeated."""
    points = []
    for index in ring:
        arc_points = arc(index) if index >= 0 else arc(~index)[::-1]
        points.extend(arc_points if not points else arc_points[1:])
    return points
