"""Acts told again that the merging stage leaves apart, settled after it (:func:`settle_retellings`, called
by the extractor on the merged reports of an article):

- a report whose doer was read from another clause of its sentence (:data:`~eventwire.events.roles.
  NOTE_OTHER_CLAUSE_ACTOR`), with no day and no place of its own, of the same sub-event type and the same
  victims as an act told before it, tells that act again ("Bandits seized a trader on the road to Kano on
  Friday ... 'We know the trader was taken and the police found his truck later'": the police found the
  truck, they seized no one): folded into the act (:func:`fold_borrowed_doers`);
- a report with no day of its own that tells again an act flagged background is background too
  (:mod:`eventwire.events.flaggedheads`);
- a report of an act told in a clause that names a person by it ("arrest those who killed him") folds into
  the act told before it (:mod:`eventwire.events.doerclauses`).

Near-misses that stay events: a doer of the sentence's own clause ("Soldiers also detained five journalists"
after a police arrest: another actor, another event), a day or a town of its own, other victims, another
kind of act.
"""

from __future__ import annotations

from ..records import EventReport
from .doerclauses import fold_doer_clauses
from .flaggedheads import own_day, with_flagged_heads
from .merging import _absorb, _same_event
from .retellings import inherits_place
from .roles import NOTE_OTHER_CLAUSE_ACTOR
from .sameness import place_key, within


def settle_retellings(reports: list[EventReport]) -> list[EventReport]:
    """The merged reports of an article with the acts told again settled (see the module's note)."""
    return with_flagged_heads(fold_doer_clauses(fold_borrowed_doers(reports)), same=_same_event)


def _borrowed_doer(r: EventReport) -> bool:
    """``r`` is news of the body whose doer comes from another clause of its sentence, with no day of its
    own (none, or inherited from the sentences before)."""
    return (not r.background and r.section == "body" and any(n.startswith(NOTE_OTHER_CLAUSE_ACTOR) for n in r.notes)
            and not own_day(r))


def _told_before(act: EventReport, r: EventReport) -> bool:
    """``act``, news of the body told before ``r`` with a doer the text names, is the act ``r`` may tell again: the same
    sub-event type, ``r``'s victims none or ``act``'s, and ``r``'s place none of its own, ``act``'s or one
    inside it."""
    if act.background or act.section != "body" or act.evidence.end > r.evidence.start or act.actor1 is None:
        return False
    if any(n.startswith("perpetrator not named") for n in act.notes):
        return False  # (an act of no doer the text names: "a history of mounting assaults")
    if act.sub_event_type != r.sub_event_type:
        return False
    if r.actor2 is not None and (act.actor2 is None or act.actor2.name != r.actor2.name):
        return False
    return inherits_place(r) or place_key(r.location) == place_key(act.location) or within(act.location, r.location)


def fold_borrowed_doers(reports: list[EventReport]) -> list[EventReport]:
    """Fold each report whose doer comes from another clause of its sentence into the latest act told before
    it that it tells again (see the module's note); the others stay, in order."""
    if not any(_borrowed_doer(r) for r in reports):
        return reports
    out: list[EventReport] = []
    for r in reports:
        act = next((k for k in reversed(out) if _told_before(k, r)), None) if _borrowed_doer(r) else None
        if act is None:
            out.append(r)
            continue
        _absorb(act, r)
        act.notes.append(f"told again at {r.evidence.start}-{r.evidence.end} with a doer of another clause")
    return out
