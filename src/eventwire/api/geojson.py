"""Event dicts (the JSON contract, as the Store returns them) as GeoJSON features."""

from __future__ import annotations

import math
from typing import Any

from eventwire.located import country_only


def _coord(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    f = float(value)
    return f if math.isfinite(f) else None


def event_geometry(event: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point ``[longitude, latitude]`` from ``event["location"]``; None when unlocated or
    placed only in a country (its centroid is no place: see :mod:`eventwire.located`)."""
    loc = event.get("location")
    if not isinstance(loc, dict) or country_only(loc):
        return None
    lat, lon = _coord(loc.get("latitude")), _coord(loc.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


COMPACT_LOCATION = ("name", "country", "iso", "admin1", "geo_precision")


def _compact(event: dict[str, Any]) -> dict[str, Any]:
    """The fields a map needs to draw and label an event (same shapes as the full properties)."""
    loc = event.get("location")
    date = event.get("date")
    fat = event.get("fatalities")
    return {
        "id": event.get("id"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "date": {"value": date.get("value"), "precision": date.get("precision")}
        if isinstance(date, dict)
        else None,
        "location": {k: loc.get(k) for k in COMPACT_LOCATION} if isinstance(loc, dict) else None,
        "fatalities": {"count": fat.get("count")} if isinstance(fat, dict) else None,
        "background": event.get("background"),
        "confidence": event.get("confidence"),
        "sources": event.get("sources"),
    }


def event_feature(event: dict[str, Any], *, compact: bool = False) -> dict[str, Any]:
    """One Feature: geometry from the location, properties = the event's fields + id + sources
    (``compact``: only id, types, date, place, fatalities count, background, confidence and sources)."""
    props = _compact(event) if compact else dict(event)
    props.pop("reports", None)  # the list view carries the count, not the reports themselves
    sources = props.get("sources")
    if isinstance(sources, list):
        props["sources"] = len(sources)
    return {"type": "Feature", "id": props.get("id"), "geometry": event_geometry(event), "properties": props}


def feature_collection(
    events: list[dict[str, Any]], *, total: int, limit: int, offset: int, compact: bool = False
) -> dict[str, Any]:
    """A FeatureCollection with paging members (foreign members are allowed by RFC 7946)."""
    features = [event_feature(e, compact=compact) for e in events]
    returned = len(features)
    nxt = offset + returned if offset + returned < total else None
    return {
        "type": "FeatureCollection",
        "total": total,
        "returned": returned,
        "limit": limit,
        "offset": offset,
        "next_offset": nxt,
        "features": features,
    }
