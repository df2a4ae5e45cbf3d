"""One act told in two sentences of an article, and a toll that belongs to another sentence's act.

ACLED codes one event per actor pair, place and day. The merging stage (:mod:`eventwire.events.merging`)
asks these questions of two reports of one article:

- :func:`death_then_act`: "A British volunteer fighting with Kurdish forces in Afrin has been killed, her
  commanders said. She was in a convoy in Afrin when it was struck by a Turkish missile on 16 March.": a
  death with no doer of its own, and right after it an act with no toll of its own, of the same day (or
  the death undated) and place, are one event (:func:`take_act`: the act's type, doer and day, the death's
  toll and victims).
- :func:`crowd_alike`: "protesters" and "rioters" of one country are one crowd; a protest and the clash
  it turned into, told again with the day and place of the sentences before, are one event (a riot).
- :func:`same_named_dead`: the same dead person by name, in a sentence that takes its day and place from
  the sentences before ("... shot dead Jonathan Doe in Tyler on Saturday. ... Officers arrived and shot
  Doe dead in the street."), is the act told again.
- :func:`borrowed_toll`: deaths told far from an act (more than a sentence between them) with no words
  pointing back to it ("the eighth British citizen killed while serving ..." a page after "she spent her
  first months fighting in Deir ez-Zor") are not that act's toll.
- :func:`means_act`: deaths "in strikes" told right after fighting belong to the air strikes told before it
  ("... launched a ground and air offensive on Sunday ... Witnesses said fighting erupted on several fronts.
  At least 14 civilians were killed in strikes on Sunday"), not to the fighting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..records import EventReport, Fatalities, PlaceMention
from .linking import is_country_only
from .parts import INHERITED_DATES
from .telling import reported_day

#: The kinds a sentence that only tells deaths is typed as (no doer of its own).
TOLL_KINDS = ("Attack", "Armed clash")
#: Acts that cause deaths by their means (a death told before one may be its toll).
MEANS_ACTS = ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
              "Suicide bomb", "Grenade", "Attack", "Armed clash")
#: The note on a death's report that took the act told right after it.
NOTE_ACT_THAT_KILLED = "the act that killed them told at"
#: Characters between two sentences next to each other (one sentence at most between them).
NEAR_CHARS = 300

_ANOTHER_RE = re.compile(r"\b(?:another|second|separate|separately|fresh|new|again|also|earlier|later|elsewhere|"
                         r"meanwhile)\b", re.I)
#: Words of a toll sentence that point back to an act told before ("killed in the attack", "The strike
#: killed", "the victims").
_POINTS_BACK_RE = re.compile(
    r"\b(?:in|during|by|from)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|ambush|raids?|blasts?|explosions?|"
    r"bombings?|shelling|strikes?|airstrikes?|air\s+strikes?|clash(?:es)?|fighting|violence|incident|shooting|"
    r"massacre|operation|offensive)\b|"
    r"^(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|ambush|raids?|blasts?|explosions?|"
    r"bombings?|shelling|strikes?|airstrikes?|clash(?:es)?|fighting|violence|shooting|massacre)\b|"
    r"\bthe\s+(?:victims|dead|deceased|bodies)\b|"
    r"\b(?:incident|attacks?|strikes?|airstrikes?|raids?|blast|explosion|bombing|shelling|assault|ambush|clash(?:es)?|"
    r"massacre|shooting)\s*,?\s+(?:in|during)\s+which\b", re.I)  # "the incident, in which seven guardsmen were killed"


def _unnamed(r: EventReport) -> bool:
    """``r`` names no doer of its own (none, or the default unidentified armed group)."""
    return r.actor1 is None or any(n.startswith("perpetrator not named") for n in r.notes)


def inherits_place(r: EventReport) -> bool:
    """``r`` names no place of its own (none, or one taken from the paragraph or the document)."""
    return r.location is None or any(n.startswith("location from the") for n in r.notes)


def _key(m: PlaceMention | None) -> str | None:
    if m is None:
        return None
    return f"{m.place.name}|{m.place.iso}" if m.place is not None else m.text.lower()


def _iso(m: PlaceMention | None) -> str | None:
    return m.place.iso if m is not None and m.place is not None else None


def _same_place(a: EventReport, b: EventReport) -> bool:
    """The same place, one taken from the sentences before, or a country and a place in it."""
    if inherits_place(a) or inherits_place(b) or _key(a.location) == _key(b.location):
        return True
    return (is_country_only(a.location) or is_country_only(b.location)) and _iso(a.location) == _iso(b.location)


def _news(*rs: EventReport) -> bool:
    return all(not r.background and r.section != "related" for r in rs) and len({r.section for r in rs}) == 1


def bare_toll(r: EventReport) -> bool:
    """``r`` tells deaths with no doer of its own (typed as an attack or a clash by an unnamed group)."""
    return (r.disorder_type == "Political violence" and r.sub_event_type in TOLL_KINDS and r.fatalities.count > 0
            and _unnamed(r))


#: A death told with no doer ("has been killed", "were shot dead", "died").
_DIED_RE = re.compile(r"\b(?:(?:was|were|been|is|are|be)\s+(?:[a-z]+\s+)?(?:killed|shot(?:\s+dead)?|slain|murdered)|"
                      r"died|dies)\b")


def death_then_act(death: EventReport, act: EventReport) -> bool:
    """``death`` (a bare toll told in the passive: "has been killed") and ``act``, told right after it with
    no toll of its own, are one event (see the module's doc)."""
    if not bare_toll(death) or act.disorder_type != "Political violence" or act.fatalities.count:
        return False
    if _DIED_RE.search(death.evidence.text) is None:
        return False  # "it murdered tens of thousands": a doer the text names, not a death told alone
    if act.sub_event_type not in MEANS_ACTS or not _news(death, act):
        return False
    if _unnamed(act) and act.sub_event_type in TOLL_KINDS:
        return False  # an act by no one named that kills no one: nothing tells it is the death's cause
    if act.evidence.start < death.evidence.end or act.evidence.start - death.evidence.end > NEAR_CHARS:
        return False
    if _ANOTHER_RE.search(act.evidence.text):
        return False  # "Troops later shelled the village": another act
    dead = death.actor2
    if dead is not None and act.actor1 is not None and dead.name == act.actor1.name:
        return False  # "Two soldiers were killed ... Troops shelled the rebels' positions": a reply, not the cause
    if death.date.value and death.date.reason not in INHERITED_DATES and death.date.value != act.date.value:
        return False
    return _same_place(death, act)


def take_act(death: EventReport, act: EventReport) -> None:
    """``death`` becomes ``act``'s event: its type, doer, day and the more precise place; its own toll
    and, when ``act`` names none, its victims."""
    death.sub_event_type, death.event_type, death.disorder_type = act.sub_event_type, act.event_type, act.disorder_type
    death.actor1, death.assoc_actor_1 = act.actor1, list(act.assoc_actor_1)
    if act.actor2 is not None:
        death.actor2, death.assoc_actor_2 = act.actor2, list(act.assoc_actor_2)
    if act.date.value and (not death.date.value or death.date.reason in INHERITED_DATES):
        death.date = act.date
    if not inherits_place(act) and (inherits_place(death) or is_country_only(death.location)):
        death.location = act.location
        death.notes = [n for n in death.notes if not n.startswith(("location from the", "location: country only"))]
    death.notes = [n for n in death.notes if not n.startswith("perpetrator not named")]
    death.notes.extend(n for n in act.notes if n.startswith("perpetrator not named"))
    death.notes.append(f"{NOTE_ACT_THAT_KILLED} {act.evidence.start}-{act.evidence.end}: {act.sub_event_type}")


def death_told_again(k: EventReport, r: EventReport) -> bool:
    """``k`` took the act that killed its dead (:func:`take_act`) and ``r`` tells a death again with no
    doer, day or place of its own: it would have joined the death's report, so it joins the act's."""
    if not any(n.startswith(NOTE_ACT_THAT_KILLED) for n in k.notes) or not _news(k, r):
        return False
    if r.disorder_type != "Political violence" or r.sub_event_type not in TOLL_KINDS or not _unnamed(r):
        return False
    own_day = r.date.value is not None and r.date.reason not in INHERITED_DATES and r.date.value != k.date.value
    return not own_day and _same_place(k, r)


def crowd_alike(a: EventReport, b: EventReport) -> bool:
    """The actor 1 of two demonstration reports are one crowd: protesters and rioters of one country."""
    x, y = a.actor1, b.actor1
    if x is None or y is None or a.disorder_type != "Demonstrations" or b.disorder_type != "Demonstrations":
        return False
    crowds = ("Protesters (", "Rioters (")
    return (x.name.startswith(crowds) and y.name.startswith(crowds)
            and x.name.split("(", 1)[1] == y.name.split("(", 1)[1])


def take_crowd(keep: EventReport, other: EventReport) -> None:
    """A protest that became a riot (:func:`crowd_alike`, the riot's type taken): the rioters are its actor 1."""
    if keep.event_type == "Riots" and other.actor1 is not None and other.actor1.name.startswith("Rioters (") and (
            keep.actor1 is not None and keep.actor1.name.startswith("Protesters (")):
        keep.actor1 = other.actor1


_NOT_A_NAME = frozenset("a an the one two three four five six seven eight nine ten his her their its at least "
                        "some several many dozens hundreds".split())


def _named_person(text: str | None) -> bool:
    """``text`` is a person's name ("Jonathan Doe", "Doe"), not a description or a figure."""
    words = (text or "").split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words) and (
        words[0].lower() not in _NOT_A_NAME) and not any(ch.isdigit() for ch in text or "")


