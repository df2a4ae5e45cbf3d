"""Strikes of work: a stoppage by unarmed people that the cue phrases leave alone because of air
strikes ("teachers continued their strike", "went on an indefinite strike")."""

from __future__ import annotations

from typing import Any

from .clause import _planned, _word_kind, agent_of
from .crowd import CROWD_WORDS
from .lexicon import CueHit
from .words import needs_words, tokens_with

# words that make a "strike" a stoppage of work ("an indefinite strike", "a pen-down strike")
LABOUR_STRIKE_MODS = frozenset(
    """indefinite token sit-down sit pen tool work wheel transport symbolic partial complete total nationwide
    statewide countrywide warning solidarity relay teachers doctors nurses workers drivers truckers traders
    lawyers employees staff union day hour""".split()
)
STRIKE_VERBS = frozenset("observe continue stage hold begin start join declare extend enter resume call go".split())
STRIKE_STOPPED = frozenset("threaten plan warn end suspend withdraw postpone defer avert cancel".split())


@needs_words(("strike", "strikes"))
def labour_strikes(sent: Any, hits: list[CueHit]) -> list[CueHit]:
    """Strikes of work the phrase list leaves alone because of air strikes ("teachers continued their
    strike", "traders observed a strike against the arrests", "went on an indefinite strike"): a
    stoppage by unarmed people, going on, not one threatened or called off."""
    taken = {i for h in hits if h.category in ("PROTEST", "AIR") for i in range(h.start, h.end)}
    out = []
    for t in tokens_with(sent, lowers=frozenset(("strike", "strikes"))):
        if t.lower_ not in ("strike", "strikes") or t.pos_ != "NOUN" or t.i in taken:
            continue
        v = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("on", "in") else t.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if v.pos_ in ("VERB", "AUX") else None
        workers = subj is not None and (subj.lower_ in CROWD_WORDS | LABOUR_STRIKE_MODS) and _word_kind(subj) not in (
            "state", "nonstate", "armed")  # "truck drivers began a three-day strike"
        if not workers and any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at") and any(
            _word_kind(g) in ("state", "nonstate", "armed", "place") for g in c.subtree
            if c.lower_ != "against" or g.dep_ == "pobj") for c in t.children):  # not "against the new market levy"
            continue  # "a strike on rebel positions"
        mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
        told = bool(mods & LABOUR_STRIKE_MODS) or (t.dep_ == "pobj" and t.head.lower_ == "on") or (
            t.dep_ == "dobj" and v.lemma_.lower() in STRIKE_VERBS
        ) or (t.dep_ == "nsubj" and v.lemma_.lower() in ("enter", "continue", "paralyse", "paralyze", "cripple")) or (
            t.dep_ == "pobj" and t.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ in ("against", "over")
                                                               for c in t.children)
        )  # "kept their shutters down in a strike against new taxes"
        if not told or v.lemma_.lower() in STRIKE_STOPPED or any(c.lower_ in ("off", "not", "never", "will", "would")
                                                                  for c in v.children):
            continue
        doer = agent_of(v) if v.pos_ in ("VERB", "AUX") else None
        if doer is not None and _word_kind(doer) in ("state", "nonstate", "armed") or _planned(t):
            continue  # "rebels launched a strike", "leaving to join the strike"
        out.append(CueHit("PROTEST", "strike of work", t.i, t.i + 1, 1.0))
    return out
