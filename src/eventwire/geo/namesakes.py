"""Namesakes in a country the document names only in passing.

A name made of ordinary English words ("the Old City", "Operation Olive Branch", "the New Town")
usually describes a part of the story's own town or names something else; that some small town
abroad bears it as its own name is no reason to put the story there. The resolver
(:meth:`eventwire.geo.resolve.Resolver._constrain`) drops such a choice when nothing local
supports it (no nearby place, no division named, no "X, Y") and its country holds less than
:attr:`~eventwire.geo.resolve.Weights.minor_share` of the weight of the document's main country:
"Kurdish forces have taken the Old City" in a Syria story that names Washington once is no town
in Pennsylvania; "Palm Springs" in a story about California stays where it is.
"""

from __future__ import annotations

import re

from ..truecase import is_english_word
from .gazetteer import Entry

_WORD = re.compile(r"[^\W\d_]+")
#: words that make a name a proper one even when each word is also an ordinary word
_PROPER_PARTS = frozenset({"saint", "st", "fort", "mount", "port", "lake"})


def described(name: str) -> bool:
    """Whether ``name`` is two or more words, each an ordinary lower-case English word ("Old City",
    "Olive Branch", "North Side"), so that it may be a description rather than a town's name.
    "Tel Aviv", "Saint Albans" and "Fort Worth" are not."""
    words = _WORD.findall(name)
    if len(words) < 2 or len(words) != len(name.replace("-", " ").split()):
        return False
    return all(w.lower() not in _PROPER_PARTS and is_english_word(w.lower()) for w in words)


def in_passing(cc: str | None, other: dict[str, float], *, share: float) -> bool:
    """Whether country ``cc`` holds less than ``share`` of the weight ``other`` gives the document's
    main country (the weights of the other names' choices, by country)."""
    top = max(other.values(), default=0.0)
    return top > 0 and other.get(cc or "", 0.0) < share * top


def biggest_by_country(entries: list[Entry], *, shield: Entry | None) -> dict[str, int]:
    """Per country, the population of the biggest populated place there that bears the name as its
    own (or is ``shield``, the big place of an exonym: Makkah for "Mecca")."""
    out: dict[str, int] = {}
    for e in entries:
        if e.feature_class == "P" and (e.match == "name" or e is shield) and e.cc:
            out[e.cc] = max(out.get(e.cc, 0), e.population)
    return out


def has_rival(e: Entry, biggest: dict[str, int], *, ratio: float, population: int) -> bool:
    """Whether town ``e`` (no capital) has a namesake in another country at least ``ratio`` times
    bigger and of ``population`` people or more (Exeter, England for Exeter, California)."""
    return e.feature_class == "P" and e.feature_code != "PPLC" and any(
        pop >= population and pop >= ratio * max(e.population, 1000) for cc, pop in biggest.items() if cc != e.cc
    )
