"""A bomber told among the dead: a suicide bombing though no cue says "suicide".

ACLED codes a Suicide bomb when the one who set the explosives off dies by them (the bomber counts among
the fatalities). Reports often say so without the word: "the bomber, who was also killed, set off his
explosives at a checkpoint", "the bomber also died when he set off the explosives", "the militant who
set off the bomb was among the four dead". :func:`dead_bombers` gives a SUICIDE cue for each such bomber.

Not a bomber shot dead before the blast ("the bomber was shot dead by police before he could detonate his
vest": a bombing stopped), nor a bomb maker killed by his own device (read by weapons.own_bomb), nor a
gunman killed in a fight.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit
from .story import sentence_of
from .words import words_of

#: nouns of the one who set a device off
BOMBER_NOUNS = frozenset("bomber attacker assailant kamikaze militant man woman boy girl teenager youth".split())
#: nouns that are bombers by name; the others need to set a device off in the sentence
NAMED_BOMBERS = frozenset(("bomber", "kamikaze"))
#: verbs of setting a device off
SET_OFF_VERBS = frozenset("detonate explode trigger set blow ignite".split())
#: words of dying, one of which the sentence must hold (the gate)
DEATH_WORDS = frozenset("die died dead killed kill".split())
#: cue categories of an explosive device told in the sentence
DEVICE_CATS = frozenset(("IED", "BLAST", "WEAPON_OBJ"))
#: doers of a killing that stops a bomber ("shot dead by police")
STOPPING_LEMMAS = frozenset("shoot gun neutralise neutralize".split())


def _dies(b: Any) -> bool:
    """``b`` is told dead: "the bomber died", "was also killed", "the bomber, who was also killed",
    "was among the dead"."""
    clauses = [b.head] if b.dep_ in ("nsubj", "nsubjpass") else []
    clauses += [c for c in b.children if c.dep_ in ("relcl", "acl")]
    for v in clauses:
        lem = v.lemma_.lower()
        if lem == "die" or (lem == "kill" and any(c.dep_ == "auxpass" for c in v.children)):
            return not any(c.dep_ == "agent" for c in v.children) and lem not in STOPPING_LEMMAS
        if lem == "be":
            for p in v.children:  # "was among the four dead", "was one of those killed"
                if p.dep_ == "prep" and p.lower_ in ("among", "of") and any(
                    g.lower_ in DEATH_WORDS or g.lemma_.lower() in ("dead", "victim", "fatality") for g in p.subtree
                ):
                    return True
    return False


def _sets_off(b: Any) -> bool:
    """``b`` sets the device off: as subject ("the man detonated"), in a clause on it ("the militant who set
    off the bomb"), or as the subject the bomber noun is the apposition of."""
    verbs = [b.head] if b.dep_ == "nsubj" else []
    verbs += [c for c in b.children if c.dep_ in ("relcl", "acl")]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() in SET_OFF_VERBS for v in verbs)


def dead_bombers(doc: Any, hits: list[CueHit]) -> list[CueHit]:
    """SUICIDE cues for bombers told among the dead (see the module's note)."""
    if not hits or any(h.category == "SUICIDE" for h in hits) or not any(h.category in DEVICE_CATS for h in hits):
        return []
    sent = sentence_of(doc, hits[0].start)
    words = words_of(sent)
    if BOMBER_NOUNS.isdisjoint(words) or DEATH_WORDS.isdisjoint(words):
        return []
    out: list[CueHit] = []
    for t in sent:
        low = t.lemma_.lower()
        if low not in BOMBER_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if low not in NAMED_BOMBERS and not _sets_off(t):
            continue
        if not _dies(t) and not (_sets_off(t) and any(
            c.dep_ == "advcl" and _dies_clause(c) for v in [t.head] for c in v.children
        )):
            continue
        out.append(CueHit("SUICIDE", "bomber among the dead", t.i, t.i + 1, 1.0))
        break
    return out


def _dies_clause(v: Any) -> bool:
    """"..., killing himself and four others": the bomber dies by the blast he set off."""
    return v.lemma_.lower() == "kill" and any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in v.children)