def same_named_dead(k: EventReport, r: EventReport) -> bool:
    """``r`` tells again ``k``'s killing of one named person, with no day or place of its own (see the
    module's doc)."""
    if k.sub_event_type != r.sub_event_type or not _news(k, r) or not k.fatalities.count:
        return False
    if k.fatalities.count != r.fatalities.count or not _named_person(r.fatalities.text):
        return False
    kt, rt = (k.fatalities.text or "").split(), (r.fatalities.text or "").split()
    if kt[-1:] != rt[-1:]:
        return False  # the same surname
    own_day = r.date.value is not None and r.date.reason not in INHERITED_DATES
    return not own_day and inherits_place(r)


def borrowed_toll(act: EventReport, r: EventReport) -> bool:
    """``r``'s deaths (a bare toll) are told too far after ``act``, which told none, to be its toll: more
    than a sentence between them, and no words of ``r`` point back to an act (see the module's doc)."""
    if act.fatalities.count or not bare_toll(r) or r.evidence.start - act.evidence.end <= NEAR_CHARS:
        return False
    return _POINTS_BACK_RE.search(r.evidence.text) is None


#: The means a toll sentence names ("killed in strikes") and the kinds of act they are.
_MEANS = (
    (re.compile(r"\b(?:air\s*strikes?|air\s+raids?|strikes|bombings?|bombardments?|warplanes?|jets|drones?)\b", re.I),
     ("Air/drone strike", "Shelling/artillery/missile attack")),
    (re.compile(r"\b(?:shelling|shells|artillery|mortars?|rockets?|missiles?)\b", re.I),
     ("Shelling/artillery/missile attack", "Air/drone strike")),
)
_KILLED_IN_RE = re.compile(r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|by)\s+(?:[\w-]+\s+){0,3}?", re.I)


