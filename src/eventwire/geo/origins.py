"""Places a sentence names for something other than the scene of its act.

* a person's origin: "a man from Jenin was shot dead in Nablus", "The labourer, from Bihar, was killed in
  Pulwama", "a Morena candidate was shot in Coyuca de Benitez": the act happened where the sentence says
  it did, not where the victim came from;
* the possessor of a place named inside it: "in Pattani's Nong Chik district", "in Deir ez-Zor's
  al-Mayadin", "the Kharkiv region's Kupiansk district": the place inside is the scene (the finer one);
* a relative phrase that only says where the town before it lies: "in Tal al-Sultan, west of Rafah";
* the place that begins a compound modifier of control (:func:`eventwire.geo.doers.side_modifier`):
  "Moscow-installed officials said", "a Kyiv-backed militia": the officials' capital is no scene.

Each holds only when another resolved place of the same sentence is there to be the scene (the place
inside, or another place the sentence names): a sentence that names nothing else keeps the place, the
only one it gives. :func:`named_for_another` is read by the event linker next to
:func:`eventwire.geo.launch.launch_site`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import PlaceMention
from .doers import side_modifier

#: A person (or a few people) said to come from the place: "a man from", "The labourer, from",
#: "two brothers originally from". Not "people" / "residents" / "families": "displaced 30,000 people
#: from Tibu" tells where the flight began, the scene of the fighting.
_ORIGIN_BEFORE_RE = re.compile(
    r"\b(?:man|woman|boy|girl|youth|teenager|child|native|farmer|student|worker|labou?rer|trader|"
    r"journalist|activist|fighter|soldier|policeman|officer|teacher|doctor|driver|shepherd|fisherman|"
    r"pilgrim|men|women|boys|brothers|workers|labou?rers|students|pilgrims|fishermen|shepherds|traders)"
    r",?\s+(?:who\s+(?:was|were|is|are)\s+)?(?:originally\s+|hailing\s+)?from\s+(?:the\s+)?(?:town\s+of\s+)?$",
    re.I,
)

#: A person named by the place as a modifier: "a Morena candidate", "a Kano lawmaker", "a Jenin resident".
_ROLE_AFTER_RE = re.compile(
    r" (?:party )?(?:candidates?|lawmakers?|legislators?|senators?|deputy|deputies|mayor|politicians?|natives?|"
    r"residents?|man|woman|men|women)\b"
)

#: A possessive between a place and a place inside it: "Pattani's ", "Kurram district's ".
_POSSESSIVE_AFTER_RE = re.compile(
    r"(?: (?:state|province|region|district|county|governorate|oblast|city))?['’]s (?:the )?"
)

_SENTENCE_END_RE = re.compile(r"[.!?\n]")


def named_for_another(text: str, m: PlaceMention, mentions: Iterable[PlaceMention]) -> bool:
    """Whether ``m`` names a person's origin (or a party's name before "candidate"), the possessor of a place named inside it or the origin
    of a compound modifier while its sentence names another resolved place (``mentions``: the
    article's place mentions) that can be the scene instead."""
    if m.kind == "demonym" or m.place is None:
        return False
    mentions = mentions if isinstance(mentions, list) else list(mentions)

    def own() -> Iterable[PlaceMention]:  # the other resolved places, read only when a shape holds
        return (o for o in mentions if o is not m and o.place is not None and o.kind != "demonym")

    if m.kind == "relative" and text[max(0, m.start - 2) : m.start] == ", ":
        # "in Tal al-Sultan, west of Rafah": the phrase only says where the town before it lies
        return any(o.end == m.start - 2 and o.kind == "toponym" and o.place.iso == m.place.iso
                   and (o.place.feature_code or "").startswith("PPL") for o in own())
    at = _POSSESSIVE_AFTER_RE.match(text, m.end)
    if at is not None:
        # the place the possessive names, in the same country: "Pattani's Nong Chik district"
        return any(o.start == at.end() and o.place.iso == m.place.iso for o in own())
    if (not side_modifier(text, m.end) and _ROLE_AFTER_RE.match(text, m.end) is None
            and not named_as_origin(text, m.start)):
        return False
    lo, hi = sentence_bounds(text, m.start, m.end)
    return any(lo <= o.start and o.end <= hi and (o.end <= m.start or o.start >= m.end) for o in own())


def named_as_origin(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows "a man from", "two brothers originally from": a
    person's home town, a place whatever the sentence goes on to say (the name is kept as one)."""
    window = text[max(0, start - 60) : start]
    bare = window.rstrip()
    # (the pattern ends in "from", "the" or "of" and blanks: read only then; no letter outside ASCII
    # matches one of theirs in any case)
    return (len(bare) < len(window) and bare[-4:].lower().endswith(_ORIGIN_ENDS)
            and _ORIGIN_BEFORE_RE.search(text, max(0, start - 60), start) is not None)


_ORIGIN_ENDS = ("from", "the", "of")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end`` (a full stop, "!", "?" or a line break ends one;
    "St." and "U.S." may cut it short: the sentence is then read shorter, never longer)."""
    lo = max((mm.end() for mm in _SENTENCE_END_RE.finditer(text, max(0, start - 400), start)), default=0)
    hit = _SENTENCE_END_RE.search(text, end)
    return lo, hit.start() if hit is not None else len(text)
