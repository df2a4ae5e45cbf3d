"""A crowd throwing things at the forces, or ramming the gates of a seat of power: a riot the phrase list
misses when the missiles are not its usual stones ("hurled dynamite sticks at police lines", "threw
firecrackers at officers") or the breach is told with a vehicle ("rammed the gates of the parliament
building with a truck"). ACLED codes demonstrators who do either as a violent demonstration. The reader
adds a RIOT hit on the verb, read off the parse and gated on its verbs.
"""

from __future__ import annotations

from typing import Any

from .crowd import CROWD_WORDS, DEMO_WORDS
from .lexicon import CueHit
from .words import needs_words

THROWING = frozenset("throw threw thrown throwing hurl hurled hurling lob lobbed fling flung".split())
RAMMING = frozenset("ram rammed ramming".split())
#: a crowd getting through the forces or into a building by force ("broke through police lines", "forced
#: their way into the election commission", "breached the cordon")
BREAKING = frozenset("broke burst pushed smashed breached forced".split())
#: the forces a crowd's missiles are aimed at
FORCE_TARGETS = frozenset(
    """police policemen officers officer gendarmes gendarmerie troops soldiers forces lines line cordon
    guards riot""".split()
)
#: what a crowd breaks through to reach a building
BREACHED = frozenset("gate gates door doors entrance fence barrier barriers".split())
CROWD_DOERS = CROWD_WORDS | DEMO_WORDS | frozenset("growers strikers".split())


#: what is thrown in greeting, not as a missile ("threw flowers at the police")
BENIGN = frozenset("flower flowers petals roses rose confetti sweets candy kisses rice garlands leaflets".split())


def _crowd_doer(v: Any) -> bool:
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.lower_ in CROWD_DOERS for t in subj.subtree if t.i <= subj.i)


@needs_words(THROWING | RAMMING | BREAKING)
def crowd_missiles(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """RIOT hits for a crowd's missiles at the forces and its ramming of gates (see the module's note)."""
    taken = {i for h in hits if h.category == "RIOT" for i in range(h.start, h.end)}
    out: list[CueHit] = []
    for v in sent:
        if v.i in taken or v.pos_ != "VERB" or not _crowd_doer(v):
            continue
        low = v.lower_
        if low in THROWING and not any(c.dep_ == "dobj" and c.lower_ in BENIGN for c in v.children) and any(
            p.dep_ == "prep" and p.lower_ in ("at", "towards", "toward") and any(
                g.lower_ in FORCE_TARGETS for g in p.subtree) for p in v.children):
            out.append(CueHit("RIOT", "missiles at the forces", v.i, v.i + 1, 1.0))
        elif low in RAMMING and any(c.dep_ == "dobj" and c.lower_ in BREACHED for c in v.children):
            out.append(CueHit("RIOT", "gates rammed", v.i, v.i + 1, 1.0))
        elif low in BREAKING and _broke_through(v):
            out.append(CueHit("RIOT", "forces broken through", v.i, v.i + 1, 1.0))
    return out


BARRED = FORCE_TARGETS | BREACHED | frozenset("barricade barricades cordons".split())


def _broke_through(v: Any) -> bool:
    """"broke through police lines", "breached the cordon", "forced their way into the building"."""
    if v.lower_ == "forced":
        return any(c.dep_ == "dobj" and c.lower_ == "way" for c in v.children) and any(
            p.dep_ == "prep" and p.lower_ in ("into", "through", "past") for p in v.subtree)
    if v.lower_ == "breached":  # "breached the police cordon" (the object may be misparsed)
        return any(t.lower_ in BARRED and 0 < t.i - v.i <= 4 for t in v.subtree)
    return any(p.dep_ in ("prep", "prt") and p.lower_ == "through" and any(g.lower_ in BARRED for g in p.subtree)
               for p in v.children)
