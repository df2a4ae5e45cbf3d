""""The Kursk region": the first-level division a town gives its name to.

GeoNames names some first-level divisions with their noun ("Kursk Oblast", "Belgorod Oblast") and
knows no bare "Kursk" for them, so "in the Kursk region" matched only the town: coded as the town
itself (precision 1) instead of the division (precision 3, ACLED's convention for a province). When a
division noun follows the name, the division that holds a town of that name and is named after it
joins the candidates; the resolver's division hint then weighs it as for any "X region". After a
country's possessive ("Chad's Lake province"), the country's division named with its noun replaces
namesakes abroad ("Lake province" is an English name of Chad's Lac: ``data/geo/abbreviations.tsv``).
"""

from __future__ import annotations

import re
from typing import Any

from .folding import fold

#: A country's possessive right before the name ("Chad's ", "Nigeria’s ").
_POSSESSOR_BEFORE_RE = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s $")
#: A noun of a first-level division right after the name ("the Kursk region", "Belgorod oblast").
_FIRST_LEVEL_AFTER_RE = re.compile(r" (?:region|oblast|province|governorate|state)\b", re.I)


def own_region(gazetteer: Any, text: str, end: int, name: str, entries: list[Any]) -> list[Any]:
    """``entries`` plus the first-level divisions named "<name> <noun>" that hold a town among them,
    when a division noun follows the name at ``end`` and no entry is a first-level division already;
    after a country's possessive ("Chad's Lake province"), that country's division of the name with its
    noun instead, when no entry lies in that country."""
    if any(e.is_admin1 for e in entries) or not (noun := _FIRST_LEVEL_AFTER_RE.match(text, end)):
        return entries
    if (owned := _owned_division(gazetteer, text, end - len(name), text[end - len(name) : noun.end()], entries)):
        return owned
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


def _owned_division(gazetteer: Any, text: str, start: int, named: str, entries: list[Any]) -> list[Any]:
    """The divisions "<name> <noun>" ("Lake province", the English name of Chad's Lac) of the country
    whose possessive precedes the name at ``start``, when no entry lies in that country (empty
    otherwise): the possessive rules out the namesakes abroad (Lake County, Illinois)."""
    owner = _POSSESSOR_BEFORE_RE.search(text, max(0, start - 40), start)
    if owner is None:
        return []
    countries = {e.cc for e in gazetteer.candidates(owner.group(1), allow_loose=False) if e.is_country}
    if not countries or any(e.cc in countries for e in entries):
        return []
    return [e for e in gazetteer.candidates(named, allow_loose=False)
            if e.cc in countries and e.feature_code in ("ADM1", "ADM2")]
