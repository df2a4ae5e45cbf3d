"""An act pointed back to: a weak report that names an act already coded by a definite noun is that act.

"Regime jets bombed towns in Idlib on Tuesday. Activists said the bombing continued into Wednesday.",
"Troops launched an offensive on Sunday ... Details of Sunday's fighting were sketchy.", "The defence
minister fought to keep the airstrikes focused.": a sentence whose act is a definite noun phrase ("the
bombing", "this offensive", "Sunday's fighting") and that tells nothing of its own, no toll, no doer
but the act's, no day or place but the act's (:func:`weak`), tells an act coded before it again (its
continuation, a detail, a retelling), never a second event. :func:`pointed_back` finds that act: the
latest report kept before it of the same event type, with compatible actors, day and place.

Near-misses that stay events: a second act ("another bombing", "a new offensive", "struck again"), an
act with its own toll ("The attack killed three people"), its own doer ("Rebels answered the shelling
with rockets" names rebels), its own day or place ("The bombing of Aleppo on Friday" after one in
Idlib on Tuesday), and an act of another type than the one told before (an arrest after a bombing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import EventReport, PlaceMention
from .linking import is_country_only
from .parts import INHERITED_DATES
from .retellings import inherits_place
from .roles import NOTE_UNNAMED_VICTIMS, UNIDENTIFIED

#: A definite noun of an act ("the bombing", "the Friday night airstrikes", "this offensive",
#: "Sunday's fighting"); not one marked as another act ("the second raid", "the latest attack", "the
#: 2013 attack": a year marks another time).
DEFINITE_ACT_RE = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[’']s)\s+"
    r"(?!(?:another|second|separate|other|new|fresh|latest|earlier|previous|last|first|next|same|recent|"
    r"past|early|former)\b)(?:(?!(?:19|20)\d\d\b|(?:was|were|is|are|has|have|had|been|be|being|will|would|could|can|may|might|must|should|under|in|of|on|at|by|to|for|with|from|and|or|not|no)\b)[\w-]+\s+){0,3}?"
    r"(?:air\s?strikes?|air\s+raids?|strikes|raids?|bombings?|bombardments?|shelling|fighting|clashes|offensive|"
    r"assault|attacks?|ambush|battle)\b(?![\w-])")
#: Words of an act other than the one told before ("struck again", "a fresh assault", "a separate raid").
ANOTHER_ACT_RE = re.compile(r"\b(?i:another|second|separate|separately|fresh|new|again|elsewhere|meanwhile|"
                            r"earlier|previous|returned)\b")
#: The first words a weak report's sentence is looked at for (cheap gate before the patterns).
_ACT_WORDS = frozenset("airstrike airstrikes strike strikes raid raids bombing bombings bombardment "
                       "bombardments shelling fighting clashes offensive assault attack attacks ambush battle".split())


def _unnamed_doer(r: EventReport) -> bool:
    return r.actor1 is None or any(n.startswith("perpetrator not named") for n in r.notes)


def _same_name(a: object, b: object) -> bool:
    return a is not None and b is not None and getattr(a, "name", None) == getattr(b, "name", None)


def _unnamed_side(a: object) -> bool:
    """A side the text does not name ("opposition groups", "civilians")."""
    name = getattr(a, "name", None) or ""
    return name.startswith((UNIDENTIFIED, "Opposition Rebels (", "Civilians ("))


def weak(r: EventReport) -> bool:
    """``r`` tells nothing an act told before could not hold: no toll, news of the body (not a headline,
    a caption or a related headline, nor background), and a definite act noun in its sentence with no
    word of another act."""
    if r.fatalities.count or r.background or r.section != "body" or r.disorder_type != "Political violence":
        return False
    text = r.evidence.text
    if not _ACT_WORDS.intersection(re.findall(r"[a-z]+", text.lower())):
        return False
    return DEFINITE_ACT_RE.search(text) is not None and ANOTHER_ACT_RE.search(text) is None


def _sides_fit(act: EventReport, r: EventReport) -> bool:
    """``r``'s doer is none of its own or ``act``'s, and its other side none, an unnamed one or ``act``'s."""
    if not (_unnamed_doer(r) or _same_name(r.actor1, act.actor1)):
        return False
    return (r.actor2 is None or NOTE_UNNAMED_VICTIMS in r.notes or _same_name(r.actor2, act.actor2)
            or _unnamed_side(r.actor2))


def _key(m: PlaceMention | None) -> str | None:
    if m is None:
        return None
    return f"{m.place.name}|{m.place.iso}" if m.place is not None else m.text.lower()


def _own_place_kept(act: EventReport, r: EventReport) -> bool:
    """A place of ``r``'s own is ``act``'s own or one of its province: an act placed only by its paragraph
    is no act of a place of another province ("The Raqqa offensive" is no battle placed by the paragraph
    in Baghuz; "the mayor of Buenos Aires repudiated the attack" may point back to one in Barracas, and
    "the offensive" placed only by its country to one in that country)."""
    if inherits_place(r) or not inherits_place(act) or _key(act.location) == _key(r.location):
        return True
    a = act.location.place if act.location is not None else None
    o = r.location.place if r.location is not None else None
    if a is None or o is None or a.iso != o.iso:
        return False
    return is_country_only(r.location) or (bool(a.admin1) and a.admin1 == o.admin1)


def pointed_back(kept: list[EventReport], r: EventReport, *, day: Callable[[EventReport, EventReport], bool],
                 place: Callable[[EventReport, EventReport], bool]) -> EventReport | None:
    """The act ``r`` points back to (:func:`weak`): the latest report of ``kept`` told before ``r`` of the
    same event type (the same sub-event type first), news of the body, whose sides, day and place
    ``r``'s may be (``day`` and ``place``: the merging stage's tests; an act of no day of its own, none
    or one inherited from the sentences before, takes any); None when there is none."""
    if not weak(r):
        return None
    before = [k for k in kept if k.evidence.end <= r.evidence.start and k.event_type == r.event_type
              and not k.background and k.section == "body" and _sides_fit(k, r)]
    latest_first = sorted(before, key=lambda k: -k.evidence.start)
    for same_sub in (True, False):
        for k in latest_first:
            if ((k.sub_event_type == r.sub_event_type) == same_sub and _day_fits(k, r, day)
                    and place(k, r) and _own_place_kept(k, r)):
                return k
    return None


def _day_fits(act: EventReport, r: EventReport, day: Callable[[EventReport, EventReport], bool]) -> bool:
    """``r``'s day may be ``act``'s: ``act`` has no day of its own (none, or one inherited from the
    sentences before), or ``day`` (the merging stage's test) says so."""
    return act.date.value is None or act.date.reason in INHERITED_DATES or day(act, r)


def take_back(act: EventReport, r: EventReport) -> None:
    """``act`` holds ``r``, a sentence that points back to it: noted as told again (the main-event choice
    counts it), and ``r``'s place where ``act`` has none. ``r``'s day never replaces ``act``'s (taking it
    dated an undated act "earlier this year" by a later sentence's "in recent weeks"), nor do its unnamed
    sides (``act``'s doer may be read later from its own sentence)."""
    if act.location is None and r.location is not None:
        act.location = r.location
    act.notes.append(f"also stated at {r.evidence.start}-{r.evidence.end} ({r.section}; a definite reference back to it)")
