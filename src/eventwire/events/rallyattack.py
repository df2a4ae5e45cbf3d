"""A person shot or stabbed at a rally is attacked, not a demonstration met with force.

ACLED's excessive force is force on peaceful protesters by the forces that police them; a gunman who
shoots a candidate at a campaign rally, or a man who stabs a mayor as she leaves a meeting, attacks a
civilian (Violence against civilians: Attack), whatever gathering was the setting. The reader here finds
an act of harm whose victim is a named office or candidacy ("a presidential candidate was shot dead as he
left a rally", "killing a candidate and two of his supporters") done by no state force.
"""

from __future__ import annotations

from typing import Any

from .clause import arg_kind
from .words import tokens_with

HARM_VERBS = frozenset("shoot kill stab wound injure attack assassinate gun hack murder".split())
#: people attacked for who they are, not as a crowd
PERSON_TARGETS = frozenset(
    """candidate candidates hopeful hopefuls contender politician politicians lawmaker lawmakers legislator mayor minister president
    governor senator congressman congresswoman councillor councilor deputy mp leader chairman""".split()
)
STATE_DOERS = frozenset("police policeman policemen officer officers soldiers soldier troops army forces guards".split())


def _victims(v: Any) -> list[Any]:
    out = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [x for o in list(out) for x in o.conjuncts]
    return out


def person_attacked(sent: Any, actor_kind: Any = None) -> Any:
    """The act of harm on a candidate, politician or other named person at a gathering, by no state
    force; None otherwise."""
    for v in tokens_with(sent, lemmas=HARM_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in HARM_VERBS:
            continue
        if not any(x.lemma_.lower() in PERSON_TARGETS or x.lower_ in PERSON_TARGETS for x in _victims(v)):
            continue
        doers = [c for c in v.children if c.dep_ == "nsubj"] + [
            g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if v.dep_ in ("advcl", "xcomp", "conj") and not doers:
            doers = [c for c in v.head.children if c.dep_ == "nsubj"]
        doers += [t for t in sent if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("fire", "shoot", "open")]
        if any(d.lower_ in STATE_DOERS or arg_kind(d, actor_kind) == "state" for d in doers):
            return None  # "police shot dead an opposition candidate at the protest", "... killed when police fired at
            # the crowd": force on the protest
        return v
    return None
