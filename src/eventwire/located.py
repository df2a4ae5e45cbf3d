"""Country-only events: placed by the text at no finer level than a country.

The reference (reference/event-coding.md, Precision) says country-only events are not recorded as
located events: the gazetteer gives such an event the country's centroid, which is no place where
anything happened. The exports and the API therefore keep these events (so counts agree everywhere)
but give them no coordinates: GeoJSON ``geometry: null``, empty latitude/longitude (and location) cells
in ACLED CSV and Parquet, with the tag ``country-level location``; a bounding box never matches them.
The ``located`` filter (``--located-only``, ``located=true``) leaves them out, as ACLED's data does;
``located=false`` lists only them (and events with no place at all) for review.
"""

from __future__ import annotations

from typing import Any

COUNTRY_TAG = "country-level location"

#: the same test as :func:`country_only`, over the ``events e`` table (for the store's filters)
_CODE = "COALESCE(json_extract(e.data, '$.location.feature_code'), '')"
# geo_precision first: the JSON is read only for the few precision-3 events (a bbox query over many)
COUNTRY_ONLY_SQL = (f"(COALESCE(e.geo_precision, 0) = 3 AND COALESCE(CASE WHEN {_CODE} != '' THEN {_CODE} "
                    "LIKE 'PCL%' ELSE (COALESCE(e.admin1, '') = '' AND e.location = e.country) END, 0))")
#: events a map can place: coordinates that are not a country's centroid
LOCATED_SQL = f"(e.lat IS NOT NULL AND e.lon IS NOT NULL AND NOT {COUNTRY_ONLY_SQL})"


def country_only(location: Any) -> bool:
    """Whether an event's ``location`` names a country and nothing inside it: a precision-3 place that
    is a GeoNames political entity (feature code PCL, PCLI, PCLD ...) or, without a feature code, has
    no first-level division and the country's own name."""
    if not isinstance(location, dict) or location.get("geo_precision") != 3:
        return False
    code = location.get("feature_code")
    if isinstance(code, str) and code:
        return code.upper().startswith("PCL")
    name = location.get("name")
    return not location.get("admin1") and bool(name) and name == location.get("country")
