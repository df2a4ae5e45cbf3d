"""A state force's raid that the text tells with nothing done in it: no event.

ACLED codes what a raid by police or soldiers led to: the people detained (Arrests), a fight with an armed
side (Armed clash), people harmed (Attack), weapons seized (Disrupted weapons use), property destroyed or
taken. A raid told bare ("Police raided the offices of the newspaper on Monday", "Security forces raided
the home of an opposition leader", "The station was raided by police", "Soldiers raided a militant
hideout") tells none of these: no event, where the rules typed the raid word itself as an armed clash (its
CLASH cue) or an arrest (its ARREST cue). A raid with any other act told with it ("... and arrested two
editors", "..., sparking clashes with gunmen", "..., killing five", "... and seized computers") is read as
before, and so is one told beside another act, even one only its time ("Soldiers raided the village after
militants attacked an army base": the sentence keeps its acts). Raids by armed groups or unnamed raiders
("Gunmen raided the village") are not read here.

Called by :func:`eventwire.events.typing_extra.reread_decision`; gated by the trigger's lemma.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit

#: the raid words read here (the trigger's lemma: the gate)
RAID_LEMMAS = frozenset(("raid",))
#: the sub-event types a bare raid was given by its own cues
RAID_TYPES = frozenset(("Armed clash", "Arrests", "Attack"))
#: cue categories that only point at a verb another reader reads ("armed", "staying"): no act by themselves
POINTER_CATS = frozenset(("DEV_VERB", "MOVE_VERB"))
#: nouns a cue word may name only the kind of ("death threats")
THREAT_NOUNS = frozenset(("threat",))
#: the heads of a raid noun's doing ("carried out a raid", "conducted raids", "launched a raid")
DOING_VERBS = frozenset("carry conduct launch stage mount make".split())


def _raid_clause(trig: Any) -> Any:
    """The verb whose clause tells the raid: the raid verb, or the verb a raid noun is done by ("carried
    out a raid on the offices"); the noun itself when it hangs from no such verb."""
    if trig.pos_ == "VERB":
        return trig
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in DOING_VERBS:
        return trig.head
    return trig


def bare_state_raid(dec: Any, sent: Any, hits: list[CueHit]) -> bool:
    """Whether ``dec`` (a ``TypeDecision``) types a state force's raid that its sentence tells with no act
    done in it (see the module's note)."""
    trig = dec.trigger
    if trig is None or trig.lemma_.lower() not in RAID_LEMMAS or dec.sub_event_type not in RAID_TYPES:
        return False
    if dec.agent.kind != "state" or dec.means is not None:
        return False
    clause = _raid_clause(trig)
    doc = sent.doc
    own = {trig.i, clause.i}
    kept = set(dec.cues) - POINTER_CATS  # the categories the cue filter kept ("station" is no stationing)
    for h in hits:
        if h.category not in kept:
            continue
        tok = doc[h.start:h.end].root
        if tok.i in own or h.start <= trig.i < h.end:
            continue  # the raid's own cues (CLASH, ARREST, VIOLENCE on "raided")
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in THREAT_NOUNS:
            continue  # "began receiving death threats": a threat, no act
        return False  # "... and arrested two editors", "..., killing five", "after militants attacked a base"
    return True
