"""The country of a text's armed groups as a vote for a place the text alone leaves ambiguous.

"Houthi forces shelled the town of Hays": the geo stage, which runs before the actor stage, knows
no other place of the text and codes Hays to its biggest namesake (Hays, Kansas). The actor
dictionary knows the Houthis are Yemen's, and the gazetteer knows a Hays in Yemen.
:func:`revote_by_actors` runs after the actor stage: a place mention that is the only place of its
country in the text (no other place, demonym or country name backs that country), a modest town or
an alternate-name match, and that lies on another continent than the country of the text's named
non-state armed groups (rebels, political and identity militias of the dictionary, never the
generic "gunmen") is re-coded to its namesake in that country when the gazetteer has one.

A state's forces cast no vote (they fight abroad as often as at home), nor do external forces (a
mission, Wagner); a namesake on the same continent is left alone (Boko Haram in Cameroon's
Kolofata, Hezbollah in Syria): armed groups cross nearby borders.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from ..records import Article, PlaceMention
from .abroad import same_continent
from .resolve import precision_of

log = logging.getLogger(__name__)

#: the actor types whose dictionary country votes (ACLED inter codes: rebels, political and
#: identity militias)
VOTING_INTER = frozenset((2, 3, 4))
#: a place of more people than this, matched by its own name, is not re-coded
TOWN_POPULATION = 100_000
_DIVISION_AFTER = re.compile(
    r"\s+(?:district|province|governorate|region|state|county|department|prefecture|territory)\b", re.I
)


def _voting_country(article: Article) -> str | None:
    """The ISO3 country of the text's named non-state armed groups (the most named), or None."""
    votes: Counter[str] = Counter()
    for m in article.actor_mentions:
        a = m.actor
        if not m.generic and a.inter in VOTING_INTER and a.country:
            votes[a.country] += 1
    if not votes:
        return None
    (iso, n), *rest = votes.most_common(2)
    return None if rest and rest[0][1] == n else iso


def _eligible(pm: PlaceMention, mentions: list[PlaceMention], iso: str) -> bool:
    p = pm.place
    if pm.kind not in ("toponym", "relative") or p is None or not p.iso or p.iso == iso:
        return False
    code = p.feature_code or ""
    if code.startswith("PCL") or code in ("CONT", "RGN", "OCN", "SEA", "GULF") or code == "ADM1":
        return False
    if p.population >= TOWN_POPULATION and "alt match" not in (p.reason or ""):
        return False
    if same_continent(p.iso, iso):
        return False
    name = pm.anchor or pm.text
    # the only place of its country: no other name (place, demonym, country) backs it
    return not any(o is not pm and o.place is not None and o.place.iso == p.iso and (o.anchor or o.text) != name
                   for o in mentions)


def revote_by_actors(article: Article, gazetteer: Any) -> bool:
    """Re-code the places the text's armed groups place in their own country (see the module);
    True when a place changed."""
    mentions = article.place_mentions
    if not mentions or not article.actor_mentions:
        return False
    iso = _voting_country(article)
    if iso is None or not any(_eligible(pm, mentions, iso) for pm in mentions):
        return False
    if any(o.place is not None and o.place.iso == iso for o in mentions):
        return False  # the text names places there: the resolver weighed them already
    changed = False
    text = article.text or ""
    for pm in mentions:
        if not _eligible(pm, mentions, iso):
            continue
        name = pm.anchor or pm.text
        there = [e for e in gazetteer.candidates(name, allow_loose=False)
                 if e.iso3 == iso and e.feature_class in ("P", "A") and not e.is_country]
        if not there:
            continue
        end = pm.end if pm.anchor is None else text.find(name, pm.start) + len(name)
        division = bool(_DIVISION_AFTER.match(text, end)) if end >= len(name) else False
        there.sort(key=lambda e: (e.match != "name", (e.feature_class == "P") == division))
        e = there[0]
        prec = max(precision_of(e), pm.place.geo_precision or 1)
        reason = f"the text's armed groups are of {e.country}; {e.feature_code}, {e.match} match"
        pm.place = e.to_place(precision=prec, reason=reason)
        changed = True
        log.debug("place %r re-coded to %s by the armed groups' country", name, iso)
    return changed
