"""Merging keys that tell one incident two ways: a doer named in one sentence and not in the other, a kind
the incident can be told as in two words.

Read by :func:`eventwire.events.merging._same_event` (one report per actor pair, place and day). Two reports
of one article, both news of the same section, at one town or province (not a country; one of them placed
by its own words, or one telling its own day) on one day, are one incident when

- :func:`doers_alike`: one sentence names no doer and the other names one, and the act is a strike, a
  shelling or a bombing ("Shells hit Saraqeb on Monday, killing four civilians ... Government forces
  shelled Saraqeb on Monday": one shelling, by the government's forces);
- :func:`kinds_alike`: the two kinds are words for one act of one ACLED event type, a remote strike told as
  shelling and as an air strike ("Warplanes bombed Saraqeb on Monday ... Saraqeb was shelled on Monday"), or
  a capture told as taken by one side and as lost by the other (an undated lead may sum it up);
- :func:`detention_alike`: an arrest by the state's forces and an abduction or disappearance with no doer
  ("Police arrested the editor in Pernik on Thursday ... He was taken away and is held incommunicado");

and their victims agree (the same side or one unnamed; the same toll or one told without). Two towns, two
days, two tolls, or a sentence that says "another", "again" or "also" keep two events.
The survivor is the report told first (:func:`take_named_doer`): it takes the doer the other names as its
act's own when it named none, an arrest's kind, and for a capture summed up in the lead or dated by the day
it was reported the kind, day and sentence of the account that tells the capture's own day.
"""
from __future__ import annotations

import re

from ..records import EventReport
from .dating import PUBLICATION_DAY
from .linking import is_country_only
from .parts import INHERITED_DATES
from .retellings import inherits_place
from .roles import NOTE_OTHER_CLAUSE_ACTOR, NOTE_UNNAMED_VICTIMS
from .sameness import place_key
from .spanacts import LEAD_CHARS
from .telling import days_before, reported_day

__all__ = ["detention_alike", "doers_alike", "further_act", "kinds_alike", "one_place_and_day", "take_named_doer",
           "unnamed_doer", "victims_agree"]

#: The kinds of a strike from afar: one shelling told as an air strike in another sentence.
REMOTE_STRIKES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
#: A capture of a place: taken by one side, regained by the other, told of one place and day.
CAPTURES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
KIND_FAMILIES = (REMOTE_STRIKES, CAPTURES)
ARREST, ABDUCTION = "Arrests", "Abduction/forced disappearance"
#: The event type whose doer a sentence often leaves out ("Shells hit the town"): a named doer elsewhere is it.
REMOTE_TYPE = "Explosions/Remote violence"
#: A sentence that tells a further act ("another strike", "shelled again", "artillery also pounded").
_FURTHER_ACT_RE = re.compile(r"\b(?:another|second|separate(?:ly)?|fresh|new|again|also)\b", re.I)


def unnamed_doer(r: EventReport) -> bool:
    """``r``'s sentence names no doer ("Shells hit the town", "he was taken away"): none, or the default
    given to an act told without one (not "gunmen", "militants": a kind of doer named)."""
    return r.actor1 is None or any(n.startswith("perpetrator not named") for n in r.notes)


def _town(r: EventReport) -> bool:
    """``r`` is placed at a town or a province (its own or the paragraph's), not a country nor nowhere."""
    return r.location is not None and not is_country_only(r.location)


def reported_only(r: EventReport) -> bool:
    """``r`` is dated only by the day it was reported: a verb of saying's day or the publication day."""
    return bool(r.date.value) and (reported_day(r) or r.date.reason == PUBLICATION_DAY)


def one_place_and_day(a: EventReport, b: EventReport, *, reported: bool = False) -> bool:
    """Both news of one section, at one town, on one day, one of them with a town of its own; with
    ``reported`` a day the act was only reported may be up to a week after the other's own day, and an
    undated lead may sum up an act the body dates."""
    if a.background or b.background or a.section != b.section or a.section == "related":
        return False
    if not (_town(a) and _town(b)) or place_key(a.location) != place_key(b.location):
        return False
    if inherits_place(a) and inherits_place(b) and not (a.date.value == b.date.value and (own_day(a) or own_day(b))):
        return False  # (both placed by the paragraph: one must tell its own day)
    if reported and any(not x.date.value and x.evidence.start < LEAD_CHARS and y.date.value
                        for x, y in ((a, b), (b, a))):
        return True  # an undated lead that sums up the act the body dates ("Rebels have seized Goma ...")
    if not a.date.value or not b.date.value:
        return False
    if a.date.value == b.date.value:
        return True
    return reported and any(reported_only(x) and days_before(y.date.value, x.date.value) in range(1, 8)
                            for x, y in ((a, b), (b, a)))


def own_day(r: EventReport) -> bool:
    """``r``'s sentence tells its own day (not one inherited from the sentence it elaborates)."""
    return bool(r.date.value) and r.date.reason not in INHERITED_DATES


def victims_agree(a: EventReport, b: EventReport) -> bool:
    """The same victims or one side unnamed; the same toll or one told without a toll."""
    v1, v2 = a.actor2, b.actor2
    if v1 is not None and v2 is not None and v1.name != v2.name and not any(
            NOTE_UNNAMED_VICTIMS in r.notes for r in (a, b)):
        return False
    f1, f2 = a.fatalities.count, b.fatalities.count
    return not f1 or not f2 or f1 == f2


