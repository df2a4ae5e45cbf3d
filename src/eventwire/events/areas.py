"""The place a sentence points back to: a province ("across the province"), a funeral (seventeenth session).

"Militant violence in Khyber Pakhtunkhwa rose sharply in May ... Security forces killed 45 militants in
operations across the province during the month": the operations are placed in the province the article
named, at its precision, not at the dateline's town (Peshawar) nor at the last town told.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..records import PlaceMention

_ACROSS_RE = re.compile(r"\b(?:across|throughout|all over) the (province|state|region|governorate|district|county)\b"
                        r"(?! of\b)", re.I)
#: The level (:func:`linking.place_level`) of the area each word points to.
_LEVELS = {"province": 2, "state": 2, "region": 2, "governorate": 2, "district": 1, "county": 1}


def told_area(text: str, earlier: Sequence[PlaceMention], datelines: Sequence[tuple[int, int]], *,
              level_of: Callable[[PlaceMention], int]) -> PlaceMention | None:
    """The last of ``earlier`` (the article's place mentions before the sentence; those of ``datelines``
    left out) at the level the sentence ``text`` points back to ("across the province"); None when none."""
    m = _ACROSS_RE.search(text)
    if m is None:
        return None
    level = _LEVELS[m.group(1).lower()]
    return next((p for p in reversed(earlier) if p.place is not None and level_of(p) == level
                 and not any(a <= p.start < b for a, b in datelines)), None)


#: The funeral of someone told before ("His funeral on Tuesday turned into a protest").
_FUNERAL_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he (?:victims?'s?|dead \w+'s?|slain \w+'s?)) (?:funerals?|burials?)\b")


def funeral_of_told(text: str) -> bool:
    """``text`` tells the funeral of the dead of an act told before: with no place of its own, it is where
    they were killed (the paragraph before), not the dateline."""
    return _FUNERAL_RE.search(text) is not None

