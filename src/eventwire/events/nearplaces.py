"""A place told long before a sentence does not place it.

A paragraph of news rarely runs long; a page whose text has no paragraph breaks (many feature pages)
reads as one paragraph, and "the nearest place earlier in the paragraph" may then be a town named a
page before, for another act ("They estimate that 180 people were killed" placed in Durham, named
2,000 characters earlier). :func:`nearest_earlier` keeps the earlier places within :data:`NEAR_PLACE_CHARS`
of the sentence (a few sentences: the act the sentence follows up); when all lie further back, it
says "the country only" (:func:`country_of`: a mention of that place's country), never a town nothing
links the sentence to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..records import PlaceMention

#: The specificities of a country named alone or with a direction ("central Mali"), not a place in it.
COUNTRY_LEVELS = 3

#: How far back (characters, about four sentences) an earlier place of the paragraph still places a
#: sentence that names none.
NEAR_PLACE_CHARS = 800


def nearest_earlier(indices: list[int], mentions: Sequence[PlaceMention], specs: Sequence[int], start: int, *,
                    level_of: Callable[[PlaceMention], int]) -> PlaceMention:
    """Of ``indices`` (the paragraph's mentions before the sentence at ``start``; ``specs`` their
    specificity, lower is finer), the last of the most specific within :data:`NEAR_PLACE_CHARS`; else
    the finest near place of the province of the last most specific ("eastern Ghouta" a page before,
    "the rebel factions in Ghouta" near: Ghouta); when no place finer than a country is that near but
    one is further back, the country of the last most specific (that place when the text never names
    its country alone)."""
    near = [k for k in indices if start - mentions[k].start <= NEAR_PLACE_CHARS]
    best_k = min(indices, key=lambda k: (specs[k], -k))  # the last most specific of the paragraph
    if near and min(specs[k] for k in near) <= specs[best_k]:
        best = min(specs[k] for k in near)
        return mentions[[k for k in near if specs[k] == best][-1]]
    area = [k for k in near if specs[k] < COUNTRY_LEVELS and _same_admin1(mentions[k], mentions[best_k])]
    if area:  # the province of the town told a page before, named near: "the rebels in Ghouta said"
        return mentions[min(area, key=lambda k: (specs[k], -k))]
    if specs[best_k] >= COUNTRY_LEVELS:
        return mentions[best_k]  # ("eastern Syria" a page before, "US-backed" near: the country told)
    # no place as fine near: the country of the paragraph's last town
    return country_of(mentions[best_k], mentions, start, level_of=level_of) or mentions[best_k]


def country_of(m: PlaceMention, mentions: Sequence[PlaceMention], start: int, *,
               level_of: Callable[[PlaceMention], int]) -> PlaceMention | None:
    """A mention of ``m``'s country alone (the last one before ``start``, else the first after it); None
    when the text never names the country by itself. ``level_of`` is :func:`linking.place_level`."""
    iso = m.place.iso if m.place is not None else None
    if not iso:
        return None
    same = [x for x in mentions if x.place is not None and x.place.iso == iso and x.kind == "toponym"
            and level_of(x) == 4]
    before = [x for x in same if x.start < start]
    return before[-1] if before else (same[0] if same else None)


def _same_admin1(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two resolved mentions lie in one province of one country."""
    return (a.place is not None and b.place is not None and bool(a.place.admin1)
            and (a.place.iso, a.place.admin1) == (b.place.iso, b.place.admin1))
