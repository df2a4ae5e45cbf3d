"""Military statements' words for killing foes: "troops neutralised 12 terrorists", "eliminated five militants".

Armies and police tell their kills in soft words. "Neutralise" is listed as a seizing verb (a bomb
neutralised is a disrupted weapon) and "eliminate" is no cue at all, so "Troops neutralised 12 Boko Haram
terrorists in Gwoza" gave no event. When what is neutralised or eliminated is armed people (terrorists,
militants, fighters, bandits ...), the word kills them: a lethal act of violence, typed as ACLED types
"troops killed 12 terrorists" (an armed clash between the force and the group). A device, a threat or a
network neutralised stays what it was.
"""

from __future__ import annotations

from typing import Any

from .cuefilter import FIGHTER_WORDS
from .lexicon import CueHit
from .tollfigures import SOFT_KILLS
from .words import tokens_with

#: the soft killing verbs' spellings as spaCy may leave them unlemmatised
_SOFT_KILL_LOWERS = frozenset("neutralised neutralized eliminated neutralising neutralizing eliminating".split())


def _armed_people(verb: Any) -> bool:
    """The object of ``verb`` (or its passive subject), and the objects conjoined with it, are all armed
    people ("neutralised 12 terrorists", "three militants were neutralised")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in FIGHTER_WORDS or o.lower_ in FIGHTER_WORDS for o in objs)


def soft_kills(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """``hits`` with a soft killing verb of armed people read as a killing: its seizing cue (if any) is
    replaced by a lethal act of violence."""
    verbs = [t for t in tokens_with(sent, lemmas=SOFT_KILLS, lowers=_SOFT_KILL_LOWERS)
             if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")]
    killers = [v for v in verbs if _armed_people(v)]
    if not killers:
        return hits
    at = {v.i for v in killers}
    out = [h for h in hits if not (h.category == "SEIZE_VERB" and h.start in at)]
    for v in killers:
        out.append(CueHit("LETHAL", "neutralised fighters", v.i, v.i + 1, 1.0))
        out.append(CueHit("VIOLENCE", "neutralised fighters", v.i, v.i + 1, 1.0))
    return out
