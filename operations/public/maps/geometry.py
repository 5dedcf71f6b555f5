"""Plane geometry for the maps: the projection, and the steps that keep an SVG small and its shared
borders identical (simplify each arc once, then clip and round each ring).

The projection is Lambert's azimuthal equal-area on the sphere, centred as the EU's own map grid
(ETRS89-LAEA, EPSG:3035: 10° E, 52° N), so that areas compare fairly across the window. A sphere
rather than the ellipsoid: at this scale the difference is well under a pixel.
"""

import math

CENTRE_LONGITUDE = 10.0
CENTRE_LATITUDE = 52.0


_LON0 = math.radians(CENTRE_LONGITUDE)
_SIN_LAT0, _COS_LAT0 = math.sin(math.radians(CENTRE_LATITUDE)), math.cos(math.radians(CENTRE_LATITUDE))


def project(longitude, latitude):
    """(x, y) on the unit sphere's Lambert azimuthal equal-area plane, y up (north)."""
    lat = math.radians(latitude)
    sin_lat, cos_lat = math.sin(lat), math.cos(lat)
    cos_dlon = math.cos(math.radians(longitude) - _LON0)
    cos_c = _SIN_LAT0 * sin_lat + _COS_LAT0 * cos_lat * cos_dlon
    # 1 + cos c is 0 only at the antipode (the South Pacific), far outside any window drawn here.
    k = math.sqrt(2 / max(1 + cos_c, 1e-12))
    x = k * cos_lat * math.sin(math.radians(longitude) - _LON0)
    y = k * (_COS_LAT0 * sin_lat - _SIN_LAT0 * cos_lat * cos_dlon)
    return x, y


def simplify(points, tolerance):
    """Douglas–Peucker: the fewest of `points` (ends kept) that stay within `tolerance` of the line.
    A closed line (an island drawn as one arc) keeps its farthest point from its start too."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    limit = tolerance * tolerance
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = None, limit
        for index in range(first + 1, last):
            gap = _distance_squared(points[index], points[first], points[last])
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _distance_squared(point, start, end):
    """From `point` to the segment start–end (to `start` when the segment is a point)."""
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    cx, cy = ax + t * dx, ay + t * dy
    return (px - cx) ** 2 + (py - cy) ** 2


def clip(ring, left, top, right, bottom):
    """Sutherland–Hodgman: the part of a closed ring inside the rectangle (a shape cut by the edge
    follows the edge). An empty list when nothing of it is inside."""
    edges = (
        (lambda p: p[0] >= left, lambda a, b: _cross_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _cross_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _cross_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _cross_y(a, b, bottom)),
    )
    for inside, crossing in edges:
        if not ring:
            break
        clipped = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    clipped.append(crossing(previous, point))
                clipped.append(point)
            elif inside(previous):
                clipped.append(crossing(previous, point))
            previous = point
        ring = clipped
    return ring


def _cross_x(a, b, x):
    return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def _cross_y(a, b, y):
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y


def rounded(ring):
    """The ring on whole units, without a point that repeats the one before (or the first)."""
    points = []
    for x, y in ring:
        point = (round(x), round(y))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[-1] == points[0]:
        points.pop()
    return points


def area(ring):
    """The ring's area (shoelace formula), positive whatever its direction."""
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def centroid(ring):
    """The centre of mass of the ring's area (its first point when it has none)."""
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if twice_area == 0:
        return ring[0]
    return cx / (3 * twice_area), cy / (3 * twice_area)


def path_data(rings):
    """SVG path data for rings of whole-unit points: each ring an absolute move then relative
    lines ("M12 40l3-2 4 5z"), the shortest common form."""
    parts = []
    for ring in rings:
        (x, y), rest = ring[0], ring[1:]
        steps = []
        for nx, ny in rest:
            steps.append(f"{nx - x} {ny - y}")
            x, y = nx, ny
        parts.append(f"M{ring[0][0]} {ring[0][1]}l{' '.join(steps)}z".replace(" -", "-"))
    return "".join(parts)
