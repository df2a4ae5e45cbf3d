""""The Kursk region": the first-level division a town gives its name to.

GeoNames names some first-level divisions with their noun ("Kursk Oblast", "Belgorod Oblast") and
knows no bare "Kursk" for them, so "in the Kursk region" matched only the town: coded as the town
itself (precision 1) instead of the division (precision 3, ACLED's convention for a province). When a
division noun follows the name, the division that holds a town of that name and is named after it
joins the candidates; the resolver's division hint then weighs it as for any "X region".
"""

from __future__ import annotations

import re
from typing import Any

from .normalize import fold

#: A noun of a first-level division right after the name ("the Kursk region", "Belgorod oblast").
_FIRST_LEVEL_AFTER_RE = re.compile(r" (?:region|oblast|province|governorate|state)\b", re.I)


def own_region(gazetteer: Any, text: str, end: int, name: str, entries: list[Any]) -> list[Any]:
    """``entries`` plus the first-level divisions named "<name> <noun>" that hold a town among them,
    when a division noun follows the name at ``end`` and no entry is a first-level division already."""
    if any(e.is_admin1 for e in entries) or not _FIRST_LEVEL_AFTER_RE.match(text, end):
        return entries
    key = fold(name)
    extra: list[Any] = []
    for e in entries:
        if e.feature_class != "P" or not e.cc or not e.admin1_code:
            continue
        division = gazetteer.by_admin1(e.cc, e.admin1_code)
        if (division is not None and division.pid not in {d.pid for d in extra}
                and fold(division.name).startswith(key + " ")):
            extra.append(division)
    return entries + extra if extra else entries
