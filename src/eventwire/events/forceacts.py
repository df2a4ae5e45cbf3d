"""Acts of force told with words that have another sense.

"Police charged the protesters with batons" is a baton charge, "police charged the protesters with
rioting" a legal charge: the first is an act of force (an intervention, or worse), the second only a
statement about an act. The readers here tell such words apart from the parse alone.
"""

from __future__ import annotations

from typing import Any

from .words import tokens_with

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
    for v in tokens_with(sent, lemmas=ASSAULT_LEMMAS | RAMMING_LEMMAS | INTERFERING_LEMMAS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in ASSAULT_LEMMAS | RAMMING_LEMMAS | INTERFERING_LEMMAS:
            continue
        pat = rammed(v) if v.lemma_.lower() in RAMMING_LEMMAS else patient_of(v)
        if pat is not None and pat.lower_ in ("participants", "members", "attendees") and v.lemma_.lower() != "disrupt":
            pat = next((g for c in pat.children if c.dep_ == "prep" and c.lower_ == "of"  # "pushed participants of the march"
                        for g in c.children if g.dep_ == "pobj"), pat)
        elif v.lemma_.lower() in INTERFERING_LEMMAS and (pat is None or pat.lower_ not in DEMO_TARGETS | CROWD_EVENTS):
            continue  # "disrupted traffic", "pushed the bill"
        if pat is None or not (pat.lower_ in DEMO_TARGETS or pat.lemma_.lower() in DEMO_TARGETS
                               or arg_kind(pat, actor_kind) == "protester"):
            continue
        ag = agent_of(v)
        if ag is not None and (ag.lower_ in DEMO_TARGETS or arg_kind(ag, actor_kind) == "protester") and not any(
                t.lower_ in ("counter", "rival", "opposing") for t in ag.doc[max(ag.i - 2, ag.sent.start):ag.i]):
            continue  # the marchers themselves (a doer not said or not parsed is someone else; counter-protesters are)
        if words is None:
            words = {t.lower_ for t in sent}
        kind = "force" if words & (HARM_WORDS | ARMS_WORDS) and not light_harm(words) else "interv"
        first = first or kind
        if any(c.lower_ in ("peaceful", "unarmed") for c in pat.children):
            return first, kind
    return first, peaceful


# others interfering with a demonstration without arms ("disrupted a peaceful vigil", "pushed participants of
# the Pride march"): an intervention, unless people were hurt
INTERFERING_LEMMAS = frozenset("disrupt push shove heckle obstruct".split())
CROWD_EVENTS = frozenset("vigil vigils gathering gatherings meeting sit-in picket pickets".split())
# a vehicle driven into a crowd ("a car ploughed into the marchers", "a motorist drove into protesters")
RAMMING_LEMMAS = frozenset("drive plough plow ram slam crash mow smash".split())
LIGHT_WORDS = frozenset("slightly lightly minor superficial bruised".split())
SERIOUS_WORDS = frozenset(
    """killing killed dead died stabbing stabbed hospitalised hospitalized seriously critically severely
    gravely fractured broken""".split()
)


def rammed(v: Any) -> Any:
    """The crowd a vehicle was driven into ("drove into a group of climate protesters"), or None."""
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ in ("into", "through"):
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.lower_ in ("group", "groups", "crowd", "crowds") and g.lower_ not in DEMO_TARGETS:
                    g = next((x for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                              for x in c.children if x.dep_ == "pobj"), g)
                return g
    return None


def light_harm(words: set[str]) -> bool:
    """Only slight hurt told ("several marchers were slightly hurt", "lightly injuring one"), no death,
    no serious wound, no arms: ACLED's intervention, not excessive force."""
    return bool(words & LIGHT_WORDS) and not words & (SERIOUS_WORDS | ARMS_WORDS)


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
