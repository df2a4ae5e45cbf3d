"""The sides of an act as ACLED codes them, where the text names them by a body, a ruler or a kin
(helper ACT, twenty-seventh session). Called by :func:`eventwire.events.roles.assign_roles` once the
roles are read, before their names are dated:

- an armed act of a government is its military's ("hospitals were bombed by the Assad government",
  "the government bombed rebel positions"), its police's when told as "the authorities" ("the
  authorities raided his house"): ACLED codes "Government of X" for deals and decisions, its forces
  for the fighting;
- an arrest by "the state", "the authorities" or "the government" is its police's ("a journalist was
  detained by the state in Harare"; not "arrested by soldiers"); so is the state that intervened in a
  demonstration ("the authorities arrested dozens of protesters": Police Forces, actor 2; helper ACT2);
- an armed act ordered or orchestrated by a ruler is his military's ("a gas attack orchestrated by
  Bashar al-Assad", "a gas attack ordered by the Syrian president"): the ruler's country comes from the
  actor rules' ruler words ("Assad forces") or a demonym of his title, never from the act's place
  ("strikes ordered by the president" in Syria names no country);
- "fighters and their families surrendered" (also parsed apart: "spoke of Isis fighters and their
  families surrendering"): the armed group is the side, not its kin;
- a victim "fighting alongside Kurdish forces" or "serving with the YPG" is of that force, not a
  civilian;
- the sides the story names (:mod:`eventwire.events.storysides`): who tells of his own fight, the
  actor a strike was aimed at, the doer of the act a definite noun tells again.

Each rule is gated by a word test (the actor's name, a frozenset lemma) before any tree walk.
"""

from __future__ import annotations

from typing import Any

from ..actors.rules import generic_actor, read_phrase
from ..records import Actor
from .doers import UNIDENTIFIED
from .sides import ARMED_INTERS
from .storysides import REMOTE, story_doer, struck_side, telling_side

#: Armed acts: a state's side in them is its military.
ARMED = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
         "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
         "Suicide bomb", "Chemical weapon", "Attack", "Abduction/forced disappearance", "Sexual violence")
GOVERNMENT = "Government of "
MILITARY = "Military Forces of "
POLICE = "Police Forces of "
#: The heads of a phrase that names a state as a body rather than a force ("the authorities").
BODY_HEADS = frozenset("state government authorities authority regime administration".split())
#: Demonstrations a force intervened in: a state there is its police ("security authorities dispersed the march").
CROWD_CHECKS = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration",
                          "Mob violence"})
#: Verbs whose "by" agent ordered an act rather than did it ("an attack orchestrated by ...").
ORDER_VERBS = frozenset("orchestrate order direct mastermind authorize authorise sanction command plan".split())
#: Titles of a ruler ("the Syrian president", "President X").
RULER_TITLES = frozenset("president dictator ruler leader king emir premier strongman".split())
#: Kin of fighters: never the side of their surrender ("fighters and their families").
KIN = frozenset("family families wife wives child children relative relatives dependant dependants".split())
#: Verbs of serving in a force ("fighting alongside Kurdish forces", "volunteering with the YPG").
SERVING = frozenset("fight serve volunteer".split())
SERVING_PREPS = frozenset("alongside with for".split())


def state_sides(r: Any, finder: Any, decision: Any, *, sub: str, iso: str | None, country: str | None) -> None:
    """Mend ``r`` (roles.Roles) in place: bodies, rulers, kin and volunteers as ACLED codes them."""
    trigger = decision.trigger
    if sub in ARMED:
        story_doer(r, finder, trigger, iso=iso, country=country)  # "... a government assault. ... the bombardment"
        if sub == "Armed clash":
            telling_side(r, finder, trigger, iso=iso, country=country)  # "a spokesman for the rebels said ..."
        elif sub in REMOTE:
            struck_side(r, finder, trigger, iso=iso, country=country)  # "missiles flew at the regime"
        for attr in ("actor1", "actor2"):
            a = getattr(r, attr)
            if a is not None and a.name.startswith(GOVERNMENT):
                # "the government bombed rebel positions": its military; "the authorities raided": its police
                force = POLICE if (a.text or "").lower().split()[-1:] in (["authorities"], ["authority"]) else MILITARY
                setattr(r, attr, Actor(force + a.name[len(GOVERNMENT):], a.inter, a.text, a.country))
                r.notes.append(f"{attr}: a government's armed act is its forces' ({a.text})")
        if trigger is not None and (r.actor1 is None or (r.actor1.inter or 0) == 7
                                    or r.actor1.name.startswith(UNIDENTIFIED)):
            ruler = _ruler_forces(trigger, iso)
            if ruler is not None:
                r.actor1 = ruler
                r.notes.append(f"actor1: the ruler who ordered it, his military ({ruler.text})")
    elif sub == "Arrests" and r.actor1 is not None and (r.actor1.inter or 0) == 1:
        a = r.actor1
        words = (a.text or "").lower().split()
        body = a.name.startswith(GOVERNMENT) or (a.name.startswith(MILITARY) and bool(words) and words[-1] in BODY_HEADS)
        if body:
            rest = a.name[len(GOVERNMENT):] if a.name.startswith(GOVERNMENT) else a.name[len(MILITARY):]
            r.actor1 = Actor(POLICE + rest, a.inter, a.text, a.country)
            r.notes.append(f"actor1: an arrest by the state is its police's ({a.text})")
    elif sub in CROWD_CHECKS and r.actor2 is not None and r.actor2.name.startswith(GOVERNMENT):
        # "the authorities detained dozens of protesters": the force that intervened is its police
        a = r.actor2
        r.actor2 = Actor(POLICE + a.name[len(GOVERNMENT):], a.inter, a.text, a.country)
        r.notes.append(f"actor2: the state that intervened in a crowd is its police ({a.text})")
    if sub == "Agreement" and r.actor1 is not None and (r.actor1.inter or 0) == 7:
        kin = _kin_of_fighters(decision.agent.token, finder, iso=iso, country=country)
        if kin is not None:
            r.actor1 = kin  # "fighters and their families surrendering to the SDF": the fighters' group
            r.notes.append(f"actor1: fighters, not their kin ({kin.text})")
    if (r.actor2 is None or (r.actor2.inter or 0) == 7) and decision.patient.token is not None:
        force = _served_force(decision.patient.token, finder, iso=iso, country=country)
        if force is not None and (r.actor1 is None or force.name != r.actor1.name):
            r.notes.append(f"actor2: who fought alongside a force is of it ({force.text})")
            r.actor2 = force


