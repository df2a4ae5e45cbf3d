"""Cues that name no act of their own kind, read off the clause (used by
:func:`eventwire.events.violence.drop_misread`).

- an offence named bare as a charge ("arrested on charges of arson and rioting", "detained on suspicion of
  arson and sabotage", "booked them for rioting"): no damage or riot told, unless the sentence tells such
  an act besides ("... after the mosque was set alight");
- what a warning or a threat says will be done ("warned that any aircraft entering it would be shot down");
- a deal told failing as the time of another act ("rejoined the militia after the peace deal collapsed");
- an act named as the motive of another ("torched homes in retaliation for an ambush", "fired missiles to
  punish a gas attack", "in response to the ambush").
"""

from __future__ import annotations

from typing import Any

from .chargedarrests import CHARGE_NOUNS
from .lexicon import CueHit
from .words import needs_words, tokens_with

#: cue categories an offence charged may be named by ("on charges of arson", "booked for rioting")
CHARGEABLE_CATS = frozenset("LOOT RIOT PROTEST".split())
#: what names the charge an offence is the object of: "on charges of", "on suspicion of", "booked for"
CHARGE_VERBS = frozenset("charge book accuse suspect indict convict prosecute arrest detain jail sentence".split())
#: the words that tell an offence's act (its object, its target, its time): "the burning of a church"
TOLD_ACT_DEPS = frozenset("prep dobj acl relcl poss nummod compound amod npadvmod".split())


#: verbs that tell a threat or a warning of what will be done
WARNING_LEMMAS = frozenset("warn threaten vow".split())
FUTURE_AUX = frozenset("would will 'll shall could".split())
#: cues kept inside a threat: the words of a development read off the parse
KEPT_IN_THREATS = frozenset("DEV_VERB MOVE_VERB".split())


@needs_words(WARNING_LEMMAS, empty=set)
def threatened_clauses(sent: Any) -> set[int]:
    """The tokens of the clauses that tell what a warning or a threat says will be done ("warned that any
    aircraft entering it would be shot down", "threatened that they will burn the village")."""
    out: set[int] = set()
    for w in tokens_with(sent, lemmas=WARNING_LEMMAS):
        if w.pos_ != "VERB" or w.lemma_.lower() not in WARNING_LEMMAS:
            continue
        for c in w.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children
            ):
                out.update(t.i for t in c.subtree)
    return out


FAILING_LEMMAS = frozenset("collapse fail falter unravel expire lapse".split())


def _deal_failed(noun: Any) -> bool:
    """The deal is the subject of its failing, told as the time or cause of another act ("rejoined the militia
    after the peace deal collapsed"); a failing told as the news ("the ceasefire collapsed") stays."""
    if noun.dep_ != "nsubj":
        return False
    v = noun.head
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "since", "when", "because", "as")
                                    for c in v.children):
        return False
    return v.lemma_.lower() in FAILING_LEMMAS or (
        v.lemma_.lower() == "break" and any(c.lower_ == "down" for c in v.children))


def _charged_only(doc: Any, hits: list[CueHit]) -> set[int]:
    """The starts of the cues that name an offence charged when the sentence tells no act of that kind
    besides ("arrested on suspicion of arson after the mosque was set alight" tells the arson)."""
    charged = {h.start for h in hits if h.category in CHARGEABLE_CATS and h.end - h.start == 1
               and charged_offence(doc[h.start])}
    if not charged:
        return charged
    told = {h.category for h in hits if h.category in CHARGEABLE_CATS and h.start not in charged}
    return {h.start for h in hits if h.start in charged and h.category not in told}


def charged_offence(tok: Any) -> bool:
    """An offence named bare as what a person is charged with, suspected or arrested for ("arrested on
    charges of arson", "detained on suspicion of arson and sabotage", "booked them for rioting and arson"):
    no act is told (no target, no place, no time: "the burning of a church" stays an act)."""
    if tok.pos_ not in ("NOUN", "VERB") or any(c.dep_ in TOLD_ACT_DEPS for c in tok.children):
        return False
    h = tok
    for _ in range(4):
        if h.i != tok.i and h.pos_ == "NOUN" and h.lower_ in CHARGE_NOUNS:
            return True  # "on suspicion of arson and sabotage" parsed as two suspicions
        if h.dep_ == "conj" or (h.dep_ == "pobj" and h.head.dep_ == "prep"):
            h = h.head
            continue
        if h.dep_ == "prep" and h.lower_ in ("of", "for", "with"):
            g = h.head
            lem = g.lemma_.lower()
            return (g.pos_ == "NOUN" and (g.lower_ in CHARGE_NOUNS or lem in CHARGE_NOUNS)) or (
                g.pos_ == "VERB" and lem in CHARGE_VERBS)
        return False
    return False


MOTIVE_NOUNS = frozenset("retaliation revenge reprisal reprisals vengeance".split())
#: verbs whose object is the act another avenges ("fired 105 missiles to punish a chemical attack")
PUNISH_VERBS = frozenset("punish avenge".split())


def motive_only(tok: Any) -> bool:
    """An act named as what another avenges ("torched homes in retaliation for an ambush", "in revenge for
    the killing of their leader", "launched missiles to punish a gas attack", "in response to the ambush"): an
    earlier event, not the sentence's own."""
    h = tok
    for _ in range(4):  # "for the killing of ...", "for an attack on their base"
        if h.dep_ == "pobj" and h.head.lower_ == "for" and h.head.head.lower_ in MOTIVE_NOUNS:
            return True
        if h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "response":
            return True
        if h.dep_ == "dobj" and h.head.lemma_.lower() in PUNISH_VERBS and h.head.pos_ == "VERB":
            return True
        if h.dep_ not in ("pobj", "prep", "compound", "amod") or h.head.i == h.i:
            return False
        h = h.head
    return False
