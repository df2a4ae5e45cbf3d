"""A clash told only as the time of another act (called by
:func:`eventwire.events.typing_extra.reread_decision`).

"After the clashes, soldiers went house to house killing civilians, residents said": the clashes are
when, the killing of civilians is the act (ACLED: violence against civilians, an attack, the civilians
actor 2). A clash that is the object of a preposition of time ("after", "following", "before", "since")
is another event in time, not the sentence's act, when the sentence tells armed men killing or shooting
civilians; without such a killing ("after the clashes, the army took the town") the decision stands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .clause import ActorKind, ArgInfo, agent_of, arg_kind
from .words import tokens_with

#: prepositions that make a clash the time of the act, not the act
TIME_PREPS = frozenset("after following before since".split())
#: verbs of killing someone
KILLING_LEMMAS = frozenset("kill shoot execute massacre murder slaughter".split())
#: nouns of people that are civilians when nobody says otherwise
CIVILIAN_NOUNS = frozenset(
    """civilian civilians villager villagers resident residents people men women children boys girls
    family families farmers worker workers""".split()
)


def _timed_clash(trigger: Any) -> bool:
    return trigger is not None and trigger.dep_ == "pobj" and trigger.head.lower_ in TIME_PREPS


def _victim(kill: Any, actor_kind: ActorKind | None) -> Any:
    """The civilians ``kill`` is done to: its object, or the noun it modifies when the parse made the
    verb a modifier ("house killing civilians"); None when they are no civilians."""
    cands = [c for c in kill.children if c.dep_ in ("dobj", "nsubjpass")]
    if kill.dep_ in ("amod", "acl") and kill.head.pos_ == "NOUN":
        cands.append(kill.head)
    for c in cands:
        if arg_kind(c, actor_kind) == "civilian" or (
            arg_kind(c, actor_kind) is None and c.lemma_.lower() in CIVILIAN_NOUNS
        ):
            return c
    return None


def _doer(kill: Any) -> Any:
    """The doer of the killing: its own subject, or the subject of the nearest verb above it ("soldiers
    went house to house killing")."""
    ag = agent_of(kill)
    if ag is not None:
        return ag
    for a in kill.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            sub = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if sub is not None:
                return sub
    return None


def killing_after_clash(dec: Any, sent: Any, actor_kind: ActorKind | None) -> Any:
    """The attack's decision for an armed clash told only as the time of a killing of civilians (see the
    module's note); ``dec`` otherwise."""
    if dec.sub_event_type != "Armed clash" or not _timed_clash(dec.trigger):
        return dec
    for t in tokens_with(sent, lemmas=KILLING_LEMMAS):
        if t.lemma_.lower() not in KILLING_LEMMAS or t.i in range(dec.trigger.head.i, dec.trigger.i + 1):
            continue
        victim = _victim(t, actor_kind)
        if victim is None:
            continue
        doer = _doer(t)
        if doer is not None and arg_kind(doer, actor_kind) in ("civilian", "protester"):
            continue
        return replace(dec, sub_event_type="Attack", trigger=t, family="VIOLENCE", means=None,
                       agent=ArgInfo(doer, arg_kind(doer, actor_kind)) if doer is not None else ArgInfo(),
                       patient=ArgInfo(victim, "civilian"))
    return dec
