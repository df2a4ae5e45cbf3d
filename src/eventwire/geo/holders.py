""""The Hays district of Hodeidah": the name after a district's "of" is the province that holds it.

Yemen's, Afghanistan's or Iraq's provinces share their names with their capitals, and the text names
the province without its noun ("Hays district of Hodeidah", "Sirwah district of Marib"). The town then
won the name, and as the most specific place of the sentence it took the event from the district. When
the district is one the gazetteer knows and the town is the seat of the first-level division the
district lies in, the name is that division (precision 3): the district stays the event's place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..records import PlaceMention

#: A division noun and "of" between a district and the name that holds it.
_DISTRICT_OF_RE = re.compile(
    r"\s+(?:district|county|sub-?district|township|zone|department|municipality|local government area|lga)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def province_of_district(text: str, mentions: list[PlaceMention], gazetteer: Any) -> None:
    """Recode, in place, a provincial seat named after "<district> district of" as its province."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        pa, pb = a.place, b.place
        if (pa is None or pb is None or a.kind != "toponym" or b.kind != "toponym"
                or pa.feature_code != "ADM2" or pb.feature_code not in ("PPLA", "PPLC")
                or pa.iso != pb.iso or not pa.admin1 or pa.admin1 != pb.admin1
                or b.start - a.end > 40 or not _DISTRICT_OF_RE.match(text[a.end : b.start])):
            continue
        division = _division_named(gazetteer, pb)
        if division is None:
            continue
        b.place = replace(division.to_place(precision=3), reason=f"the division holding {a.text}; {pb.reason}")


def _division_named(gazetteer: Any, place: Any) -> Any:
    """The first-level division entry a town lies in (None when the gazetteer has none)."""
    for e in gazetteer.candidates(place.name, allow_loose=False):
        if e.geonameid == place.geonameid and e.cc and e.admin1_code:
            return gazetteer.by_admin1(e.cc, e.admin1_code)
    return None