def _ruler_forces(trigger: Any, iso: str | None) -> Actor | None:
    """The military of the ruler by whom the act was ordered ("an attack, orchestrated by Bashar
    al-Assad"; "a gas attack ordered by the Syrian president"); None when no ruler of a known country."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]  # "an attack, ordered by X, killed 40"
    verbs = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in ORDER_VERBS]
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in ORDER_VERBS:
        verbs.append(trigger.head)  # "Assad ordered the attack" reads its own subject elsewhere; the passive here
    for v in verbs:
        for ag in (c for c in v.children if c.dep_ == "agent"):
            for p in (g for g in ag.children if g.dep_ == "pobj"):
                found = _ruler_country(p, iso)
                if found is not None:
                    return found
    return None


def _ruler_country(person: Any, iso: str | None) -> Actor | None:
    """The military of a ruler named at ``person``: by the actor rules' ruler words ("Assad" as in
    "Assad forces") or by the demonym of his title ("the Syrian president")."""
    words = [t for t in person.subtree if t.i <= person.i]
    titled = any(t.lower_ in RULER_TITLES for t in words)
    if person.ent_type_ == "PERSON" or titled:
        if person.ent_type_ == "PERSON":
            read = _forces_of(person.lower_)  # the ruler's own word: "Assad forces"
            if read is not None:
                return Actor(read.name, read.inter, span(person), read.country)
        if titled:
            for t in words:
                if t.pos_ == "ADJ" or t.ent_type_ == "NORP":
                    read = _forces_of(t.text)  # "the Syrian president"
                    if read is not None:
                        return Actor(read.name, read.inter, span(person), read.country)
    return None


def _forces_of(word: str) -> Actor | None:
    """The military that "<word> forces" names ("Assad forces", "Syrian forces"); None for another reading."""
    reading = read_phrase(f"{word} forces")
    a = generic_actor(reading, None) if reading is not None else None
    return a if a is not None and a.name.startswith(MILITARY) else None


def span(tok: Any) -> str:
    """The text of the noun phrase at ``tok`` (its left part and itself)."""
    toks = [t for t in tok.subtree if t.i <= tok.i]
    return tok.doc[toks[0].i: tok.i + 1].text


def _kin_of_fighters(tok: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The armed group of the fighters whose kin ``tok`` is ("Taliban fighters and their families")."""
    if tok is None or tok.lower_ not in KIN:
        return None
    fighters = tok.head if tok.dep_ == "conj" else None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("their", "its")), None)
    if fighters is None and poss is not None and poss.i >= 2 and tok.doc[poss.i - 1].lower_ == "and":
        fighters = tok.doc[poss.i - 2]  # "spoke of Isis fighters and their families surrendering" (parsed apart)
    if fighters is None or fighters.pos_ not in ("NOUN", "PROPN"):
        return None
    a = finder.resolve(fighters, iso=iso, country=country)
    return a if a is not None and (a.inter or 0) in ARMED_INTERS else None


def _served_force(tok: Any, finder: Any, *, iso: str | None, country: str | None) -> Actor | None:
    """The armed force a victim fought or served with ("a British woman fighting alongside Kurdish
    forces", "a volunteer serving with the YPG"); None for a civilian."""
    for v in tok.children:
        if v.dep_ != "acl" or v.lemma_.lower() not in SERVING:
            continue
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in SERVING_PREPS):
            for g in (c for c in prep.children if c.dep_ == "pobj"):
                a = finder.resolve(g, iso=iso, country=country)
                if a is not None and (a.inter or 0) in ARMED_INTERS:
                    return a
    return None
