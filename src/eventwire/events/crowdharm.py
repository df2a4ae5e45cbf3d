"""Harm between crowds and the forces read again from the clause, after the rules typed it as an
attack on civilians (called from :func:`eventwire.events.typing_extra.reread_decision`).

- State forces firing on a crowd that is demonstrating ("troops killed thirty people when they fired
  on a crowd demanding the release of prisoners") is excessive force against protesters (ACLED: lethal
  force on a demonstration that used none), not an attack on civilians.
- An unarmed crowd (taxi riders, traders, students, fans, a crowd; not villagers or residents, whom
  ACLED may code as a communal militia) beating or attacking a person outside a demonstration is mob
  violence ("motorcycle taxi riders attacked a bus driver, beating him unconscious").
"""

from __future__ import annotations

from typing import Any

from .clause import FIREARM_WORDS, ActorKind, agent_of, arg_kind
from .crowd import DEMONSTRATION_WORDS, crowd_kind, protesting
from .lexicon import CueHit
from .protestlevel import into_the_air
from .words import tokens_with

FIRING_LEMMAS = frozenset("fire shoot open".split())
AIM_PREPS = frozenset("on at into upon".split())
# what a gathered crowd does when it demonstrates, told by a participle or a clause ("a crowd demanding ...")
DEMANDING_LEMMAS = frozenset("demand denounce decry oppose condemn call chant protest mourn".split())
GATHERED_HEADS = frozenset("crowd crowds gathering gatherings people hundreds thousands dozens".split())
# crowds ACLED may code as a communal militia when they attack (not a mob of itself)
COMMUNAL_DOERS = frozenset(
    "villagers villager residents resident locals communities inhabitants farmers peasants herders".split())
ARMS_WORDS = FIREARM_WORDS | frozenset("pistol pistols armed gunmen gunman".split())
# road users who band together against one of theirs' attacker (a mob here, not a crowd of any riot)
RIDER_WORDS = frozenset("riders cyclists motorcyclists bikers".split())
ASSAULT_LEMMAS = frozenset("beat attack assault lynch club thrash whip stab hack set".split())
FIRE_ACTS = frozenset("shoot fire bomb shell".split())


def _demanding_crowd(tok: Any) -> bool:
    """``tok`` is a crowd that demonstrates ("a crowd demanding the release of prisoners", "mourners
    who were chanting slogans", "a march", "protesters")."""
    if tok.lower_ in DEMONSTRATION_WORDS or protesting(tok):
        return True
    if tok.lower_ not in GATHERED_HEADS:
        return False
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEMANDING_LEMMAS for c in tok.children)


def fired_on_demonstrators(sent: Any, hits: list[CueHit], actor_kind: ActorKind | None) -> bool:
    """State forces fired on a crowd that was demonstrating, and the crowd is told doing no violence."""
    if any(h.category == "RIOT" for h in hits):
        return False  # stones thrown, a riot: the force met a violent crowd
    for v in tokens_with(sent, lemmas=FIRING_LEMMAS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in FIRING_LEMMAS or into_the_air(v):
            continue
        ag = agent_of(v)
        if ag is None or (ag.tag_ == "PRP" and v.dep_ == "advcl"):
            ag = agent_of(v.head) if v.dep_ in ("advcl", "conj") else ag  # "troops killed ... when they fired on"
        if ag is None or arg_kind(ag, actor_kind) != "state":
            continue
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in AIM_PREPS and any(
                g.dep_ == "pobj" and _demanding_crowd(g) for g in c.children
            ):
                return True
    return False


def crowd_assault(sent: Any, trigger: Any, agent: Any, actor_kind: ActorKind | None) -> bool:
    """An unarmed crowd's beating or attack on a person (the decision's ``agent`` does ``trigger``)."""
    if agent is None or trigger is None or trigger.lemma_.lower() not in ASSAULT_LEMMAS:
        return False
    clause = next((c for c in agent.children if c.dep_ in ("acl", "relcl")), None)  # "a crowd set upon an officer"
    if agent.lower_ in COMMUNAL_DOERS or (crowd_kind(agent, actor_kind, without=clause) != "crowd" and not (
        agent.lower_ in RIDER_WORDS and agent.tag_ == "NNS"
    )):
        return False
    if any(t.lower_ in ARMS_WORDS for t in agent.subtree) or any(
        t.lemma_.lower() in FIRE_ACTS and agent_of(t) is agent for t in sent if t.pos_ == "VERB"
    ):
        return False  # "youths armed with guns", a crowd that shot: an armed group's act
    return True