def further_act(a: EventReport, b: EventReport) -> bool:
    """The later of the two sentences tells a further act ("another strike", "shelled again")."""
    later = b if b.evidence.start >= a.evidence.start else a
    return _FURTHER_ACT_RE.search(later.evidence.text) is not None


def doers_alike(a: EventReport, b: EventReport) -> bool:
    """"Shells hit the town of Saraqeb on Monday, killing four civilians ... Government forces shelled
    Saraqeb on Monday": one report names no doer, the other names one, of one strike, shelling or bombing
    (an act whose doer a sentence often leaves out), at one town on one day: one event. Not "Gunmen killed
    five villagers in X on Monday ... Soldiers beat protesters in X on Monday" (another type), nor an attack
    and the police's killing of its suspect, though both kill one in one town on one day."""
    if a.event_type != b.event_type or unnamed_doer(a) == unnamed_doer(b):
        return False
    if a.event_type != REMOTE_TYPE:
        return False  # one toll of one town and day is no key: "gunmen beheaded a teacher ... police shot the suspect"
    if a.sub_event_type != b.sub_event_type and not _kin(a, b):
        return False
    return one_place_and_day(a, b) and victims_agree(a, b) and not further_act(a, b)


def _kin(a: EventReport, b: EventReport) -> bool:
    return any(a.sub_event_type in f and b.sub_event_type in f for f in KIND_FAMILIES)


def kinds_alike(a: EventReport, b: EventReport) -> bool:
    """"Warplanes bombed Saraqeb on Monday, killing four ... Saraqeb was shelled on Monday, residents said":
    two kinds one act can be told as (a remote strike as shelling and as an air strike; a capture as taken
    and as regained), at one town on one day (a capture: or reported within a week of its own day), with
    victims that agree and no word of a further act: one event. Not "Turkish jets struck Afrin on Monday
    ... Turkish artillery shelled Jarabulus on Monday" (two towns)."""
    if a.sub_event_type == b.sub_event_type or not _kin(a, b):
        return False
    captures = a.sub_event_type in CAPTURES
    if captures and not (unnamed_doer(a) or unnamed_doer(b)) and a.actor1.name != b.actor1.name:
        return False  # a capture and its recapture by the other side
    return (one_place_and_day(a, b, reported=captures) and victims_agree(a, b) and not further_act(a, b)
            and (captures or unnamed_doer(a) or unnamed_doer(b) or a.actor1.name == b.actor1.name))


def detention_alike(a: EventReport, b: EventReport) -> bool:
    """"Police detained the editor in Pernik on Thursday ... He was taken from the building in a prosecutor's
    van": an arrest by the state's forces (or by none named: the country's police, given later) and an
    abduction or disappearance whose sentence names no doer, of victims that agree at one town on one day,
    are one detention (the arrest). Not "Gunmen abducted a trader in X on Monday ... Police arrested two
    students in X on Monday" (the kidnappers are named by their kind)."""
    for arrest, taken in ((a, b), (b, a)):
        if (arrest.sub_event_type == ARREST and taken.sub_event_type == ABDUCTION
                and (arrest.actor1 is None or arrest.actor1.inter == 1) and unnamed_doer(taken)):
            return one_place_and_day(a, b) and victims_agree(a, b) and not further_act(a, b)
    return False


def take_named_doer(keep: EventReport, other: EventReport) -> None:
    """``keep``, merged with ``other`` by :func:`doers_alike`, :func:`kinds_alike` or :func:`detention_alike`,
    takes the doer ``other`` names as its act's own when it named none (and an abduction the arrest's kind);
    a capture ``keep`` tells undated or only on the day it was reported takes the kind, the own day and the
    sentence of ``other`` ("Rebels have seized Goma, officials said on Monday ... Goma fell to the rebels on
    Sunday": a capture on Sunday, told by the body's sentence; the lead only sums it up)."""
    detention = detention_alike(keep, other)
    if keep.sub_event_type == ABDUCTION and detention:
        keep.sub_event_type, keep.event_type, keep.disorder_type = ARREST, other.event_type, other.disorder_type
        keep.notes.append(f"an arrest told at {other.evidence.start}-{other.evidence.end}")
        if other.actor1 is None:  # the arresting force, given later (the country's police)
            keep.actor1 = None
            keep.notes = [n for n in keep.notes if not n.startswith("perpetrator not named")]
    # (not "claimed air defences disabled the missiles": a doer read from another clause of the sentence)
    own_doer = not unnamed_doer(other) and not any(n.startswith(NOTE_OTHER_CLAUSE_ACTOR) for n in other.notes)
    if unnamed_doer(keep) and own_doer and (detention or doers_alike(keep, other) or kinds_alike(keep, other)):
        keep.actor1 = other.actor1
        keep.notes = [n for n in keep.notes if not n.startswith("perpetrator not named")]
        keep.notes.append(f"actor 1 named at {other.evidence.start}-{other.evidence.end}: {other.actor1.name}")
    if (keep.sub_event_type in CAPTURES and other.sub_event_type in CAPTURES and other.date.value
            and (reported_only(keep) or not keep.date.value) and not reported_only(other) and kinds_alike(keep, other)):
        keep.notes.append(f"summed up at {keep.evidence.start}-{keep.evidence.end}; kind, day and evidence: the "
                          "account of the capture's own day")
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
        keep.date, keep.evidence = other.date, other.evidence
