"""Means told of the side that was fired upon, and rescues that are no new abduction.

- ``troops opened fire on gunmen who threw explosives at a checkpoint``: the explosives are the gunmen's
  means in the fight the sentence tells (one armed side firing on another), not a remote attack of
  their own: ACLED codes the encounter as an Armed clash. A grenade thrown alone stays a Grenade.
- ``the attacks came a week after ...``: "the attacks" refers back to what was told before; timing them
  tells no new attack.
- ``officers rescued 12 of the abducted worshippers``: "abducted" only names who was rescued (an
  abduction told before); the rescue is no new abduction.
"""

from __future__ import annotations

from typing import Any

ARMED_KINDS = ("armed", "state", "nonstate")
#: verbs whose object is the act, the fire or the weapon used: their subject is the doer ("traded
#: artillery fire", "imposed a curfew")
WIELD_VERBS = frozenset("""launch carry conduct stage mount trade exchange lob hurl throw unleash fire impose declare
    enforce""".split())
RESCUE_LEMMAS = frozenset({"rescue", "free", "release", "liberate", "reunite", "evacuate"})


def _in_relcl_of(tok: Any, owner: Any) -> bool:
    """``tok`` lies in a relative clause that describes ``owner`` (or a noun joined to it)."""
    owners = {owner.i, *(c.i for c in owner.conjuncts)}
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.i in owners:
            return True
        node = node.head
    return False


def patients_means(
    by_cat: dict[str, list[tuple[float, Any, Any]]],
    means: str,
    *,
    agent_kind: str | None,
    patient: Any,
    patient_kind: str | None,
) -> bool:
    """Every cue of ``means`` tells what the armed ``patient`` was doing when an armed agent fired on it
    ("soldiers shot two militants who hurled a grenade at their patrol"): a fight, not remote violence."""
    if patient is None or agent_kind not in ARMED_KINDS or patient_kind not in ARMED_KINDS:
        return False
    if means not in ("GRENADE", "IED", "SHELL", "BLAST"):  # not a suicide bomb, an air strike, gas
        return False
    cues = by_cat.get(means) or []
    return bool(cues) and all(_in_relcl_of(tok, patient) for _d, _h, tok in cues)


def rescued_abductees(tok: Any) -> bool:
    """The abduction cue only describes the people rescued or freed ("rescued 12 of the abducted
    worshippers", "freed three of the kidnapped students"): no abduction is told by this clause."""
    if tok.dep_ not in ("amod", "acl") or not tok.lower_.startswith(("kidnap", "abduct")):
        return False
    node = tok.head
    for _ in range(4):  # "12 of the abducted worshippers": worshippers <- of <- 12 <- rescued
        if node.dep_ not in ("pobj", "prep", "dobj", "nsubjpass") or node.head.i == node.i:
            return False
        if node.dep_ in ("prep",) and node.lower_ != "of":
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in RESCUE_LEMMAS
    return False


def wielding_verb(tok: Any) -> Any:
    """The verb that does the act, fire or weapon noun ``tok`` ("launched an attack", "traded heavy artillery
    fire", "imposed a curfew"), whose subject is the doer; None when ``tok`` is no such object."""
    if tok.dep_ == "compound" and tok.head.dep_ == "dobj":
        tok = tok.head  # "artillery" of "artillery fire"
    if tok.dep_ == "dobj" and tok.head.lemma_ in WIELD_VERBS:
        return tok.head
    return None


#: verbs that place an event already told in time ("the attacks came a week after ...")
TIMING_VERBS = frozenset("come follow occur happen precede".split())
DEFINITE = frozenset("the this these those that such".split())
SHIFTS = frozenset("after before following since".split())


def anaphoric_timing(tok: Any) -> bool:
    """``tok`` is "the attack(s)" (a noun with a definite determiner) whose clause only times it against
    another event ("The attacks came a week after the army launched an offensive", "The killing followed
    clashes"): a reference back to an event told before, no new one."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in TIMING_VERBS:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children):
        return False
    verb = tok.head
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" for c in verb.children):
        return False  # "the attack came at dawn, killing 12": the attack told here
    return verb.lemma_.lower() in ("follow", "precede") or any(
        (c.dep_ == "prep" and c.lower_ in SHIFTS) or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in SHIFTS for m in c.children)) for c in verb.children)


def owner_words(tok: Any) -> set[str]:
    """The words of an "of" phrase naming whose place ``tok`` is ("a camp of the rival militia", "a camp
    of the UN peacekeeping mission"): the owner and its modifiers."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    out |= {g.lower_} | {m.lower_ for m in g.children if m.dep_ in ("compound", "amod", "nmod")}
    return out
