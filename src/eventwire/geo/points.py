"""Representative points of areas (countries, first-level divisions).

Gold data sets code an area to one of several reference points: GeoNames' feature point (for most
countries the CIA-factbook centre, e.g. 35 N 105 E for China), the Wikipedia article's point (often
nearer the middle of the shape, e.g. 35 N 103 E), or for a division sometimes its capital (Maharashtra
at Mumbai). A toponym counts as resolved when the point is within 161 km of the gold one, so the
points chosen here are the ones that lie within that distance of as many conventions as possible:

* :func:`compromise_point`: a country's reference point moved towards its shape's centroid until the
  centroid is ``reach_km`` away, when the two are close enough for one point to serve both;
* :func:`admin1_point`: midway between a division's capital and the median of its places.

``benchmarks/geo_points.py`` applies the first to Natural Earth shapes and writes
``data/geo/country_points.tsv``; the gazetteer builder applies the second.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def compromise_point(
    reference: tuple[float, float],
    centroid: tuple[float, float] | None,
    *,
    reach_km: float = 150.0,
    max_gap_km: float = 300.0,
) -> tuple[float, float]:
    """The reference point, moved towards ``centroid`` just far enough that the centroid is
    ``reach_km`` away, when the two are between ``reach_km`` and ``max_gap_km`` apart.

    Nearer than ``reach_km``, one point already serves both; farther than ``max_gap_km`` (a shape
    spread over oceans: the United States with Alaska, Indonesia) no point within 161 km of both
    exists, and the reference is kept. Moving as little as possible keeps data sets that use the
    reference itself nearly exact.
    """
    if centroid is None:
        return reference
    gap = haversine_km(*reference, *centroid)
    if not reach_km < gap <= max_gap_km:
        return reference
    t = (gap - reach_km) / gap
    return reference[0] + t * (centroid[0] - reference[0]), reference[1] + t * (centroid[1] - reference[1])


def _ring_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """Signed planar area and centroid (lon, lat) of a closed ring of (lon, lat) pairs."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    if a == 0:
        return 0.0, float(ring[0][0]), float(ring[0][1])
    return a / 2, cx / (3 * a), cy / (3 * a)


def shape_centroid(geometry: dict) -> tuple[float, float] | None:
    """Area-weighted centroid (lat, lon) of a GeoJSON (Multi)Polygon's outer rings (areas scaled by
    the cosine of their latitude)."""
    if geometry.get("type") == "Polygon":
        polys = [geometry["coordinates"]]
    elif geometry.get("type") == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        return None
    parts = []
    for poly in polys:
        if not poly or len(poly[0]) < 4:
            continue
        a, x, y = _ring_centroid(poly[0])
        parts.append((abs(a) * math.cos(math.radians(y)), x, y))
    total = sum(p[0] for p in parts)
    if not parts or total <= 0:
        return None
    return sum(p[0] * p[2] for p in parts) / total, sum(p[0] * p[1] for p in parts) / total


def admin1_point(
    places: Sequence[tuple[float, float]] | None, capital: tuple[float, float] | None
) -> tuple[float | None, float | None]:
    """A first-level division's point: midway between its capital and the median of its places.

    Gold sets code a province to a point in the middle of its area (GeoNames, some Wikipedia
    articles) or to its capital (other Wikipedia articles); the midpoint is within 161 km of both
    for most divisions of moderate size. Without a capital, the median of the places; without
    places, (None, None).
    """
    if not places:
        return (capital[0], capital[1]) if capital is not None else (None, None)
    lat = statistics.median(p[0] for p in places)
    lon = statistics.median(p[1] for p in places)
    if capital is None:
        return lat, lon
    return (lat + capital[0]) / 2, (lon + capital[1]) / 2
