"""Places a weapon was launched from: a source, not the scene of the strike.

"Rockets fired from Gaza struck Ashkelon", "a drone launched from Yemen hit Eilat", "Hezbollah fired
rockets from southern Lebanon at Kiryat Shmona": ACLED codes a strike where it landed, so the place after
"fired / launched ... from" is no scene when the same sentence goes on to name where the weapon struck
(a capitalised name after "struck", "hit", "landed in", "at", "toward" ...). Without such a target
("Militants fired rockets from Gaza on Tuesday") the launch place stays a candidate: it is then the only
place the text gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import PlaceMention

#: A verb of launching, then (in the same clause) "from", right before the place ("fired rockets from",
#: "a drone launched by the Houthis from", "projectiles that crossed from").
_LAUNCH_BEFORE_RE = re.compile(
    r"\b(?:fired|fires|fire|firing|launched|launches|launch|launching|lobbed|shot|crossed|flew|flown)\b"
    r"[^.;:!?\n]{0,50}?\bfrom\s+(?:the\s+)?$",
    re.I,
)

#: Where the weapon went, named after the source in the same sentence: a verb of impact or a
#: preposition of aim, then (after a few place words) a capitalised name that is no weekday or month.
_TARGET_AFTER_RE = re.compile(
    r"[^.;!?\n]{0,90}?\b(?:struck|strike|strikes|hit|hits|landed|lands|land|slammed|crashed|fell|impacted|"
    r"exploded|at|toward|towards|targeting|targeted|into|over)\s+"
    r"(?:(?:in|into|on|near|over|the|a|an|northern|southern|eastern|western|central|north|south|east|west|"
    r"city|town|village|port|area|areas|outskirts|of)\s+){0,4}"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)(?P<name>[A-Z])"
)

_DIRECTION_RE = re.compile(r"(?:northern|southern|eastern|western|central|north|south|east|west)\s+$", re.I)
_DIRECTION_ENDS = ("ern", "central", "north", "south", "east", "west")


def launch_site(text: str, m: PlaceMention, mentions: Iterable[PlaceMention] | None = None) -> bool:
    """Whether ``m`` names the place a weapon was fired or launched from while its sentence names
    the place it struck ("Rockets fired from Gaza struck Ashkelon": Gaza is a source, not the scene).
    With ``mentions`` (the article's place mentions), the name struck must be a resolved place among
    them: a target the geo stage did not resolve leaves the source as the only place told."""
    start = m.start
    # (each pattern read only when the words it ends in, and a blank, are there: no letter outside ASCII
    # matches one of theirs in any case but the long s, "ſ")
    window = text[max(0, start - 12) : start]
    bare = window.rstrip()
    if len(bare) < len(window) and (bare[-7:].lower().endswith(_DIRECTION_ENDS) or "ſ" in window):
        lead = _DIRECTION_RE.search(text, max(0, start - 12), start)
        if lead is not None:
            start = lead.start()  # "from southern Lebanon" where the mention is "Lebanon"
    window = text[max(0, start - 90) : start]
    bare = window.rstrip()
    if not (len(bare) < len(window) and bare[-4:].lower().endswith(("from", "the"))) \
            or _LAUNCH_BEFORE_RE.search(text, max(0, start - 90), start) is None:
        return False
    hit = _TARGET_AFTER_RE.match(text, m.end)
    if hit is None:
        return False
    if mentions is None:
        return True
    at = hit.start("name")
    return any(o is not m and o.place is not None and o.kind != "demonym" and o.start <= at < o.end
               and o.start >= m.end for o in mentions)
