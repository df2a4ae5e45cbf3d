"""The doer's own account of an act told just before: "Israeli forces killed three Palestinians during a
raid on the Jenin camp, the health ministry said. The Israeli military said its troops had killed three
gunmen who opened fire on them during the operation."

Two sources tell one act: its victims as the ministry names them and as the doer does. ACLED codes one
event per actor pair, place and day, with the lowest credible figure: the second sentence is that act told
again, never a second event of another actor 2. :func:`own_account` asks for the same doer speaking of its
own forces ("said its troops", "said it had"), pointing back to the act ("during the operation") or giving
the same toll, with no day or place of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import EventReport
from .parts import INHERITED_DATES

_OWN_RE = re.compile(r"\b(?:said|says|stated|claimed)\s+(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+|have\s+)?"
                     r"(?:killed|shot|struck|hit|targeted|attacked|neutrali[sz]ed|eliminated)\b", re.I)
_BACK_RE = re.compile(r"\b(?:during|in)\s+the\s+(?:operation|raid|incursion|assault|attack|offensive|fighting|"
                      r"clashes|exchange|ambush|strike|strikes)\b", re.I)
_ANOTHER_RE = re.compile(r"\b(?:another|separate|second|earlier|later|elsewhere|also)\b", re.I)


def _named(r: EventReport) -> str | None:
    if r.actor1 is None or any(n.startswith("perpetrator not named") for n in r.notes):
        return None
    return r.actor1.name


def own_account(act: EventReport, r: EventReport) -> bool:
    """``r`` is ``act``'s doer telling ``act`` again (see the module's doc)."""
    if act.disorder_type != "Political violence" or r.disorder_type != "Political violence":
        return False
    if act.background or r.background or act.section != r.section or r.section == "related":
        return False
    if _named(act) is None or _named(act) != _named(r) or act.sub_event_type == r.sub_event_type:
        return False  # (the same type of the same doer is the merging stage's own case)
    text = r.evidence.text
    if not _OWN_RE.search(text) or _ANOTHER_RE.search(text):
        return False
    if not (_BACK_RE.search(text) or 0 < r.fatalities.count == act.fatalities.count):
        return False
    same_day = not r.date.value or r.date.value == act.date.value or r.date.reason in INHERITED_DATES
    place_told = r.location is None or any(n.startswith("location from the") for n in r.notes) or (
        act.location is not None and act.location.place is not None and r.location.place is not None
        and act.location.place.name == r.location.place.name)
    return same_day and place_told


#: the remote means whose use inside a battle is part of the battle
REMOTE_KINDS = ("Shelling/artillery/missile attack", "Air/drone strike")


def strike_in_battle(act: EventReport, r: EventReport) -> bool:
    """"Fano militiamen and federal troops clashed in Debre Tabor on Tuesday. Residents said the army shelled
    parts of the town on Tuesday.": shelling or an air strike by one side of the armed clash told just before,
    on its day and at its place, at no one but the other side, is part of the battle (ACLED: an air strike
    inside a ground battle is one Battles event)."""
    if act.sub_event_type != "Armed clash" or r.sub_event_type not in REMOTE_KINDS or act.background or r.background:
        return False
    if act.section != r.section or r.section == "related" or _OTHER_ACT_RE.search(r.evidence.text):
        return False
    sides = {a.name for a in (act.actor1, act.actor2) if a is not None}
    if _named(r) not in sides or (r.actor2 is not None and r.actor2.name not in sides):
        return False
    same_day = not r.date.value or r.date.value == act.date.value or r.date.reason in INHERITED_DATES
    return same_day and (_inherited_place(r) or (act.location is not None and r.location is not None
                                                 and act.location.text == r.location.text))


_THE_DEAD_RE = re.compile(r"^(?:[\w' -]{0,40}\b(?:said|say|says|told\s+\w+)\s+(?:that\s+)?)?(?:the|their)\s+"
                         r"(?:bodies|victims|dead|remains)\b", re.I)
_BURIED_RE = re.compile(r"\b(?:buried|burial|laid to rest|interred|funerals?)\b", re.I)


def burial_of_the_dead(act: EventReport, r: EventReport) -> bool:
    """"M23 rebels killed seven civilians in Kishishe ... Residents said the bodies were buried in a mass grave
    on Tuesday.": the burial of the dead told just before, with no place of its own, is no mass-grave event
    (ACLED's Other is for graves found, not for the victims of an act it codes being buried)."""
    if r.sub_event_type != "Other" or act.disorder_type != "Political violence" or not act.fatalities.count:
        return False
    if act.background or r.background or act.section != r.section or not _inherited_place(r):
        return False
    return bool(_THE_DEAD_RE.search(r.evidence.text) and _BURIED_RE.search(r.evidence.text))


_ALSO_RE = re.compile(r"\balso\b", re.I)
_OTHER_ACT_RE = re.compile(r"\b(?:another|separate|second|elsewhere|meanwhile|earlier|later)\b", re.I)


def _inherited_place(r: EventReport) -> bool:
    return r.location is None or any(n.startswith("location from the") for n in r.notes)


def fold_looting(reports: list[EventReport]) -> list[EventReport]:
    """"Junta troops torched 200 houses in Kani township on Monday. The troops also killed four villagers":
    the killing told right after the burning, by the same doers ("also"), with no day or place of its own,
    is one act with it (ACLED: one event per actor pair, place and day, of the higher type: the attack,
    with the burning noted). The looting report is folded into the armed act, which takes its place and
    day. (Looting told after the armed act is the merging stage's own case.)"""
    out: list[EventReport] = []
    for i, loot in enumerate(reports):
        act = reports[i + 1] if i + 1 < len(reports) else None
        if (act is None or loot.sub_event_type != "Looting/property destruction" or loot.background or act.background
                or act.disorder_type != "Political violence" or act.event_type == "Riots" or act.section != loot.section
                or _named(loot) is None or _named(act) not in (None, _named(loot))
                or not _ALSO_RE.search(act.evidence.text) or _OTHER_ACT_RE.search(act.evidence.text)
                or not _inherited_place(act) or (act.date.value and act.date.value != loot.date.value
                                                 and act.date.reason not in INHERITED_DATES)):
            out.append(loot)
            continue
        act.location, act.date = loot.location, replace(loot.date)
        if act.actor1 is None or _named(act) is None:
            act.actor1 = loot.actor1
        act.notes = [n for n in act.notes if not n.startswith(("location from the", "perpetrator not named"))]
        act.notes.append(f"looting told at {loot.evidence.start}-{loot.evidence.end} (part of this act)")
    return out
