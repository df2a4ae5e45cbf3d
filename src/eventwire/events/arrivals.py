"""Forces moving into a place another side was driven from: territory, not a movement.

The rules type "the army deployed troops to the village after routing Boko Haram fighters from it" as a
movement of forces (Change to group/activity). The place changed hands by force: the state's forces
regain it, a non-state actor overtakes it. Forces deployed where another side withdrew without a fight
stay a movement (CASE 2021 codes "deployed troops in areas ... where the SDF have withdrawn" so).
:func:`arrival_reading` gives that sub-event type for a movement decision.
"""

from __future__ import annotations

from typing import Any

from .clause import ActorKind, agent_of, arg_kind
from .words import needs_words, none, tokens_with

#: verbs of forces moving into a place
ARRIVAL_LEMMAS = frozenset("deploy redeploy move enter station position return".split())
#: nouns of a place moved into
PLACE_NOUNS = frozenset(
    """town towns village villages city cities district districts area areas base bases camp camps
    locality neighbourhood neighbourhoods neighborhood positions position region province county
    airport port""".split()
)
#: verbs of a side driven out by force
EXPELLING_LEMMAS = frozenset("rout drive dislodge expel flush oust chase".split())
ARMED_KINDS = frozenset(("state", "nonstate", "armed"))
TRIGGERS = EXPELLING_LEMMAS | frozenset("push pushed pushing".split())


def _place(tok: Any) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS


def _destination(v: Any) -> Any:
    """The place ``v`` moves into ("deployed to the town", "moved into Manbij", "entered the town",
    "took up positions in the town"); None when it names none."""
    if v.lemma_.lower() == "enter":
        return next((c for c in v.children if c.dep_ == "dobj" and _place(c)), None)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "in"):
            for g in c.children:
                if g.dep_ == "pobj" and _place(g):
                    return g
    return None


def _mover(v: Any, actor_kind: ActorKind | None) -> str | None:
    """The kind of the side that moves: the subject, else what was deployed ("the army deployed troops")."""
    for tok in (agent_of(v), next((c for c in v.children if c.dep_ == "nsubjpass"), None),
                next((c for c in v.children if c.dep_ == "dobj"), None)):
        if tok is not None:
            kind = arg_kind(tok, actor_kind)
            if kind in ARMED_KINDS:
                return kind
    return None


def _driven_out(sent: Any, v: Any, actor_kind: ActorKind | None) -> bool:
    """The sentence tells another armed side driven out ("after routing Boko Haram fighters from it",
    "after driving out the militants")."""
    for t in sent:
        if t.i == v.i or t.pos_ != "VERB":
            continue
        lem = t.lemma_.lower()
        if lem in EXPELLING_LEMMAS or (lem == "push" and any(c.lower_ in ("out", "back") for c in t.children)):
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is not None and arg_kind(obj, actor_kind) in ARMED_KINDS:
                return True
    return False


@needs_words(TRIGGERS, empty=none)
def arrival_reading(sent: Any, actor_kind: ActorKind | None) -> str | None:
    """The territorial sub-event type of forces moving into a place another side was driven from (see
    the module's note); None when the sentence tells no such move."""
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ARRIVAL_LEMMAS and not (
            v.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "positions" for c in v.children)
        ):
            continue
        if v.lemma_.lower() == "take":
            dest = next((g for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "around")
                         for g in c.children if g.dep_ == "pobj" and _place(g)), None)
        else:
            dest = _destination(v)
        if dest is None:
            continue
        mover = _mover(v, actor_kind)
        if mover is None:
            continue
        if _driven_out(sent, v, actor_kind):
            return "Government regains territory" if mover == "state" else "Non-state actor overtakes territory"
    return None


#: verbs of a side moving itself into a place (not "deployed troops": a movement of forces, as CASE codes it)
MOVING_IN = frozenset("move enter return".split())
LEAVING_LEMMAS = frozenset("withdraw leave abandon vacate evacuate retreat".split())


@needs_words(LEAVING_LEMMAS | frozenset(("withdrew", "withdrawn", "left", "pulled", "retreated")), empty=none)
def moved_into_left_place(sent: Any, actor_kind: ActorKind | None) -> str | None:
    """"Al-Shabaab fighters moved back into the village after Somali troops withdrew": one armed side moves
    into a place another left, with no fight told: a non-violent transfer of territory; None otherwise."""
    for v in tokens_with(sent, lemmas=MOVING_IN):
        if v.pos_ != "VERB" or v.lemma_.lower() not in MOVING_IN:
            continue
        if _destination(v) is None and not any(b.lower_ == "back" and _destination(b) is not None for b in v.children):
            continue  # "moved back into the village": the place hangs from "back"
        mover = agent_of(v)
        if mover is None or arg_kind(mover, actor_kind) not in ARMED_KINDS:
            continue
        for c in v.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as", "once") for m in c.children):
                continue
            left = c.lemma_.lower() in LEAVING_LEMMAS or (c.lemma_.lower() == "pull" and any(
                x.dep_ == "prt" and x.lower_ == "out" for x in c.children))
            who = agent_of(c)
            if left and who is not None and arg_kind(who, actor_kind) in ARMED_KINDS and who.i != mover.i:
                return "Non-violent transfer of territory"
    return None
