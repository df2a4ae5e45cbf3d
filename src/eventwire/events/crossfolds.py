"""One act told twice in one article, once as a strategic development and once as violence.

A sentence may tell the part of an act that is no violence of its own: the side that withdrew from a town
as it fell ("The militia withdrew from Kassala before dawn on Sunday ... The fall of Kassala ..."), the
man killed "while clearing mines" whose death the body tells as the explosion, the buildings destroyed in
the attack. ACLED codes one event per actor pair, place and day, of the higher type, so a strategic
development of the kinds that can be such a part (:data:`PART_KINDS`: a change to a group's activity,
disrupted weapons use that killed, looting or property destruction) folds into a violent report of the article
(:data:`VIOLENT_TYPES`) when both are news of one section at one town on one day (one of them placed or
dated by its own words), their victims agree (the same toll or one told without) and the strategic
report's doer, when it names one, is a side of the violent act (the one that withdrew from the town or
the one that took it; a capture that names no loser may have lost the town to any side but its taker). The
survivor is the violent report, typed as it; the strategic report's sentence stays when it is the better
anchored (its own day or town where the violent report's sentence inherits them: "The militia withdrew
from Kassala before dawn on Sunday. The rebels seized the town within hours": one capture, told by the
first sentence, from the militia). It takes the town and the toll it lacks. But a property destruction
beside an attack that harmed no one stays the property destruction (ACLED: an attack on buildings alone
is property destruction).

Not folded: an agreement, an arrest or any other strategic kind (a deal struck in a besieged town on the
day of an attack there is a second event); two towns or two days; a withdrawal by one side beside a
strike by a third ("The militia pulled out of Kassala on Sunday ... Government jets bombed Kassala on
Sunday": the jets are no side of the withdrawal); a sentence that tells a further act ("another",
"also"). Two violent families (an attack and a clash) are not folded here: the dev audits hold real
pairs of them at one town, on one day and with one actor.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Actor, EventReport
from .mergekeys import CAPTURES, further_act, one_place_and_day, own_day, victims_agree
from .relevance_features import VIOLENT_TYPES
from .retellings import inherits_place
from .sequels import state_alias

__all__ = ["PART_KINDS", "fold_told_parts", "part_of"]

#: Strategic developments that can be a part of a violent act told in a sentence of its own.
PART_KINDS = frozenset({"Change to group/activity", "Disrupted weapons use", "Looting/property destruction"})
STRATEGIC = "Strategic developments"
PROPERTY = "Looting/property destruction"
#: A side's withdrawal or other change of conduct: the side a town that fell was taken from.
WITHDRAWAL = "Change to group/activity"


def _name(a: Actor | None) -> str | None:
    return a.name if a is not None else None


def _sides(r: EventReport) -> Iterable[Actor]:
    return (a for a in (r.actor1, r.actor2) if a is not None)


def part_of(part: EventReport, act: EventReport) -> bool:
    """``part`` (a strategic development of :data:`PART_KINDS`) tells a part of the violent ``act``:
    "The militia withdrew from Kassala before dawn on Sunday ... Kassala fell to the rebels on Sunday": one
    town, one day, victims that agree, and the withdrawing side is a side of the capture. A withdrawal must
    name its side; a disrupted weapons use must tell a death (the weapon went off: "died while clearing
    mines"), not "A bomb was defused in Kassala on Monday ... A bomb exploded there on Monday" (two bombs)."""
    if part.event_type != STRATEGIC or part.sub_event_type not in PART_KINDS or act.event_type not in VIOLENT_TYPES:
        return False
    if part.sub_event_type == "Disrupted weapons use" and not part.fatalities.count:
        return False  # a bomb defused beside one that went off: two devices (a weapon that killed went off)
    if part.sub_event_type == WITHDRAWAL and part.actor1 is None:
        return False  # (the withdrawal of a side the sentence names)
    if part.actor1 is not None and not any(
            side.name == part.actor1.name or state_alias(part.actor1, side) for side in _sides(act)) and not (
            part.sub_event_type == WITHDRAWAL and act.sub_event_type in CAPTURES and act.actor2 is None
            and part.actor1.name != _name(act.actor1)):
        return False  # ("... pulled out of Kassala ... Government jets bombed Kassala": no side of the withdrawal)
    return one_place_and_day(part, act) and victims_agree(part, act) and not further_act(part, act)


def _anchors(r: EventReport) -> int:
    return own_day(r) + (not inherits_place(r))


def _survivor(part: EventReport, act: EventReport) -> tuple[EventReport, EventReport, bool]:
    """(kept, folded, whether the kept takes the act's kind): the violent act; but a property destruction
    beside an attack that killed no one; and the part's sentence when it is the better anchored (it tells its
    own day or place where the act's sentence inherits them), typed as the act."""
    if part.sub_event_type == PROPERTY and act.sub_event_type == "Attack" and not act.fatalities.count:
        return part, act, False
    return (part, act, True) if _anchors(part) > _anchors(act) else (act, part, False)


def _take_anchors(keep: EventReport, other: EventReport, *, part: EventReport, kind_of: EventReport | None) -> None:
    """``keep`` takes the town and the toll it lacks from ``other`` and notes where ``other`` was told; a part
    kept for its anchors takes the kind and the sides of the violent act ``kind_of``; a capture whose loser
    is unnamed takes the side that withdrew as it ("The militia withdrew from Kassala ..." + "Kassala fell
    to the rebels": the rebels took it from the militia)."""
    withdrawn = part.actor1 if part.sub_event_type == WITHDRAWAL else None  # (before a kept part takes the act's sides)
    if kind_of is not None:
        keep.event_type, keep.sub_event_type = kind_of.event_type, kind_of.sub_event_type
        keep.disorder_type, keep.actor1, keep.actor2 = kind_of.disorder_type, kind_of.actor1, kind_of.actor2
        keep.notes.extend(n for n in kind_of.notes if n.startswith("perpetrator not named") and n not in keep.notes)
    if keep.sub_event_type in CAPTURES and keep.actor2 is None and withdrawn is not None and (
            withdrawn.name != _name(keep.actor1)):
        keep.actor2 = withdrawn
    if inherits_place(keep) and not inherits_place(other):
        keep.location = other.location
        keep.notes = [n for n in keep.notes if not n.startswith("location from the")]
    if not keep.fatalities.count and other.fatalities.count:
        keep.fatalities = other.fatalities
    keep.notes.append(f"also told at {other.evidence.start}-{other.evidence.end} as {other.sub_event_type} "
                      "(one act, at one town on one day)")


def fold_told_parts(reports: list[EventReport]) -> list[EventReport]:
    """Fold each strategic development that tells a part of a violent act of the article
    (:func:`part_of`) into that act (or the act into the part's sentence, the better anchored, or into a
    property destruction that harmed no one)."""
    parts = [r for r in reports if r.sub_event_type in PART_KINDS and r.event_type == STRATEGIC and not r.background]
    if not parts:
        return reports
    gone: set[int] = set()
    for part in parts:
        if id(part) in gone:
            continue
        act = next((r for r in reports if id(r) not in gone and r is not part and part_of(part, r)), None)
        if act is None:
            continue
        keep, other, takes_kind = _survivor(part, act)
        _take_anchors(keep, other, part=part, kind_of=act if takes_kind else None)
        gone.add(id(other))
    return [r for r in reports if id(r) not in gone]
