"""Places that know of an act are no places to split it over.

:func:`eventwire.events.units.split_places` copies a report once per place coordinated with its own
("attacked posts in Kano and Kaduna": two events). When the coordinated places are the subject of a
clause that only holds the act in its complement ("Paris and Berlin are sure the reporter was killed",
"Washington and London are confident, but not certain, that the aid worker was killed"), they stand for
the governments that believe, fear or confirm the act: one act was told, and a copy per capital is the same
act coded twice. :func:`knowers_as_places` says so, and the extractor then makes no copies (the report
keeps its one place, for the place linker to judge).

Near-misses that are still split: places that are the act's own subject or object ("Kano and Kaduna were
shelled", "Kano and Kaduna saw fighting": no clause between them and the act), places under a preposition
("fighting in Kano and Kaduna"), and one place alone (nothing to copy).
"""

from __future__ import annotations

from typing import Any

from ..records import EventReport

#: how many steps up the parse the clause holding the places is sought from the trigger
_UP = 6


def knowers_as_places(report: EventReport, doc: Any, trigger: Any) -> bool:
    """Whether ``report``'s place is, with the places coordinated with it, the active subject of a clause
    that holds ``trigger`` (the act) in a clausal complement ("Paris and Berlin are sure [the reporter was
    killed]"): then its places are the act's knowers, not one event each (see the module's note)."""
    loc = report.location
    if loc is None or trigger is None or doc is None or trigger.doc is not doc:
        return False
    span = doc.char_span(loc.start, loc.end, alignment_mode="expand")
    if span is None:
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Washington and London": the first conjunct holds the clause role
    if first.dep_ != "nsubj" or not any(c.dep_ == "conj" for c in first.children):
        return False  # (a lone place, or not the clause's active subject)
    clause = first.head
    tok, through_complement = trigger, False
    for _ in range(_UP):
        if tok.i == clause.i:
            return through_complement
        if tok.dep_ == "ccomp":
            through_complement = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
