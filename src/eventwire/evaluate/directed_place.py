"""The main event's place when its own sentence places it in a part of a country ("kidnapped from a
school in northwest Nigeria"): the article's places of that country that lie in that part.

``events.linking.dominant_place`` weighs every place of the article's country; an article that
tells the main event in "northwest Nigeria" and then runs through the country's other troubles
("a suspect was arrested in Lagos") can weigh a place of another part most. When the main report's
own location is a compass part of the chosen country (a relative mention such as "northwest
Nigeria", "the east of Congo", "eastern Ukraine"), :func:`directed_location` re-ranks with only the
mentions of that country whose coordinates lie in that direction from the country's point (within
:data:`SPREAD_DEG` of the compass bearing) and returns the new choice; None when it does not apply
(no compass part, the chosen place already lies there, or no place of the article lies there).
"""

from __future__ import annotations

import logging
import math
import re

from ..events.linking import acled_iso, dominant_place, mention_weights, place_level
from ..records import Article, MainEvent, PlaceMention

log = logging.getLogger(__name__)

#: Compass words of a part of a country, with their bearing in degrees (east 0, north 90).
_COMPASS_RE = re.compile(
    r"\b(north|south)?[- ]?(east|west)?(?:ern)?\b", re.IGNORECASE)

#: How far (degrees of bearing) a place may lie from the compass direction and still be in that part.
SPREAD_DEG = 67.5

#: Places this close (degrees of latitude/longitude) to the country's point are its centre: no direction.
CENTRE_DEG = 0.5


def compass_bearing(text: str) -> float | None:
    """The bearing (degrees, east 0, north 90) of the first compass word of ``text`` ("northwest
    Nigeria": 135; "eastern Congo": 0; "the south of Sudan": 270); None without one."""
    for m in _COMPASS_RE.finditer(text):
        ns, ew = (m.group(1) or "").lower(), (m.group(2) or "").lower()
        if not (ns or ew):
            continue
        y = 1.0 if ns == "north" else -1.0 if ns == "south" else 0.0
        x = 1.0 if ew == "east" else -1.0 if ew == "west" else 0.0
        return math.degrees(math.atan2(y, x))
    return None


def lies_toward(lat: float, lon: float, *, origin_lat: float, origin_lon: float, bearing: float) -> bool:
    """Whether the point lies in the compass direction ``bearing`` from the origin (within
    :data:`SPREAD_DEG`); a point at the origin lies in no direction."""
    dy = lat - origin_lat
    dx = (lon - origin_lon) * math.cos(math.radians(origin_lat))
    if abs(dx) < CENTRE_DEG and abs(dy) < CENTRE_DEG:
        return False
    diff = abs((math.degrees(math.atan2(dy, dx)) - bearing + 180.0) % 360.0 - 180.0)
    return diff <= SPREAD_DEG


def _compass_part(article: Article, summary: MainEvent) -> tuple[PlaceMention, float] | None:
    """The main report's location when it is a compass part of the summary's country, with its bearing."""
    if summary.report is None or not 0 <= summary.report < len(article.reports):
        return None
    loc = article.reports[summary.report].location
    if loc is None or loc.place is None or loc.kind != "relative" or place_level(loc) != 4:
        return None
    if acled_iso(loc.place.iso) != summary.country or loc.place.latitude is None or loc.place.longitude is None:
        return None
    bearing = compass_bearing(loc.text)
    return None if bearing is None else (loc, bearing)


def directed_location(article: Article, summary: MainEvent | None) -> PlaceMention | None:
    """A better place for the main event when its report names a compass part of the country and
    the chosen place lies outside it (see the module docstring); None to keep the chosen place."""
    if summary is None or summary.country is None:
        return None
    part = _compass_part(article, summary)
    if part is None:
        return None
    loc, bearing = part
    origin = (loc.place.latitude, loc.place.longitude)

    def toward(m: PlaceMention) -> bool:
        p = m.place
        return p is not None and p.latitude is not None and p.longitude is not None and lies_toward(
            p.latitude, p.longitude, origin_lat=origin[0], origin_lon=origin[1], bearing=bearing)

    chosen = summary.location
    if chosen is not None and (chosen.place is None or place_level(chosen) == 4 or toward(chosen)):
        return None
    weights = [(m, w) for m, w in mention_weights(article)
               if acled_iso(m.place.iso) != summary.country or place_level(m) == 4 or toward(m)]
    better = dominant_place(article, summary.country, weights=weights)
    if better is None or not toward(better):
        return None
    log.debug("main event in %r: %s over %s", loc.text, better.text, None if chosen is None else chosen.text)
    return better
