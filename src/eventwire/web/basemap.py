"""Build the offline basemap shipped with the web map from a Natural Earth countries GeoJSON.

The shipped file (``static/data/countries.geojson``) was made with::

    python -m eventwire.web.basemap ../shared/data/natural-earth/ne_50m_admin_0_countries.json \
        src/eventwire/web/static/data/countries.geojson

Natural Earth data is in the public domain. Only the name and the ISO3 code (``ADM0_A3``, which,
unlike ``ISO_A3``, is set for France and Norway) are kept; coordinates are rounded to ``digits``
decimals (2 decimals is about 1 km) and repeated points dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _round_ring(ring: list[list[float]], digits: int) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y, *_ in ring:
        pt = [round(x, digits), round(y, digits)]
        if not out or out[-1] != pt:
            out.append(pt)
    if len(out) >= 2 and out[0] != out[-1]:
        out.append(out[0])
    return out


def _round_geometry(geom: dict[str, Any], digits: int) -> dict[str, Any]:
    if geom["type"] == "Polygon":
        rings = [_round_ring(r, digits) for r in geom["coordinates"]]
        return {"type": "Polygon", "coordinates": [r for r in rings if len(r) >= 4]}
    if geom["type"] == "MultiPolygon":
        polys = []
        for poly in geom["coordinates"]:
            rings = [r for r in (_round_ring(r, digits) for r in poly) if len(r) >= 4]
            if rings:
                polys.append(rings)
        return {"type": "MultiPolygon", "coordinates": polys}
    return geom


def simplify_countries(data: dict[str, Any], *, digits: int = 2) -> dict[str, Any]:
    """A small FeatureCollection with ``name`` and ``iso3`` properties only."""
    features = []
    for f in data.get("features", []):
        props = f.get("properties") or {}
        geom = f.get("geometry")
        if not geom:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": props.get("NAME") or props.get("ADMIN"), "iso3": props.get("ADM0_A3")},
                "geometry": _round_geometry(geom, digits),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def build_basemap(src: Path, dst: Path, *, digits: int = 2) -> int:
    """Write the simplified basemap; returns the number of features."""
    data = json.loads(Path(src).read_text(encoding="utf-8"))
    out = simplify_countries(data, digits=digits)
    Path(dst).write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    return len(out["features"])


if __name__ == "__main__":  # pragma: no cover - maintenance tool
    build_basemap(Path(sys.argv[1]), Path(sys.argv[2]))
