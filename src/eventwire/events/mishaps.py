"""Blasts at stores of arms that no one is said to have caused: accidents, not bombs.

An explosion at an ammunition depot, an arsenal or a munitions warehouse is most often an accident:
ACLED codes no event (a man-made disaster) when the report gives an innocent cause ("caused by a fire",
"blamed the heat", "a short circuit"), rules an attack out ("ruled out sabotage", "excluded foul play")
or leaves the cause open ("the cause is under investigation"), and names no attacker, bomb or strike (in
the sentence or the two after it). "Jets struck an arms depot", "a drone hit the depot", "a bomb exploded
near the depot", "militants blew up the depot" stay what they are.

Called by :func:`eventwire.events.typing_extra.reread_decision`.
"""

from __future__ import annotations

from typing import Any

from .lexicon import CueHit
from .words import with_next_sentences

#: The decisions a blast at a store of arms is misread as.
BLAST_TYPES = frozenset(("Remote explosive/landmine/IED", "Disrupted weapons use", "Attack"))
#: Cue categories that name a means of attack beyond a bare blast (a bomb, a shell, a strike).
MEANS_CATS = frozenset("CHEM SUICIDE AIR SHELL GRENADE IED".split())
STORE_NOUNS = frozenset(
    "depot depots arsenal arsenals armoury armory armouries warehouse warehouses store stores storage dump dumps stockpile".split())
MUNITION_WORDS = frozenset(
    "ammunition munition munitions arms weapons weapon explosives ordnance military army arsenal arsenals".split())
#: Innocent causes of a blast.
INNOCENT_CAUSES = frozenset(
    """fire blaze heat heatwave temperature temperatures lightning circuit accident accidental accidentally
    mishandling negligence malfunction fault faulty technical overheating""".split()
)
#: What is ruled out, and the verbs ruling it out.
RULED_OUT = frozenset("attack sabotage foul play terrorism terrorist strike act".split())
RULING_VERBS = frozenset("rule exclude deny dismiss".split())
#: Words that name someone or something hostile behind the blast.
HOSTILE = frozenset(
    """bomb bombs bomber bombing ied attacker attackers militant militants terrorists insurgents rebels suicide
    planted targeted claimed gunmen jihadists drone drones missile missiles rocket rockets shell shells shelling
    strike strikes struck airstrike airstrikes jets warplanes saboteurs sabotage attack attacks artillery mortar
    mortars shelled bombed""".split()
)


def _ruled_out(t: Any) -> bool:
    """``t`` is what is ruled out or denied ("ruled out an attack", "excluded sabotage")."""
    head = t
    for _ in range(3):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in RULING_VERBS:
            return not any(c.dep_ == "neg" for c in head.children)  # "did not rule out sabotage": still open
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _arms_store(sent: Any) -> bool:
    """``sent`` names a store of arms ("an ammunition depot", "a military arsenal", "a munitions warehouse")."""
    for t in sent:
        low = t.lower_
        if low in ("arsenal", "arsenals", "armoury", "armory"):
            return True
        if low in STORE_NOUNS and any(c.lower_ in MUNITION_WORDS for c in t.children if c.dep_ in ("compound", "amod")):
            return True
    return False


def _cause_told(toks: list[Any]) -> bool:
    """An innocent cause, an attack ruled out, or the cause left open is told."""
    for t in toks:
        low, lem = t.lower_, t.lemma_.lower()
        if low in INNOCENT_CAUSES and t.pos_ in ("NOUN", "ADJ", "ADV", "PROPN"):
            return True
        if lem in RULED_OUT and _ruled_out(t):
            return True
        if lem == "cause" and t.pos_ == "NOUN" and {x.lower_ for x in t.head.subtree} & {
            "investigation", "investigated", "investigating", "unknown", "unclear", "known", "determined", "established"
        }:
            return True
    return False


def _hostile(toks: list[Any]) -> bool:
    return any((t.lower_ in HOSTILE or t.lemma_.lower() in HOSTILE) and not _ruled_out(t) for t in toks)


def store_mishap(sub: str | None, sent: Any, hits: list[CueHit]) -> bool:
    """Whether the decision ``sub`` on ``sent`` is a blast at a store of arms told as an accident or
    with its cause open, no attacker named (see the module's note)."""
    if sub not in BLAST_TYPES:
        return False
    cats = {h.category for h in hits}
    if "BLAST" not in cats or cats & MEANS_CATS or not _arms_store(sent):
        return False
    toks = with_next_sentences(sent)
    return _cause_told(toks) and not _hostile(toks)


PROVINCE_WORDS = frozenset("state province region district county governorate prefecture".split())


def province_name(tok: Any) -> bool:
    """``tok`` is the "state" of a named state or province ("Zamfara state", "Uttar Pradesh state"): a
    place, not the state's forces (which would keep an accident there from being read as one)."""
    return tok.lower_ in PROVINCE_WORDS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and (c.ent_type_ in ("GPE", "LOC") or c.i == tok.i - 1)
        and c.lower_ not in ("islamic", "isis", "is") for c in tok.children
    )
