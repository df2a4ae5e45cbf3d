"""A place named only to say where the place before it lies is no scene of its own.

"the horrific images from Douma, near the Syrian capital, Damascus": Damascus locates Douma; a later
sentence of the paragraph ("Dozens have died after a chemical attack") happened in Douma, not in the
capital. The same holds for "Kafr Nabl, a town south of Idlib", "Jandaris, 20 km north-west of Afrin",
"Hamouriyeh, on the outskirts of Damascus" and "Douma, a suburb of the capital, Damascus": the place
after the comma is a landmark of the place before it (:func:`locates_another`), and the event linker
leaves it out of the places an act may be placed at. A relative phrase the geo tagger read as one
mention ("in Tal al-Sultan, west of Rafah") is :func:`eventwire.geo.origins.named_for_another`'s case.

Not a landmark: a place in the province or country named after a town ("Douma, in Rif Dimashq", "Mopti,
Mali": "in" or a bare comma locates by containment, and the finer place wins on its own), nor a place
after a comma with no such phrase ("Aleppo, Idlib and Hama").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import PlaceMention

_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"

#: The words between a town and its landmark, read back from the landmark's start: ", near the Syrian
#: capital, ", ", a town 20 km south of ", ", on the outskirts of ", ", a suburb of ".
_LANDMARK_BEFORE_RE = re.compile(
    r",\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|suburb|district|hamlet|neighbou?rhood|area|camp|"
    r"settlement|locality)\s+)?"
    r"(?:(?:just|about|some|around|roughly|\d+\s*(?:km|kilomet(?:re|er)s?|miles?))\s+)?"
    r"(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|(?:in\s+the\s+)?" + _DIRECTION + r"\s+of|"
    r"of)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:capital|city|town|province|region),?\s+)?$",
    re.I,
)

#: How far back (characters) the words before a landmark are read.
_WINDOW = 80


def locates_another(text: str, m: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """Whether ``m`` is the landmark of the place just before it: "Douma, near the Syrian capital,
    Damascus" (``m`` Damascus), "Kafr Nabl, a town south of Idlib". The place before is a resolved
    town or district of the same country (never a country: "Syria, near Turkey" names two scenes);
    "a town of" needs the place word ("Douma, a suburb of Damascus"), a bare "of" never counts."""
    if m.place is None or m.kind != "toponym" or m.start < 4:
        return False
    lo = max(0, m.start - _WINDOW)
    if "," not in text[lo : m.start]:
        return False
    hit = _LANDMARK_BEFORE_RE.search(text, lo, m.start)
    if hit is None:
        return False
    words = hit.group(0)
    if re.search(r"\bof\s", words, re.I) and not re.search(
            r"(?:" + _DIRECTION + r"|outskirts|town|village|city|suburb|district|hamlet|neighbou?rhood|area|camp|"
            r"settlement|locality)\s+of\s", words, re.I):
        return False  # "Raqqa, capital of ...": no landmark phrase
    at = hit.start()
    return any(o is not m and o.end == at and o.place is not None and o.kind == "toponym"
               and o.place.iso == m.place.iso and not (o.place.feature_code or "").startswith("PCL")
               for o in mentions)
