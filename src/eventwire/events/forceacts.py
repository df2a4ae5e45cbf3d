"""Acts of force told with words that have another sense.

"Police charged the protesters with batons" is a baton charge, "police charged the protesters with
rioting" a legal charge: the first is an act of force (an intervention, or worse), the second only a
statement about an act. The readers here tell such words apart from the parse alone.
"""

from __future__ import annotations

from typing import Any

# what a charge of force is made with or at: the instruments of crowd control and the ways of charging
FORCE_INSTRUMENTS = frozenset(
    """baton batons truncheon truncheons club clubs stick sticks cane canes whip whips horse horses
    horseback shield shields gas teargas bullet bullets pellet pellets cannon cannons spray force
    rifle rifles butt butts""".split()
)
CHARGE_DIRECTIONS = frozenset("at on into towards toward through".split())


def physical_charge(verb: Any) -> bool:
    """``verb`` (lemma "charge") is a charge of force: "police charged at the mob", "charged protesting
    teachers with batons", "charged the crowd on horseback"; not "charged him with murder"."""
    if verb.lemma_.lower() != "charge":
        return False
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in CHARGE_DIRECTIONS:
            return True
        if c.lower_ == "with" and any(
            g.lemma_.lower() in FORCE_INSTRUMENTS or g.lower_ in FORCE_INSTRUMENTS for g in c.subtree if g is not c
        ):
            return True
    return False


WOUND_NOUNS = frozenset("injury injuries wound wounds".split())


def died_of_wounds(tok: Any) -> bool:
    """``tok`` tells a death from the hurt done ("one student later died of his injuries", "succumbed to
    his wounds"): the force used was serious."""
    if tok.lemma_.lower() not in ("die", "succumb"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "from", "to") and any(g.lemma_.lower() in WOUND_NOUNS for g in c.children)
        for c in tok.children
    )


# violence done to a demonstration by people who are not its marchers
ASSAULT_LEMMAS = frozenset("attack assault beat stab hack club whip storm ambush target".split())
DEMO_TARGETS = frozenset(
    """protest protests demonstration demonstrations rally rallies march marches sit-in vigil procession
    marchers protesters protestors demonstrators""".split()
)
HARM_WORDS = frozenset(
    """injuring injured wounding wounded hurt hurting hospitalised hospitalized killing killed dead died
    stabbing stabbed""".split()
)
# what an attack on marchers done with arms is done with (not stones: a fight of crowds)
ARMS_WORDS = frozenset(
    """machete machetes knife knives gun guns rifle rifles axe axes sword swords cutlass cutlasses rod rods
    pipe pipes bullet bullets""".split()
)


def attacked_demonstration(sent: Any, actor_kind: Any = None) -> tuple[str | None, str | None]:
    """Others set upon a demonstration ("thugs attacked a peaceful march with knives, injuring fifty",
    "counter-demonstrators attacked the Pride march"): "force" when people were hurt or arms were used
    (ACLED's excessive force, by state or non-state actors), "interv" when not, None when the sentence
    tells no such attack (the marchers' own violence is a riot, read elsewhere). Two readings in one
    walk: the first such attack, and the first on a demonstration told as peaceful ("attacked a
    peaceful rally": its marchers did no violence)."""
    from .clause import agent_of, arg_kind, patient_of

    first = peaceful = None
    words: set[str] | None = None
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ASSAULT_LEMMAS:
            continue
        pat = patient_of(v)
        if pat is None or not (pat.lower_ in DEMO_TARGETS or pat.lemma_.lower() in DEMO_TARGETS
                               or arg_kind(pat, actor_kind) == "protester"):
            continue
        ag = agent_of(v)
        if ag is not None and (ag.lower_ in DEMO_TARGETS or arg_kind(ag, actor_kind) == "protester"):
            continue  # the marchers themselves (a doer not said or not parsed is someone else)
        if words is None:
            words = {t.lower_ for t in sent}
        kind = "force" if words & (HARM_WORDS | ARMS_WORDS) else "interv"
        first = first or kind
        if any(c.lower_ in ("peaceful", "unarmed") for c in pat.children):
            return first, kind
    return first, peaceful


def forces_behind(act: Any, actor_kind: Any = None) -> bool:
    """A death or wound told without a doer whose cause, told beside it, was the forces' act ("died
    after being shot by police", "was killed by a police bullet")."""
    from .clause import arg_kind

    for t in act.subtree:
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.lower_ == "by":
            if arg_kind(t, actor_kind) == "state" or any(
                c.dep_ in ("compound", "amod") and arg_kind(c, actor_kind) == "state" for c in t.children
            ):
                return True
    return False


AIMING_PREPS = frozenset("at on against toward towards into".split())
FORCE_TARGETS = frozenset("police policemen officers troops soldiers security forces gendarmes army".split())


def sibling_act_on_forces(act: Any) -> bool:
    """Another act of the same crowd, joined to ``act``, is aimed at the forces ("torching shops and
    pelting police with stones"): the crowd rioted against the state, a violent demonstration."""
    verbs = [c for c in act.children if c.dep_ in ("conj", "advcl")]
    if act.dep_ in ("conj", "advcl") and act.head.pos_ == "VERB":
        verbs += [act.head, *(c for c in act.head.children if c.dep_ in ("conj", "advcl") and c.i != act.i)]
    for v in verbs:
        if v.pos_ != "VERB":
            continue
        for c in v.children:  # "pelting police", "hurled stones at soldiers" (not "according to the police")
            if (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMING_PREPS)) and any(
                    t.lower_ in FORCE_TARGETS for t in c.subtree):
                return True
    return False