def means_act(kept: list[EventReport], act: EventReport, r: EventReport,
              same_day_place: Callable[[EventReport, EventReport], bool]) -> EventReport | None:
    """The act told before ``act`` that ``r``'s deaths belong to by their means (see the module's doc):
    ``r`` says the dead were killed in strikes or shelling, ``act`` is of another kind, and an earlier
    report of the kind of that means, of ``r``'s day and place, is the one; None when there is none."""
    if act.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack") or not bare_toll(r):
        return None
    text = r.evidence.text
    m = _KILLED_IN_RE.search(text)
    if m is None:
        return None
    tail = re.split(r"[,;.]", text[m.end():m.end() + 40])[0]  # "in Syrian and Russian air strikes on Sunday"
    kinds = next((k for rx, k in _MEANS if rx.search(tail)), None)
    if kinds is None:
        return None
    return next((k for k in reversed(kept) if k is not act and k.sub_event_type in kinds and _news(k, r)
                 and k.evidence.end <= r.evidence.start and same_day_place(k, r)), None)


_FOUND_RE = re.compile(r"\b(?:found|discovered|recovered|retrieved|unearthed|exhumed)\b", re.I)


def days_between(act: EventReport, r: EventReport) -> int:
    """Days from ``r``'s day to ``act``'s (99 when either is not a day)."""
    a, b = (act.date.value or ""), (r.date.value or "")
    try:
        return (dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days
    except ValueError:
        return 99


def take_death_day(act: EventReport, r: EventReport) -> None:
    """``act`` keeps its toll (the same dead; theirs when it gave none); a find of bodies dated by the
    find takes the day the dead were killed, told after it."""
    if not act.fatalities.count and r.fatalities.count:
        act.fatalities = Fatalities(r.fatalities.count, r.fatalities.text, r.fatalities.claimed_by)
    if (r.date.value and r.date.precision == 1 and r.date.reason not in INHERITED_DATES and not reported_day(r)
            and _FOUND_RE.search(act.evidence.text) and 0 < days_between(act, r) <= 7):
        act.date = r.date
        act.notes.append("date: the day the dead were killed, told after the day they were found")
    act.notes.append(f"the dead told again at {r.evidence.start}-{r.evidence.end} (part of this act)")
