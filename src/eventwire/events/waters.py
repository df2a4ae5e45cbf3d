"""The country of an act at a place of no one country: a lake, a sea, a gulf, a desert or a region the
gazetteer holds without a country ("an army base on an island in Lake Chad", "a cargo ship in the Red
Sea"). ACLED files every event under a country: the one the report is filed from (its dateline, else
the article's place, :meth:`PlaceLinker.fallback`), when it has one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import PlaceMention


def with_context_country(location: PlaceMention | None, fallback: Any) -> PlaceMention | None:
    """``location`` with the country of ``fallback()`` when its place has none; else unchanged."""
    if location is None or location.place is None or location.place.iso is not None:
        return location
    home = fallback()
    if home is None or home.place is None or home.place.iso is None:
        return location
    place = replace(location.place, iso=home.place.iso, country=home.place.country,
                    reason=f"{location.place.reason}; country from the dateline")
    return replace(location, place=place)
